package org.entente.http;

/** A request the service cannot answer as asked: the status, and the error body's message and place. */
final class HttpError extends RuntimeException {

    private final int status;
    private final String where;

    HttpError(int status, String where, String message) {
        super(message);
        this.status = status;
        this.where = where;
    }

    int status() {
        return status;
    }

    String where() {
        return where;
    }
}
