package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.store.RecordStore;

/** The app on a free port, spoken to over a real socket. */
class NewsgraphServerTest {
    @TempDir
    Path dir;

    private RecordStore store;
    private Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = RecordStore.open(dir);
        app = NewsgraphServer.create(store).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    @Test
    void listPageLinksEveryArticleByItsEncodedId() throws Exception {
        store.put(TestRecords.meeting("samples/a.txt"));
        store.put(TestRecords.meeting("https://x.org/a?b=1"));
        HttpResponse<String> list = get("/");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = parseStrictly(list.body());
        List<String> links = page.select("table.articles a").eachAttr("href");
        assertEquals(Set.of("/articles/samples%2Fa.txt", "/articles/https%3A%2F%2Fx.org%2Fa%3Fb%3D1"),
                Set.copyOf(links));
        for (String link : links) {
            HttpResponse<String> article = get(link);
            assertEquals(200, article.statusCode(), link);
            assertTrue(article.body().contains("<h1>Aliyev meets Putin</h1>"), link);
        }
    }

    @Test
    void oddIdsRoundTripThroughTheirLinks() throws Exception {
        for (String id : List.of("a b+c%2Fd", "ü😀 #frag?q=1&r", "..", "dir/../x", "C:\\docs\\a.html")) {
            store.put(TestRecords.meeting(id));
            HttpResponse<String> page = get(ArticleLinks.page(id));
            assertEquals(200, page.statusCode(), id);
            HttpResponse<String> json = get(ArticleLinks.api(id));
            assertEquals(id, RecordJson.fromJson(json.body()).id());
        }
    }

    @Test
    void articlePageShowsMetadataBodyFactsAndTextSizeControls() throws Exception {
        store.put(TestRecords.meeting("samples/a.txt"));
        HttpResponse<String> response = get(ArticleLinks.page("samples/a.txt"));
        assertEquals(200, response.statusCode());
        Document page = parseStrictly(response.body());
        assertEquals("2024-02-26", page.selectFirst("article time").attr("datetime"));
        assertEquals("news.example", page.selectFirst(".meta .source").text());
        assertEquals("By A. Writer", page.selectFirst(".byline").text());
        assertEquals(2, page.select("#article-body > p").size());
        assertEquals("Vladimir Putin", page.selectFirst("#article-body .quote").attr("data-speaker"));
        assertFalse(page.select("#article-body .quote .ent-PERSON[data-entity=e1]").isEmpty());
        assertEquals(List.of("+", "↺", "−"), page.select(".text-size button").eachText());
        assertEquals("16 px", page.selectFirst("#size-label").text());
        assertEquals("Vladimir Putin said direct", page.selectFirst(".quote-item .speaker").text().substring(2));
        assertEquals(3, page.select(".facts table.entities tbody tr").size());
        assertTrue(page.selectFirst(".facts table.entities").text().contains("President"));
        String events = page.selectFirst(".event-list").text();
        for (String expected : List.of("CONSULT", "CAMEO 043", "AZEGOV Ilham Aliyev → RUSGOV Vladimir Putin",
                "2024-02-26", "historical", "negated", "“met”")) {
            assertTrue(events.contains(expected), expected + " not in " + events);
        }
        assertEquals(PageLayout.SCRIPT, page.selectFirst("script").attr("src"));
        assertTrue(page.select("script").stream().allMatch(s -> s.data().isBlank()), "no inline script");
        assertTrue(page.select("style, [style]").isEmpty(), "no inline style");
    }

