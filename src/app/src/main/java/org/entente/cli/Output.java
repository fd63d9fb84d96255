package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.entente.io.Json;

final class Output {

    private Output() {
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
