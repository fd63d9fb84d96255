package org.entente.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a base fact is believed: a verbatim quote of an article ({@code quote} and {@code source}), a public
 * reference ({@code reference} and {@code url}), or a what-if scenario ({@code hypothetical}). {@code note} is the
 * analyst's remark where the fact is a reading rather than a literal statement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String fact, String quote, String source, String reference, String url, String hypothetical,
                       String note) {
}
