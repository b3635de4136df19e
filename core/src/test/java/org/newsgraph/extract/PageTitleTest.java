package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The headline a reader sees, from small pages written for these cases. */
class PageTitleTest {
    private static final String PROSE = "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm,"
            + " and the first ferries left for the islands.</p>";

    private static String title(String head, String body, String url) {
        String html = "<html><head>" + head + "</head><body>" + body + PROSE + "</body></html>";
        return new HtmlPageExtractor().extract(html, url, null, LocalDate.of(2024, 1, 1)).title();
    }

    @Test
    void visibleHeadlineWinsOverTheTitleWrittenForSearchEngines() {
        assertEquals("Harbour reopens after three days of storm", title(
                "<title>Harbour reopens | Northern Ledger</title>"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens\"}</script>",
                "<h1 class=\"entry-title\">Harbour reopens after three days of storm</h1>", null));
    }

    @Test
    void kickerInsideTheHeadlineIsLeftOut() {
        assertEquals("„Es kommt auch darauf an“", title("<title>Corona-Pandemie - „Es kommt auch darauf an“</title>",
                "<h1><span class=\"teaser__kicker\">Corona-Pandemie</span><span class=\"visually-hidden\"> - </span>"
                        + "<span>„Es kommt auch darauf an“</span></h1>", null));
    }

    @Test
    void logoHeadingThatLinksHomeIsNotTheHeadline() {
        assertEquals("Truckwash A31", title("<title>Das andere Branchenbuch</title>",
                "<h1 class=\"site\"><a href=\"https://firmen.example/\">Das andere Branchenbuch</a></h1>"
                        + "<h1 class=\"page-title\">Truckwash A31</h1>", "https://firmen.example/?p=3289"));
    }

    @Test
    void logoHeadingsTextIsCutFromTheTitle() {
        assertEquals("Enchufla Figuren", title("<title>Enchufla Figuren - Salsa-Figuren - Rueda in Berlin</title>",
                "<h1><a href=\"/\"><span>Salsa-Figuren - Rueda in Berlin</span></a></h1>", "http://rueda.example/enchufla"));
    }

    @Test
    void secondLevelHeadingTheTitleStatesServesWhenTheFirstLevelOnesAreLogos() {
        assertEquals("Pour le néolibéralisme, la retraite est un archaïsme", title(
                "<meta property=\"og:title\" content=\"Pour le néolibéralisme, la retraite est un archaïsme | AOC\">",
                "<h1 class=\"logo\"><a href=\"/opinion/\">Opinion</a></h1>"
                        + "<h2 class=\"title\">Pour le néolibéralisme, la retraite est un archaïsme</h2>", null));
    }

    @Test
    void oneWordHeadlineCountsWhenTheTitleIsThatWordAndTheSiteName() {
        assertEquals("Ischgl", title("<title>Trails! Ischgl</title>", "<h1>Ischgl</h1><h2>Das Tiroler Freeride Mekka</h2>",
                "https://trails.example/region/ischgl/"));
    }

    @Test
    void titleThatIsOnlyTheSiteNameGivesWayToTheHeading() {
        assertEquals("Rail Replacement Services Travel Advice", title("<title>National Rail Enquiries -</title>",
                "<h1></h1><h2>Rail Replacement Services Travel Advice</h2>", "https://www.nationalrail.example/x.aspx"));
    }

    @Test
    void partTwoMetadataTitlesShareIsTheHeadline() {
        assertEquals("Anno 1800 Beta", title("<title>next2games | Vorschauen: Anno 1800 Beta</title>"
                + "<meta property=\"og:title\" content=\"Industriell Revolutioniert?: Anno 1800 Beta\">", "", null));
    }

    @Test
    void htmlEntitiesInJsonLdAreDecoded() {
        assertEquals("„Arschloch“: Danni und Ennesto trennen sich", title(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"&#8222;Arschloch&#8220;: Danni und Ennesto trennen sich\"}</script>", "", null));
    }

    @Test
    void headingTwoMetadataTitlesStateWinsOverOneTheTitleElementAlone() {
        assertEquals("„Arschloch“: Danni und Ennesto trennen sich", title(
                "<title>Danni und Ennesto trennen sich: \"Arschloch\"</title>"
                        + "<meta property=\"og:title\" content=\"&quot;Arschloch&quot;: Danni und Ennesto trennen sich\">"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"„Arschloch“: Danni und Ennesto trennen sich\"}</script>",
                "<h1>Danni und Ennesto trennen sich: \"Arschloch\"</h1><h2>„Arschloch“: Danni und Ennesto trennen sich</h2>",
                null));
    }

    @Test
    void headingThatIsItselfABreadcrumbIsPassedOver() {
        assertEquals("Kim Jong Un: Der Diktator ist zurück", title(
                "<meta property=\"og:title\" content=\"Kim Jong Un: Der Diktator ist zurück\">",
                "<h1 class=\"id-Breadcrumb-element-link\"><span>Nordkorea: Kim Jong Un ist zurück</span></h1>"
                        + "<h2 class=\"id-Article-headline\">Kim Jong Un: Der Diktator ist zurück</h2>", null));
    }
}
