package org.entente.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.entente.io.Json;

/**
 * Keeps slow or greedy clients from holding the service. Jetty parses headers without a thread, but the servlet
 * layer reads a body with one blocked per request, so 300 clients each sending a byte of body every 5 s held every
 * thread and {@code /health} went unanswered. Here a body is read whole, without a thread, before the request reaches
 * the handlers, so their threads only ever compute; and every wait is bounded:
 * <ul>
 * <li>a client address holds at most {@link AnalysisServer.ClientLimits#connectionsPerClient} connections: one more
 *     closes the one of them that has waited longest for its request (headers or body), or itself when all of them
 *     are computing answers, so a client's fresh request is served while its old ones dribble;</li>
 * <li>a connection must deliver a request's headers within {@code requestHead} of opening, or of its last response;
 *     else it is closed (this is also how long an idle keep-alive connection is kept);</li>
 * <li>a body must arrive whole within {@code requestBody} of its headers, else the answer is a 408 and the connection
 *     is closed.</li>
 * </ul>
 * The connector's own idle timeout does none of this: it is reset by every byte, however slow.
 */
final class ClientGuard extends Handler.Wrapper {

    /** A body over this is refused with a 413; up to eight times more is read and dropped so the client hears it. */
    private static final int MAX_BODY = RequestBodies.MAX_BYTES;
    private static final long MAX_DRAINED = 8L * MAX_BODY;

    private final AnalysisServer.ClientLimits limits;
    /** Each address's open connections; changed only inside the map's compute, which holds the address's lock. */
    private final Map<InetAddress, Set<Watch>> perClient = new ConcurrentHashMap<>();
    private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();
    private volatile Scheduler scheduler;

    ClientGuard(AnalysisServer.ClientLimits limits) {
        this.limits = limits;
    }

    /**
     * Puts the guard on the server: as a handler, and on every connector once they exist (the framework adds them
     * when it starts the server).
     */
    void install(Server server) {
        server.insertHandler(this);
        Connection.Listener listener = new Connections();
        server.addBean(new AbstractLifeCycle() {
            @Override
            protected void doStart() {
                for (Connector connector : server.getConnectors()) {
                    ((ContainerLifeCycle) connector).addBean(listener);
                    scheduler = connector.getScheduler();
                }
            }
        });
    }

    /** Counts connections per address, and times each one's wait for a request. */
    private final class Connections implements Connection.Listener {

        @Override
        public void onOpened(Connection connection) {
            InetAddress client = address(connection.getEndPoint().getRemoteSocketAddress());
            Watch watch = new Watch(connection, client);
            watches.put(connection, watch);
            watch.idle();
            Watch[] evicted = new Watch[1];
            perClient.compute(client, (address, open) -> {
                Set<Watch> all = open == null ? new HashSet<>() : open;
                all.add(watch);
                if (all.size() > limits.connectionsPerClient()) {
                    // The connection that has waited longest for its request goes, so that a client's new request
                    // (a health check) is served while its old ones dribble; if all are computing, the new one goes.
                    evicted[0] = all.stream().filter(Watch::waiting).min(Comparator.comparingLong(Watch::since))
                            .orElse(watch);
                    all.remove(evicted[0]);
                }
                return all;
            });
            if (evicted[0] != null) {
                evicted[0].close();
            }
        }

        @Override
        public void onClosed(Connection connection) {
            Watch watch = watches.remove(connection);
            if (watch == null) {
                return;
            }
            watch.computing();
            perClient.computeIfPresent(watch.client, (address, open) -> {
                open.remove(watch);
                return open.isEmpty() ? null : open;
            });
        }
    }

    private static InetAddress address(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }

    /**
     * One connection's state: waiting for a request (its headers, or its body) since some moment, or computing an
     * answer. Waiting for headers is timed here; waiting for a body is timed by its {@link Upload}.
     */
    private final class Watch {

        private final Connection connection;
        private final InetAddress client;
        private volatile boolean waiting;
        private volatile long since;
        private Scheduler.Task deadline;

        Watch(Connection connection, InetAddress client) {
            this.connection = connection;
            this.client = client;
        }

        /** Waiting for the headers of the next request, from now. */
        synchronized void idle() {
            cancel();
            waiting = true;
            since = System.nanoTime();
            Scheduler timer = scheduler;
            if (timer != null) {
                deadline = timer.schedule(this::expire, limits.requestHead());
            }
        }

