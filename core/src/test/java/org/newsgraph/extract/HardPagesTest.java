package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;

/**
 * The hard cases of real pages, each as a small page written for this project
 * ({@code src/test/resources/pages}): title and date on every one, and the body without the
 * chrome that makes the case hard.
 */
class HardPagesTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));

    private static Article page(String name, String url) {
        try (InputStream in = HardPagesTest.class.getResourceAsStream("/pages/" + name)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return EXTRACTOR.extract(new RawDocument(name, html, RawDocument.Format.HTML, url, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertAbsent(Article a, String... chrome) {
        for (String c : chrome) {
            assertFalse(a.body().contains(c), () -> "body holds '" + c + "':\n" + a.body());
        }
    }

    @Test
    void textSizeWidgetPageHasTitleDateAndNoWidget() {
        Article a = page("font-size-widget.html", null);

        assertEquals("Museum opens new wing", a.title());
        assertEquals(LocalDate.of(2020, 11, 20), a.publishedDate());
        assertAbsent(a, "A+", "A-");
    }

    @Test
    void liveBlogKeepsEveryUpdateButNotTheShareBars() {
        Article a = page("live-blog.html", "https://courier.example/live/floods");

        assertEquals("Flood warnings across the valley: live updates", a.title());
        assertEquals(LocalDate.of(2022, 2, 14), a.publishedDate());
        assertEquals("Priya Nair", a.byline());
        assertTrue(a.body().contains("closed the Mill Street bridge"), a.body());
        assertTrue(a.body().contains("eleven schools in the lower valley"), a.body());
        assertTrue(a.body().contains("six flood warnings overnight"), a.body());
        assertAbsent(a, "Share on", "Most read", "Council tax", "Copyright");
    }

    @Test
    void longCommentThreadIsNotTheArticle() {
        Article a = page("comment-thread.html", null);

        assertEquals("Why the old mill should become a library", a.title());
        assertEquals(LocalDate.of(2019, 9, 23), a.publishedDate());
        assertEquals("Tom Okafor", a.byline());
        assertEquals(3, a.paragraphs().size(), a.body());
        assertTrue(a.body().startsWith("The town has owned the old mill"), a.body());
        assertAbsent(a, "volunteer on Saturdays", "river authority", "Leave a reply", "Posted on");
    }

    @Test
    void ampPageGivesItsArticleWithoutAmpChrome() {
        Article a = page("amp-article.html", "https://coast.example/amp/ferry-fares");

        assertEquals("Ferry fares to rise in spring", a.title());
        assertEquals(LocalDate.of(2023, 1, 18), a.publishedDate());
        assertEquals("Ines Duarte", a.byline());
        assertEquals("https://coast.example/2023/01/18/ferry-fares-spring", a.url());
        assertEquals(3, a.paragraphs().size(), a.body());
        assertAbsent(a, "Menu", "Home", "Travel", "Harbour Road");
    }

    @Test
    void paginatedArticlePageGivesItsTextWithoutThePageLinks() {
        Article a = page("paginated-article.html", "https://stadtblatt.example/2020/06/09/stadtbahn-geschichte/2/");

        assertEquals("Die Geschichte der Stadtbahn", a.title());
        assertEquals(LocalDate.of(2020, 6, 9), a.publishedDate());
        assertEquals("Jana Berger", a.byline());
        assertEquals("de", a.language());
        assertEquals(2, a.paragraphs().size(), a.body());
        assertAbsent(a, "Seite", "Meistgelesen", "Von Jana Berger", "9. Juni 2020");
    }

    @Test
    void bodyOnlyInJsonLdGivesTitleDateAndText() {
        Article a = page("jsonld-body-only.html", "https://valley.example/bridge");

        assertEquals("Council approves new bridge", a.title());
        assertEquals(LocalDate.of(2021, 4, 12), a.publishedDate());
        assertTrue(a.body().startsWith("The town council voted on Monday"), a.body());
    }

    @Test
    void dateWrittenOnlyInTheTextStillCounts() {
        String html = "<html><body><div class=story><p>date 2021-03-03</p>"
                + "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm, the port said.</p>"
                + "</div></body></html>";

        assertEquals(LocalDate.of(2021, 3, 3), EXTRACTOR.extract(
                new RawDocument("p", html, RawDocument.Format.HTML, null, null)).publishedDate());
    }

    @Test
    void dateInTheUrlCountsWhenThePageStatesNone() {
        String html = "<html><body><p>The harbour at Kelby reopened on Wednesday morning after three days of storm.</p>"
                + "</body></html>";

        assertEquals(LocalDate.of(2020, 6, 9), EXTRACTOR.extract(new RawDocument("p", html, RawDocument.Format.HTML,
                "https://stadtblatt.example/2020/06/09/stadtbahn/", null)).publishedDate());
    }

    @Test
    void dateAfterTheFetchIsNeverTaken() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2031-05-05\"></head><body>"
                + "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm.</p></body></html>";

        assertEquals(null, EXTRACTOR.extract(new RawDocument("p", html, RawDocument.Format.HTML,
                "https://x.example/2031/05/05/a", null)).publishedDate());
    }
}
