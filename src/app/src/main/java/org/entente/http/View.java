package org.entente.http;

import io.javalin.http.Context;
import org.entente.result.WhatIf;

/**
 * How a what-if is answered: {@code ?view=full} (the default: every finding of the scenario's world, as
 * {@code what-if --format json}) or {@code ?view=diff} ({@link DiffView}), whose findings carry their evidence only
 * with {@code evidence=true}.
 */
record View(boolean diff, boolean evidence) {

    static View of(Context ctx) {
        String view = ctx.queryParam("view");
        if (view != null && !view.equals("full") && !view.equals("diff")) {
            throw new HttpError(400, "query parameter 'view'", "'%s' is not a view; use full or diff".formatted(view));
        }
        String evidence = ctx.queryParam("evidence");
        if (evidence != null && !evidence.equals("true") && !evidence.equals("false")) {
            throw new HttpError(400, "query parameter 'evidence'", "'%s' is neither true nor false".formatted(evidence));
        }
        return new View("diff".equals(view), "true".equals(evidence));
    }

    Object of(WhatIf whatIf) {
        return diff ? DiffView.of(whatIf, evidence) : whatIf;
    }
}
