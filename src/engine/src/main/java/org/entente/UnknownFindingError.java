package org.entente;

/** A finding id that the analysis did not produce: a 404 over HTTP, exit 2 on the command line. */
public final class UnknownFindingError extends InputError {

    public UnknownFindingError(String where, String message) {
        super(where, message);
    }
}
