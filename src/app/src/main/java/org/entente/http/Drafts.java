package org.entente.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.draft.Draft;
import org.entente.draft.DraftWriter;
import org.entente.draft.Drafter;

/**
 * POST /draft: a text/plain article in, the draft pack out as JSON. The drafter's models take seconds to read, so
 * they are read on the first draft rather than holding up the service's start; the drafter is shared by all
 * requests (it keeps no state between drafts).
 */
final class Drafts {

    static final String ARTICLE = "article.txt";

    private final Path rules;
    private volatile Drafter drafter;

    Drafts(Path rules) {
        this.rules = rules;
    }

    ObjectNode draft(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("text/plain")) {
            RequestBodies.drain(ctx);
            throw new HttpError(415, "Content-Type", "send the article as text/plain"
                    + (mediaType.isEmpty() ? "" : ", not " + mediaType));
        }
        if (ctx.contentLength() > Drafter.MAX_BYTES) {
            RequestBodies.drain(ctx);
            throw RequestBodies.tooLarge();
        }
        String text = Drafter.decode(ctx.bodyAsBytes(), RequestBodies.BODY);
        Draft draft = drafter().draft(text, RequestBodies.BODY);
        return DraftWriter.tree(draft, "Draft of the posted article", ARTICLE, List.of());
    }

    private Drafter drafter() {
        Drafter loaded = drafter;
        if (loaded == null) {
            synchronized (this) {
                if (drafter == null) {
                    drafter = Drafter.load(rules);
                }
                loaded = drafter;
            }
        }
        return loaded;
    }
}