        /** The headers are in, the body is still coming: it may still be evicted for a newer request. */
        synchronized void uploading() {
            cancel();
        }

        synchronized void computing() {
            cancel();
            waiting = false;
        }

        boolean waiting() {
            return waiting;
        }

        long since() {
            return since;
        }

        void close() {
            connection.getEndPoint().close();
        }

        private void cancel() {
            if (deadline != null) {
                deadline.cancel();
                deadline = null;
            }
        }

        private synchronized void expire() {
            if (deadline != null) {
                deadline = null;
                close();
            }
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Watch watch = watches.get(request.getConnectionMetaData().getConnection());
        Callback done = callback;
        if (watch != null) {
            done = new Callback.Nested(callback) {
                @Override
                public void succeeded() {
                    watch.idle();
                    super.succeeded();
                }

                @Override
                public void failed(Throwable failure) {
                    watch.idle();
                    super.failed(failure);
                }
            };
        }
        long length = request.getLength();
        boolean hasBody = length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!hasBody) {
            if (watch != null) {
                watch.computing();
            }
            return super.handle(request, response, done);
        }
        if (watch != null) {
            watch.uploading();
        }
        new Upload(request, response, done, watch).start();
        return true;
    }

    /** Reads one body as it arrives, on whichever thread Jetty calls back on, then hands the request on whole. */
    private final class Upload implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final Watch watch;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean decided = new AtomicBoolean();
        private long received;
        private Scheduler.Task deadline;

        Upload(Request request, Response response, Callback callback, Watch watch) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.watch = watch;
        }

        void start() {
            deadline = scheduler.schedule(this::expire, limits.requestBody());
            run();
        }

        @Override
        public void run() {
            while (!decided.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk) && !chunk.isLast()) {
                    // A transient failure: the connection's idle timeout (1 s once a stop has begun). The body's
                    // own deadline bounds the wait, so reading goes on, as a servlet's blocking read would.
                    continue;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // The connection closed mid-body (the client left, or was evicted): Jetty logs a quiet
                    // failure at debug level, where any other gets a stack trace per request.
                    Throwable failure = chunk.getFailure();
                    if (decide()) {
                        callback.failed(failure instanceof QuietException ? failure : new EofException(failure));
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int size = bytes.remaining();
                if (received + size <= MAX_BODY) {
                    byte[] copy = new byte[size];
                    bytes.get(copy);
                    body.write(copy, 0, size);
                }
                received += size;
                boolean last = chunk.isLast();
                chunk.release();
                if (last || received > MAX_DRAINED) {
                    if (decide()) {
                        finish();
                    }
                    return;
                }
            }
        }

        private boolean decide() {
            if (!decided.compareAndSet(false, true)) {
                return false;
            }
            deadline.cancel();
            return true;
        }

        private void finish() {
            if (received > MAX_BODY) {
                refuse(response, callback, 413, RequestBodies.tooLarge().getMessage(), RequestBodies.BODY);
                return;
            }
            if (watch != null) {
                watch.computing();
            }
            try {
                Request whole = new WholeBody(request, ByteBuffer.wrap(body.toByteArray()));
                if (!ClientGuard.super.handle(whole, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable failure) {
                Response.writeError(request, response, callback, failure);
            }
        }

        private void expire() {
            if (decided.compareAndSet(false, true)) {
                refuse(response, callback, 408, "the request body did not arrive within %s".formatted(
                        seconds(limits.requestBody())), RequestBodies.BODY);
            }
        }
    }

    /** A request whose body has been read: it hands the handlers the whole body at once. */
    private static final class WholeBody extends Request.Wrapper {

        private Content.Chunk chunk;

        WholeBody(Request request, ByteBuffer body) {
            super(request);
            this.chunk = Content.Chunk.from(body, true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk next = chunk;
            chunk = Content.Chunk.next(next);
            return next;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            return true;
        }

        @Override
        public void fail(Throwable failure) {
            // The body is already read: there is nothing left to fail.
        }
    }

    /** Answers in the service's error shape and closes the connection, whose input is now out of step. */
    private static void refuse(Response response, Callback callback, int status, String message, String where) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(new ErrorBody(message, where));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(json), callback);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
