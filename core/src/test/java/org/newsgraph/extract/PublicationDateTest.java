package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication day, from small pages written for these cases. */
class PublicationDateTest {
    private static final String PROSE = "<p>The harbour at Kelby reopened on Wednesday morning after three days of storm,"
            + " and the first ferries left for the islands.</p>";

    private static LocalDate date(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + PROSE + "</body></html>";
        return new HtmlPageExtractor().extract(html, null, null, LocalDate.of(2024, 1, 1)).publishedDate();
    }

    @Test
    void datePrintedWithTheHeadlineWinsOverADateTheCmsWroteIntoMeta() {
        assertEquals(LocalDate.of(2020, 2, 5), date("<meta name=\"date\" content=\"2020-02-12\">",
                "<div class=\"news-single-timedata\">05.02.2020 <span>- Redaktion: Eberhard Fuhr</span></div>"
                        + "<h1>Faire Lieferketten</h1>"));
    }

    @Test
    void cmsDateADayFromThePrintedOneIsATimeZoneAndStays() {
        assertEquals(LocalDate.of(2020, 12, 6), date("<meta name=\"DC.date.issued\" content=\"2020-12-06T02:32:58+00:00\">",
                "<h1>Sorprendente despedida</h1><div class=\"field-datetime\">05/12/2020 - 21:10</div>"));
    }

    @Test
    void publishersOwnDateIsNotOverruled() {
        assertEquals(LocalDate.of(2019, 6, 17), date("<meta property=\"article:published_time\" content=\"2019-06-17\">",
                "<h1>Faster Docker builds</h1><p class=\"post-date\">Last updated 04 Jun 2020</p>"));
    }

    @Test
    void dateMarkedInMicrodataMetaIsOnlyAPageDate() {
        assertEquals(LocalDate.of(2022, 2, 4), date("<meta itemprop=\"datePublished\" content=\"2021-12-14T15:41:07+01:00\">",
                "<h1 class=\"headline\">iPhone 14: Warum sich das Warten lohnt</h1>"
                        + "<div class=\"author\"><strong>04.02.2022 | 15:33 Uhr</strong></div>"));
    }

    @Test
    void dateInRdfaIsThePublicationDate() {
        assertEquals(LocalDate.of(2022, 1, 28), date("",
                "<span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+00:00\"></span><h1>LVMH wächst</h1>"));
    }

    @Test
    void datePrintedInPartsReadsAsOne() {
        assertEquals(LocalDate.of(2013, 4, 4), date("", "<h1>Mozarts Schulnoten</h1><div class=\"date\"><span class=\"month\">Apr"
                + "</span><span class=\"day\">04</span><span class=\"year\">2013</span></div>"));
    }

    @Test
    void twoDigitYearInADateElementIsRead() {
        assertEquals(LocalDate.of(2022, 9, 23), date("", "<h1>Vintage-Flair mit viel Grün</h1><div class=\"uploaded-date\">23.09.22</div>"));
    }

    @Test
    void timeElementSayingHowLongAgoGivesItsMachineReadableDay() {
        assertEquals(LocalDate.of(2020, 9, 30), date("", "<h1>Player arrested</h1><div class=\"meta\">"
                + "<time datetime=\"2020-09-30T02:00:07-07:00\">1 hr ago</time></div>"
                + "<div class=\"card\"><time datetime=\"2020-09-25T13:15:00-07:00\">Sep 25, 2020</time></div>"));
    }

    @Test
    void dateThePagesScriptsCarryIsReadWhenNothingElseDates() {
        assertEquals(LocalDate.of(2016, 11, 4), date("", "<h1>Gousto has changed my life</h1><div>"
                + "<script type=\"application/json\">{\"publishedDate\":\"2016-11-04T20:37:27Z\"}</script></div>"));
    }
}
