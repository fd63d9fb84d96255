package org.entente.http;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.InputError;
import org.entente.api.Analyser;
import org.entente.io.PathNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyser the service answers with, replaced whole by a reload. A request reads it once and keeps it, so a
 * request in flight finishes on the rules it started with; a reload that fails keeps the last good analyser and
 * leaves its failure for {@code /health}.
 */
final class LiveAnalyser {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAnalyser.class);

    private record Loaded(Analyser analyser, RenderedFindings rendered, Instant at) {
    }

    private record Attempt(String digest, InputError failure, Instant at) {
    }

    private final Sources sources;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();

    private final Duration runBudget;

    LiveAnalyser(Sources sources, Duration runBudget) {
        this.sources = sources;
        this.runBudget = runBudget;
    }

    Sources sources() {
        return sources;
    }

    /**
     * Loads the rules and packs afresh and, if they load, serves them from now on.
     *
     * @return the failure, or null when the new analyser is being served
     */
    synchronized InputError reload() {
        String digest = sources.digest();
        InputError failure = null;
        try {
            // The baseline runs here, within the budget: rules that never finish fail the reload, not a request.
            Analyser analyser = sources.load().withRunBudget(runBudget);
            RenderedFindings rendered = RenderedFindings.of(analyser.analyse().findings());
            loaded.set(new Loaded(analyser, rendered, Instant.now()));
        } catch (InputError error) {
            failure = error;
        } catch (RuntimeException error) {
            LOG.error("loading the rules failed", error);
            failure = new InputError(PathNames.display(sources.rules()), "cannot load the rules: " + error, error);
        }
        lastAttempt.set(new Attempt(digest, failure, Instant.now()));
        return failure;
    }

    /** The digest of the sources as the latest load read them, or null before the first load. */
    String lastDigest() {
        Attempt attempt = lastAttempt.get();
        return attempt == null ? null : attempt.digest();
    }

    /**
     * The analyser to answer one request with; read it once per request.
     *
     * @throws HttpError 503 while no rules are loaded
     */
    Analyser current() {
        Loaded current = loaded.get();
        if (current != null) {
            return current.analyser();
        }
        Attempt attempt = lastAttempt.get();
        if (attempt == null || attempt.failure() == null) {
            throw new HttpError(503, PathNames.display(sources.rules()), "no rules are loaded yet");
        }
        throw new HttpError(503, attempt.failure().where(), "no rules are loaded: " + attempt.failure().getMessage());
    }

    /** The served load's baseline findings as JSON, or none before the first load. */
    RenderedFindings rendered() {
        Loaded current = loaded.get();
        return current == null ? RenderedFindings.NONE : current.rendered();
    }

    Health health(boolean watching) {
        Loaded current = loaded.get();
        Attempt attempt = lastAttempt.get();
        InputError failure = attempt == null ? null : attempt.failure();
        String status = current != null ? (failure == null ? Health.OK : Health.STALE)
                : (failure == null ? Health.LOADING : Health.UNAVAILABLE);
        return new Health(status, PathNames.display(sources.rules()),
                sources.packs().stream().map(PathNames::display).toList(), watching,
                current == null ? null : current.analyser().rules().size(),
                current == null ? null : current.analyser().analyse().facts(),
                current == null ? null : current.at(),
                failure == null ? null : failure.getMessage(), failure == null ? null : failure.where(),
                failure == null ? null : attempt.at());
    }
}
