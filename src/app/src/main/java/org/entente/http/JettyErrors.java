package org.entente.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.entente.io.Json;

/**
 * The errors Jetty answers itself, before a request reaches the service (a request arriving while the server stops,
 * a request line it cannot parse), in the service's one error shape rather than an HTML page.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        String error = code == 503 ? "the service is stopping" : message;
        String where = request.getHttpURI() == null ? "request" : request.getHttpURI().getPath();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(new ErrorBody(error, where))), callback);
    }
}
