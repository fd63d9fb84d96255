package org.entente.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why a base fact is believed: a verbatim quote of an article ({@code quote} and {@code source}), a public
 * reference ({@code reference} and {@code url}), or a what-if scenario ({@code hypothetical}). {@code note} is the
 * analyst's remark where the fact is a reading rather than a literal statement. {@code status}, {@code attribution}
 * and {@code hedges} say how firmly and by whom the fact is put; {@code grade} (such as {@code C2}) and
 * {@code confidence} are the fact's grade (docs/world-model.md, "Grades and confidence").
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Evidence(String fact, String quote, String source, String reference, String url, String hypothetical,
                       String note, String status, String attribution, List<String> hedges, String grade,
                       double confidence) {
    public Evidence {
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }
}
