package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.newsgraph.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses. Under {@code /api} every error is
 * {@link ErrorBody} as JSON; elsewhere it is a plain HTML page with the message escaped.
 * Messages of {@link RequestException}s go to the client; other failures are logged in full and
 * answered with a generic message, so that file paths and stack traces stay on the server.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Set once a handler here has answered, so that the 404 fallback does not answer twice. */
    private static final String ANSWERED = ErrorMapping.class.getName() + ".answered";

    private ErrorMapping() {}

    static void register(Javalin app) {
        app.exception(RequestException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        // Javalin throws this for a request that matches no route (and no static file).
        app.exception(NotFoundResponse.class, (e, ctx) -> respond(ctx, 404, "No such page: " + ctx.path()));
        // Javalin's other own errors (a request body too large...) carry a status and a public message.
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.error("{} {}: store failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "The article store failed; the server log has the details.");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {}: unexpected failure", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Internal server error; the server log has the details.");
        });
        // A safety net for a 404 that some part of Javalin or Jetty sets without an exception.
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                respond(ctx, 404, "No such page: " + ctx.path());
            }
        });
    }

    static void respond(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        SecurityHeaders.apply(ctx);
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(new ErrorBody(message, status));
        } else {
            ctx.contentType(NewsgraphServer.HTML_UTF8).result(PageLayout.errorPage(status, message));
        }
    }

    private static boolean isApi(Context ctx) {
        String path = ctx.path();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
