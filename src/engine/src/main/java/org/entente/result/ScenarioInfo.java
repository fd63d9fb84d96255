package org.entente.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Which scenario a result belongs to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioInfo(String name, String description, String file, int changes) {
}
