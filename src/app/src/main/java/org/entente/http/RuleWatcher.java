package org.entente.http;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.entente.InputError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the analyser when its rules or packs change. It polls a digest of the files rather than using a
 * WatchService: polling behaves alike on every platform and file system, sees an editor's save-by-rename, and
 * reloads only when content really changed. A change is reloaded once two polls in a row agree on it, so a file
 * caught half-written is not compiled.
 */
final class RuleWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

    private final LiveAnalyser live;
    private final Consumer<String> report;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "entente-watch");
        thread.setDaemon(true);
        return thread;
    });
    private String changed;

    private RuleWatcher(LiveAnalyser live, Consumer<String> report) {
        this.live = live;
        this.report = report;
    }

    /** @param report told of each reload, in a line for the operator */
    static RuleWatcher start(LiveAnalyser live, Duration interval, Consumer<String> report) {
        RuleWatcher watcher = new RuleWatcher(live, report);
        watcher.poller.scheduleWithFixedDelay(watcher::poll, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return watcher;
    }

    private void poll() {
        try {
            String digest = live.sources().digest();
            if (digest.equals(live.lastDigest())) {
                changed = null;
            } else if (!digest.equals(changed)) {
                changed = digest;
            } else {
                changed = null;
                InputError failure = live.reload();
                if (failure == null) {
                    Health health = live.health(true);
                    report.accept("reloaded " + health.rules() + " and " + String.join(", ", health.packs()));
                } else {
                    report.accept("reload failed: " + failure.oneLine() + (live.health(true).serving()
                            ? "; still serving the last good rules" : "; no rules are loaded"));
                }
            }
        } catch (RuntimeException error) {
            LOG.error("watching the rules failed", error);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
