package org.entente.http;

/**
 * The one shape of every error the service returns.
 *
 * @param error what is wrong, in a sentence
 * @param where the place at fault: a field of the request body with its line, a rule file, a header, a path
 */
record ErrorBody(String error, String where) {
}