    @Test
    void hostileTextComesOutEscapedEverywhere() throws Exception {
        String id = "evil/" + TestRecords.SCRIPT + TestRecords.IMG;
        store.put(TestRecords.hostile(id));
        for (String path : List.of("/", ArticleLinks.page(id))) {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path);
            String html = response.body();
            assertFalse(html.contains("<script>alert"), path);
            assertFalse(html.contains("<img"), path);
            assertFalse(html.contains("href=\"javascript:"), path);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path);
            assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), path);
            Document page = parseStrictly(html);
            assertEquals(1, page.select("script").size(), path);
            assertTrue(page.select("img").isEmpty(), path);
        }
        HttpResponse<String> json = get(ArticleLinks.api(id));
        assertEquals(TestRecords.hostile(id), RecordJson.fromJson(json.body()));
    }

    @Test
    void htmlPagesCarryTheSecurityHeaders() throws Exception {
        store.put(TestRecords.meeting("a"));
        for (String path : List.of("/", "/articles/a", "/articles/missing", "/api/articles")) {
            HttpResponse<String> response = get(path);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void apiListsSummariesAndServesRecords() throws Exception {
        NewsRecord record = TestRecords.meeting("https://x.org/a?b=1");
        store.put(record);
        store.put(TestRecords.meeting("b"));
        HttpResponse<String> list = get("/api/articles?limit=1&offset=0");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = RecordJson.mapper().readTree(list.body());
        assertEquals(2, body.get("total").asInt());
        assertEquals(1, body.get("limit").asInt());
        assertEquals(1, body.get("articles").size());
        assertEquals("2024-02-26", body.get("articles").get(0).get("publishedDate").asText());
        assertEquals(1, body.get("articles").get(0).get("quoteCount").asInt());

        HttpResponse<String> one = get("/api/articles/https%3A%2F%2Fx.org%2Fa%3Fb%3D1");
        assertEquals(200, one.statusCode());
        assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(record, RecordJson.fromJson(one.body()));
    }

    @Test
    void unknownIdsAndRoutesUnderApiAnswer404JsonInTheErrorShape() throws Exception {
        for (String path : List.of("/api/articles/nope%2Fx", "/api/nothing/here")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode error = RecordJson.mapper().readTree(response.body());
            assertEquals(404, error.get("status").asInt());
            assertFalse(error.get("error").asText().isBlank());
            assertEquals(2, error.size(), response.body());
        }
        JsonNode error = RecordJson.mapper().readTree(get("/api/articles/nope%2Fx").body());
        assertEquals("No article with id 'nope/x'", error.get("error").asText());
    }

    @Test
    void aBadLimitIs400JsonNamingIt() throws Exception {
        for (String query : List.of("limit=abc", "limit=0", "limit=100000", "offset=-3")) {
            HttpResponse<String> response = get("/api/articles?" + query);
            assertEquals(400, response.statusCode(), query);
            JsonNode error = RecordJson.mapper().readTree(response.body());
            assertEquals(400, error.get("status").asInt());
            assertTrue(error.get("error").asText().contains(query.substring(0, query.indexOf('='))), query);
        }
    }

    @Test
    void errorsOutsideTheApiAreEscapedHtmlPages() throws Exception {
        HttpResponse<String> missing = get(ArticleLinks.page("<script>x</script>"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(missing.body().contains("<script>x"));
        assertTrue(missing.body().contains("No article with id &#39;&lt;script&gt;x&lt;/script&gt;&#39;"));
        parseStrictly(missing.body());

        HttpResponse<String> badPage = get("/?limit=abc");
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.body().contains("limit must be"));

        HttpResponse<String> noRoute = get("/no/such/page");
        assertEquals(404, noRoute.statusCode());
        assertTrue(noRoute.body().contains("No such page: /no/such/page"), noRoute.body());
    }

    @Test
    void staticScriptAndStyleAreServed() throws Exception {
        HttpResponse<String> js = get(PageLayout.SCRIPT);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertTrue(js.body().contains("data-size-step"));
        assertEquals("nosniff", js.headers().firstValue("X-Content-Type-Options").orElse(null));
        HttpResponse<String> css = get(PageLayout.STYLESHEET);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.body().contains(".ent-PERSON"));
        HttpResponse<String> icon = get(PageLayout.ICON);
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertEquals(404, get("/static/missing.js").statusCode());
    }

    @Test
    void aStoreFailureIs500WithoutTheStoreInternals() throws Exception {
        store.close();
        HttpResponse<String> api = get("/api/articles");
        assertEquals(500, api.statusCode());
        JsonNode error = RecordJson.mapper().readTree(api.body());
        assertEquals(500, error.get("status").asInt());
        assertFalse(api.body().contains(dir.toString()), api.body());
        HttpResponse<String> page = get("/");
        assertEquals(500, page.statusCode());
        assertFalse(page.body().contains(dir.toString()), page.body());
    }

    @Test
    void anEmptyStoreShowsAnEmptyList() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(parseStrictly(response.body()).text().contains("No articles stored yet."));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + app.port() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Parses a page and fails on any HTML parse error, which broken nesting or stray markup would cause. */
    static Document parseStrictly(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document document = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertTrue(errors.isEmpty(), "HTML parse errors: " + errors);
        return document;
    }
}
