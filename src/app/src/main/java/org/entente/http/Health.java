package org.entente.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /health} reports.
 *
 * @param status   {@code ok}; {@code stale}: serving the last good rules, the latest reload failed; {@code loading}:
 *                 no rules yet; {@code unavailable}: no rules, the load failed
 * @param rules    the rules folder
 * @param packs    the fact packs
 * @param watching whether changes to them are reloaded
 * @param loadedAt when the rules being served were loaded
 * @param error    the latest load's failure, with {@code where} and {@code failedAt}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "rules", "packs", "watching", "ruleCount", "factCount", "loadedAt", "error", "where",
        "failedAt"})
record Health(String status, String rules, List<String> packs, boolean watching, Integer ruleCount, Integer factCount,
              Instant loadedAt, String error, String where, Instant failedAt) {

    static final String OK = "ok";
    static final String STALE = "stale";
    static final String LOADING = "loading";
    static final String UNAVAILABLE = "unavailable";

    /** Whether analyses can be answered: the status {@code GET /health} answers 200 rather than 503. */
    boolean serving() {
        return status.equals(OK) || status.equals(STALE);
    }
}
