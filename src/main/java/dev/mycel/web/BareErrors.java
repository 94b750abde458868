package dev.mycel.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses, for requests it rejects before Javalin sees them (an HTTP/1.1
 * request without a Host, a malformed request line): the status with the strictest headers and no
 * body, so not even these pages can be framed, sniffed or made to carry markup. Everything that
 * reaches Javalin is mapped by {@link WebErrors} instead.
 */
final class BareErrors extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.bare(fields::put);
        return ByteBuffer.allocate(0);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        SecurityHeaders.bare(response.getHeaders()::put);
        response.write(true, null, callback);
    }
}
