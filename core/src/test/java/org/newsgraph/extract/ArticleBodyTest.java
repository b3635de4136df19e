package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the body keeps and leaves out around the article's paragraphs, from small pages written for these cases. */
class ArticleBodyTest {
    private static final String P1 = "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm,"
            + " and the first ferries left for the islands before nine.</p>";
    private static final String P2 = "<p>Harbour master Tom Reed said two cranes would need repairs, but that the"
            + " quays themselves had held up well against the waves.</p>";
    private static final String P3 = "<p>The ferry company said it would run extra boats on Saturday, when more than two"
            + " hundred passengers are expected to travel to the islands.</p>";

    private static String body(String html) {
        return new HtmlPageExtractor().extract("<html><body>" + html + "</body></html>", null, null,
                LocalDate.of(2024, 1, 1)).body();
    }

    @Test
    void standfirstBesideTheHeadlineOpensTheBody() {
        String b = body("<header><h1>Harbour reopens</h1><p class=\"article-lead\">Three days after the storm, the"
                + " harbour is open again and the ferries are running.</p></header><div class=\"article-body\">"
                + P1 + P2 + P3 + "</div>");

        assertTrue(b.startsWith("Three days after the storm"), b);
        assertTrue(b.contains("quays themselves"), b);
    }

    @Test
    void boxTheSiteAppendsGoesWithItsHeading() {
        String b = body("<article><h1>Harbour reopens</h1>" + P1 + P2 + P3 + "<h3>Explore further</h3>"
                + "<p>Storm closes harbour for a third day</p></article>");

        assertTrue(b.endsWith("travel to the islands."), b);
    }

    @Test
    void labelOfABoxInsideTheArticleGoesButTheArticleGoesOn() {
        String b = body("<article><h1>Harbour reopens</h1>" + P1 + "<p>Leggi anche</p>"
                + "<p><a href=\"/storm\">Storm closes the harbour</a></p>" + P2 + P3 + "</article>");

        assertFalse(b.contains("Leggi anche"), b);
        assertTrue(b.contains("quays themselves") && b.contains("extra boats"), b);
    }

    @Test
    void headingThatHeadsNothingIsDropped() {
        String b = body("<article><h1>Harbour reopens</h1>" + P1 + "<h2>Inhaltsverzeichnis</h2><h2>The quays</h2>" + P2
                + P3 + "<h2>Ähnliche Beiträge</h2></article>");

        assertFalse(b.contains("Inhaltsverzeichnis"), b);
        assertFalse(b.contains("Ähnliche Beiträge"), b);
        assertTrue(b.contains("The quays"), b);
    }

    @Test
    void callToSubscribeAtTheEndIsDroppedButAQuoteAboutSubscriptionsIsNot() {
        String b = body("<article><h1>Harbour reopens</h1>" + P1 + P2 + P3
                + "<p>“What will be left that readers feel is worth a digital subscription?” he asked.</p>"
                + "<p>Never miss the latest news by signing up to our newsletter.</p></article>");

        assertTrue(b.endsWith("he asked."), b);
    }

    @Test
    void sidebarWidgetWithAnAddressDoesNotOutvoteTheArticle() {
        String b = body("<article class=\"post tag-news\"><h1>Harbour reopens</h1>" + P1 + P2 + P3 + "</article>"
                + "<div class=\"widget_text widget\"><p>Legal: Copyright, Ledger Publishing Co. Limited, P.O. Box 1203,"
                + " Fontabelle, St. Michael, BB11000, Barbados, West Indies, all rights reserved, no reproduction.</p></div>");

        assertTrue(b.startsWith("The harbour at Kelby"), b);
        assertFalse(b.contains("Fontabelle"), b);
    }

    @Test
    void creditLineInsideTheArticleIsNotArticleText() {
        String b = body("<article><h1>Harbour reopens</h1>" + P1
                + "<p class=\"imagedescription\">The quay at dawn. © AFP / JANE DOE</p>" + P2 + P3 + "</article>");

        assertFalse(b.contains("JANE DOE"), b);
    }
}
