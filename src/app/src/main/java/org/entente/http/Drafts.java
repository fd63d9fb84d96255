package org.entente.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.entente.api.World;
import org.entente.draft.Draft;
import org.entente.draft.DraftWriter;
import org.entente.draft.Drafter;

/**
 * POST /draft: a text/plain article in, the draft pack out as JSON. The drafter's models take seconds to read, so
 * they are read on the first draft rather than holding up the service's start; the drafter is shared by all
 * requests (it keeps no state between drafts). With {@code ?imports=served} the draft builds on the packs the
 * service serves, as {@code draft --imports} does: what they hold is referred to by their ids, not repeated.
 */
final class Drafts {

    static final String ARTICLE = "article.txt";

    private final Path rules;
    private volatile Drafter drafter;

    Drafts(Path rules) {
        this.rules = rules;
    }

    /** @param served the world the service serves, read only when the request builds on it */
    ObjectNode draft(Context ctx, Supplier<World> served) {
        String imports = ctx.queryParam("imports");
        if (imports != null && !imports.equals("served")) {
            RequestBodies.drain(ctx);
            throw new HttpError(400, "query parameter 'imports'",
                    "'%s' is not something a draft can build on; use served (the packs this service serves)"
                            .formatted(imports));
        }
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
        if (imports == null) {
            return DraftWriter.tree(draft, "Draft of the posted article", ARTICLE, List.of());
        }
        World world = served.get();
        return DraftWriter.tree(draft.without(world.declared()), "Draft of the posted article", ARTICLE, world.files());
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
