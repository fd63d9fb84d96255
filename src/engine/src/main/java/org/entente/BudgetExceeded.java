package org.entente;

/**
 * A run of the rules that did not finish within its time budget: a 503 with Retry-After over HTTP (the service is
 * busy or the rules are at fault, not the request), exit 2 on the command line, naming the rule in progress.
 */
public final class BudgetExceeded extends InputError {

    public BudgetExceeded(String where, String message) {
        super(where, message);
    }
}
