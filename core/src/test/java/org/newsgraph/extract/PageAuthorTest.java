package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The author a page names, from small pages written for these cases. */
class PageAuthorTest {
    private static final String PROSE = "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm,"
            + " and the first ferries left for the islands.</p>";

    private static String author(String head, String body) {
        String html = "<html><head>" + head + "</head><body><h1>Harbour reopens</h1>" + body + PROSE + "</body></html>";
        return new HtmlPageExtractor().extract(html, "https://ledger.example/harbour", null, LocalDate.of(2024, 1, 1))
                .byline();
    }

    @Test
    void readersInTheCommentThreadAreNotTheAuthor() {
        assertEquals("Frau Sabienes", author("<meta property=\"og:site_name\" content=\"Frau Sabienes sagt\">",
                "<span class=\"author vcard\"><a rel=\"author\">Frau Sabienes</a></span>" + PROSE
                        + "<ol class=\"comment-list\"><li><div class=\"comment-author vcard\"><b class=\"fn\">Shadownlight</b>"
                        + "</div><p>Toller Beitrag!</p></li></ol>"));
    }

    @Test
    void loginInTheMetadataIsReplacedByTheNameTheBylinePrints() {
        assertEquals("Gàbor Muniér", author("<meta property=\"article:author\" content=\"gabor_munier\">",
                "<span class=\"author\"><span class=\"label hidden\">Autor: </span>Gàbor Muniér</span>"));
    }

    @Test
    void loginThatThePageDoesNotPrintIsSplitIntoWords() {
        assertEquals("Robert Stitz", author("<meta name=\"author\" content=\"robert.stitz\">", ""));
    }

    @Test
    void labelGluedToTheNameIsTakenOff() {
        assertEquals("Chris Jung", author("", "<span class=\"byline\"><span class=\"screen-reader-text\">Veröffentlicht von"
                + "</span><span class=\"author vcard\"><a class=\"url fn n\">Chris Jung</a></span></span>"));
    }

    @Test
    void picturesCreditIsNoAuthor() {
        assertEquals("Lisa Petrich", author("", "<span class=\"gallery__autor\">Foto: Ingo Schneider</span>"
                + "<p class=\"info\">Von <a href=\"/lisa-petrich\">Lisa Petrich</a></p>"));
    }

    @Test
    void firstNameAloneIsCompletedByTheByline() {
        assertEquals("Nils Pickert", author("<meta name=\"author\" content=\"Nils\">",
                "<p><strong>Eine Kolumne von Nils Pickert</strong></p>"));
    }

    @Test
    void nameAfterADateOnOneLineIsTheAuthor() {
        assertEquals("Olga", author("", "<h2>Stars <span>06.11.2023 13:30 von Olga</span></h2>"));
    }

    @Test
    void initialEndingTheNameIsNoFullStop() {
        assertEquals("Joe S.", author("", "<div class=\"post_author\">By : <span class=\"fn\">Joe S.</span></div>"));
    }

    @Test
    void authorsOfCitedWorksInMicrodataAreNotTheAuthor() {
        assertEquals("Marwan H. Adwan", author("<meta itemprop=\"author\" content=\"NH. Shear, SP. Spielberg\">"
                + "<meta name=\"dc.creator\" content=\"Marwan H. Adwan\">", ""));
    }

    @Test
    void nameTheSitesNameHoldsIsStillAPerson() {
        assertEquals("Ela", author("<meta property=\"og:site_name\" content=\"ElaVegan\"><meta name=\"author\" content=\"Ela\">",
                ""));
    }

    @Test
    void webAgencyInTheAuthorTagIsNoAuthor() {
        assertNull(author("<meta name=\"author\" content=\"Web Commerce GmbH www.w-commerce.de\">", ""));
    }
}
