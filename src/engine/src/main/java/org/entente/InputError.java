package org.entente;

/**
 * Input the user can fix: a fact pack, scenario or rule file that is malformed or inconsistent. It names the
 * place ({@code file:line}, and a field or rule where one is at fault) so a one-line message is enough.
 */
public class InputError extends RuntimeException {

    private final String where;

    public InputError(String where, String message) {
        super(message);
        this.where = where;
    }

    public InputError(String where, String message, Throwable cause) {
        super(message, cause);
        this.where = where;
    }

    /** The place at fault, such as {@code seeds/pack.yaml:42 field 'actor'} or {@code rules/x.drl:3:7}. */
    public String where() {
        return where;
    }

    /** The one line shown to the user. */
    public String oneLine() {
        return where + ": " + getMessage();
    }
}
