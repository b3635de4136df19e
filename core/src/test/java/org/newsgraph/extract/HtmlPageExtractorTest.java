package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;

/** HTML pages from {@code src/test/resources/pages}, read through the {@link ArticleExtractor} facade. */
class HtmlPageExtractorTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            Clock.fixed(Instant.parse("2023-06-01T12:00:00Z"), ZoneOffset.UTC));

    private static String fixture(String name) {
        try (InputStream in = HtmlPageExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article extract(String html, String url) {
        return EXTRACTOR.extract(new RawDocument("page", html, RawDocument.Format.HTML, url, null));
    }

    private static List<String> paragraphTexts(Article a) {
        return a.paragraphs().stream().map(s -> a.body().substring(s.start(), s.end())).toList();
    }

    private static void assertAbsent(Article a, String... chrome) {
        for (String c : chrome) {
            assertFalse(a.body().contains(c), () -> "body holds chrome text '" + c + "':\n" + a.body());
        }
    }

    // --- a news page with JSON-LD, OpenGraph and the usual chrome ---

    @Test
    void newsPageMetadataComesFromJsonLdFirst() {
        Article a = extract(fixture("news-article.html"), "https://ledger.example/amp/harbour");

        assertEquals("Harbour reopens after storm", a.title());
        assertEquals("Jane Doe", a.byline());
        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
    }

    @Test
    void newsPageSourceIsTheOpenGraphSiteName() {
        Article a = extract(fixture("news-article.html"), null);

        assertEquals("Northern Ledger", a.source());
    }

    @Test
    void newsPageUrlIsTheCanonicalOneAndLanguageIsEnglish() {
        Article a = extract(fixture("news-article.html"), "https://ledger.example/amp/harbour");

        assertEquals("https://ledger.example/news/2021/03/harbour-reopens", a.url());
        assertEquals("en", a.language());
    }

    @Test
    void newsPageBodyHoldsExactlyTheArticleParagraphs() {
        Article a = extract(fixture("news-article.html"), null);

        assertEquals(3, a.paragraphs().size());
        List<String> paragraphs = paragraphTexts(a);
        assertTrue(paragraphs.get(0).startsWith("The harbour at Kelby reopened on Wednesday morning"));
        assertTrue(paragraphs.get(1).startsWith("Harbour master Tom Reed said"));
        assertTrue(paragraphs.get(2).endsWith("more than two hundred passengers to the islands."));
        assertEquals(String.join("\n\n", paragraphs), a.body());
    }

    @Test
    void newsPageBodyHoldsNoChrome() {
        Article a = extract(fixture("news-article.html"), null);

        assertAbsent(a, "Sport", "Weather", "cookies", "Accept", "Share on", "Email this story", "Related stories",
                "Ferry timetable", "Storm damage across", "full forecast", "Copyright", "font-family",
                "Harbour reopens after storm", "Jane Doe");
    }

    // --- a page whose text is only in JSON-LD articleBody ---

    @Test
    void jsonLdArticleBodyIsUsedWhenThePageHasNoParagraphs() {
        Article a = extract(fixture("jsonld-body-only.html"), "https://valley.example/bridge");

        assertEquals(List.of(
                "The town council voted on Monday to build a new footbridge over the river.",
                "Work is due to begin in the autumn and should take about a year, the council said in a statement."),
                paragraphTexts(a));
        assertAbsent(a, "window.render");
    }

    @Test
    void jsonLdInAnArrayGivesTitleDateSourceAndAllAuthors() {
        Article a = extract(fixture("jsonld-body-only.html"), "https://valley.example/bridge");

        assertEquals("Council approves new bridge", a.title());
        assertEquals("Ann Smith, Bo Lee", a.byline());
        assertEquals(LocalDate.of(2021, 4, 12), a.publishedDate());
        assertEquals("Valley Times", a.source());
        assertEquals("en", a.language());
    }

    @Test
    void pageWithoutCanonicalLinkKeepsTheUrlItWasReadFrom() {
        Article a = extract(fixture("jsonld-body-only.html"), "https://valley.example/bridge");

        assertEquals("https://valley.example/bridge", a.url());
    }

    // --- a page with a text-size widget ---

    @Test
    void textSizeWidgetIsNotInTheBody() {
        Article a = extract(fixture("font-size-widget.html"), null);

        assertAbsent(a, "A+", "A-");
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.body().startsWith("The city museum opened its new wing on Friday"));
    }

    @Test
    void metaTagsGiveAuthorAndDateWithoutJsonLd() {
        Article a = extract(fixture("font-size-widget.html"), null);

        assertEquals("Museum opens new wing", a.title());
        assertEquals("Sam Green", a.byline());
        assertEquals(LocalDate.of(2020, 11, 20), a.publishedDate());
        assertNull(a.source());
    }

    // --- a German page without JSON-LD ---

    @Test
    void germanPageGivesTitleDateLanguageAndOpenGraphUrl() {
        Article a = extract(fixture("german-no-jsonld.html"), null);

        assertEquals("Neue Brücke für die Altstadt", a.title());
        assertEquals(LocalDate.of(2022, 5, 17), a.publishedDate());
        assertEquals("de", a.language());
        assertEquals("https://rheinbote.example/lokales/neue-bruecke", a.url());
    }

    @Test
    void germanPageBodyHoldsItsParagraphsButNoTagsOrComments() {
        Article a = extract(fixture("german-no-jsonld.html"), null);

        assertTrue(a.body().contains("Der Stadtrat hat am Dienstag beschlossen"));
        assertTrue(a.body().endsWith("sagte die Bürgermeisterin."));
        assertAbsent(a, "Kommentare", "Verkehr", "Start");
    }

    @Test
    void germanPageBodyHoldsNeitherBylineNorDateLine() {
        Article a = extract(fixture("german-no-jsonld.html"), null);

        assertEquals(2, a.paragraphs().size());
        assertAbsent(a, "Max Keller", "17.05.2022");
    }

    @Test
    void bylineFromTheBylineElementDropsItsPrefix() {
        assertEquals("Max Keller", extract(fixture("german-no-jsonld.html"), null).byline());
        String html = "<html><body><h1>Harbour reopens</h1><div class=byline>By Jane Doe</div>"
                + "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm.</p></body></html>";
        assertEquals("Jane Doe", extract(html, null).byline());
    }

    // --- small hand-built pages ---

    @Test
    void pageWithoutMetadataFallsBackToTitleElementAndHasNoDate() {
        String html = "<html><head><title>Plain page</title></head><body>"
                + "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm.</p></body></html>";
        Article a = extract(html, null);

        assertEquals("Plain page", a.title());
        assertNull(a.byline());
        assertNull(a.publishedDate());
        assertEquals("The harbour at Kelby reopened on Wednesday morning after three days of storm.", a.body());
    }

    @Test
    void dateGivenFromOutsideIsUsedWhenThePageHasNone() {
        String html = "<html><body><p>The harbour at Kelby reopened on Wednesday after three days of storm.</p></body></html>";
        Article a = EXTRACTOR.extract(new RawDocument("page", html, RawDocument.Format.HTML, null, LocalDate.of(2020, 1, 2)));

        assertEquals(LocalDate.of(2020, 1, 2), a.publishedDate());
    }

    @Test
    void publishedDateAfterTheClockIsRefused() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2030-01-01\"></head><body>"
                + "<p>The harbour at Kelby reopened on Wednesday after three days of storm.</p></body></html>";

        assertNull(extract(html, null).publishedDate());
    }

    @Test
    void malformedJsonLdIsIgnoredAndOtherMetadataStillCounts() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", broken</script>"
                + "<meta property=\"og:title\" content=\"Harbour reopens\"></head><body>"
                + "<p>The harbour at Kelby reopened on Wednesday after three days of storm.</p></body></html>";
        Article a = extract(html, null);

        assertEquals("Harbour reopens", a.title());
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void articleInsideAWrapperNamedAfterItsSidebarIsKept() {
        String html = "<html><body><div class=\"layout with-sidebar\"><article><h1>Harbour reopens</h1>"
                + "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm.</p>"
                + "<p>Harbour master Tom Reed said two cranes would need repairs.</p></article>"
                + "<div class=\"sidebar\"><p>Most read</p></div></div></body></html>";
        Article a = extract(html, null);

        assertEquals(2, a.paragraphs().size());
        assertAbsent(a, "Most read");
    }

    @Test
    void jsonLdArticleBodyWinsOverAPlaceholderParagraph() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\","
                + "\"articleBody\":\"The town council voted on Monday to build a new footbridge over the river. Work is"
                + " due to begin in the autumn and should take about a year.\"}</script></head>"
                + "<body><div id=\"app\"><p>Loading…</p></div></body></html>";
        Article a = extract(html, null);

        assertTrue(a.body().startsWith("The town council voted on Monday"));
        assertAbsent(a, "Loading");
    }
}
