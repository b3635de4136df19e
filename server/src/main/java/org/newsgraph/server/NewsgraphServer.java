package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.RecordStore;

/**
 * The web UI and JSON API over a store.
 *
 * <pre>
 * GET /                       list of stored articles (HTML; ?limit=&amp;offset= to page)
 * GET /articles/{id}          one article (HTML)
 * GET /api/articles           {"total", "limit", "offset", "articles": [summary...]}
 * GET /api/articles/{id}      the record, as RecordJson writes it
 * GET /static/*               style sheet and script
 * </pre>
 *
 * Ids travel percent-encoded in one path segment (see {@link ArticleLinks}).
 */
public final class NewsgraphServer {
    static final String HTML_UTF8 = "text/html; charset=utf-8";
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    private NewsgraphServer() {}

    /**
     * A configured app that serves {@code store}, not started: call {@code start(port)} on it
     * ({@code 0} picks a free port, {@code app.port()} tells which) and {@code stop()} when done.
     * The app does not own the store: close the store after stopping the app.
     */
    public static Javalin create(RecordStore store) {
        Objects.requireNonNull(store, "store");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(RecordJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                Map<String, String> headers = new HashMap<>(SecurityHeaders.ALL);
                headers.put("Cache-Control", "max-age=0");
                files.headers = headers;
            });
        });
        app.before(SecurityHeaders::apply);
        routes(app, store);
        ErrorMapping.register(app);
        return app;
    }

    private static void routes(Javalin app, RecordStore store) {
        app.get("/", ctx -> {
            Paging paging = paging(ctx);
            List<ArticleSummary> page = store.list(paging.limit(), paging.offset());
            html(ctx, ArticleListPage.render(page, paging, store.count()));
        });
        app.get("/articles/{id}", ctx -> html(ctx, ArticlePage.render(find(store, ctx.pathParam("id")))));
        app.get("/api/articles", ctx -> {
            Paging paging = paging(ctx);
            ctx.json(new ArticleListResponse(store.count(), paging.limit(), paging.offset(),
                    store.list(paging.limit(), paging.offset())));
        });
        app.get("/api/articles/{id}", ctx -> ctx.contentType(JSON_UTF8)
                .result(RecordJson.toLine(find(store, ctx.pathParam("id")))));
    }

    private static NewsRecord find(RecordStore store, String id) {
        return store.get(id).orElseThrow(() -> new NotFoundException("No article with id '" + id + "'"));
    }

    private static Paging paging(Context ctx) {
        return Paging.parse(ctx.queryParam("limit"), ctx.queryParam("offset"));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType(HTML_UTF8).result(page);
    }
}
