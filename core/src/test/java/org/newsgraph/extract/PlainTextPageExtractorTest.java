package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/** Plain-text captures, read through the {@link ArticleExtractor} facade as the pipeline reads them. */
class PlainTextPageExtractorTest {
    private static final String FIRST = "The ministry said on Wednesday that the new rail line to the border will open next year.";
    private static final String SECOND = "Officials expect freight traffic on the route to double within five years of the opening.";
    private static final String THIRD = "Construction crews have already laid most of the track through the mountain valleys.";

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(clockAt("2021-06-01"));

    private static Clock clockAt(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    private static Article extract(String text) {
        return EXTRACTOR.extract(new RawDocument("capture.txt", text, RawDocument.Format.TEXT, null, null));
    }

    private static List<String> paragraphTexts(Article a) {
        return a.paragraphs().stream().map(s -> a.body().substring(s.start(), s.end())).toList();
    }

    @Test
    void captureWithTextSizeWidgetAndSiteLineGivesDateSourceAndParagraphs() {
        Article a = extract(" date 2021-03-03 + ↺ − 16 px\n\n" + FIRST + "\n\n" + SECOND + "\n\nCaspian Wire\n");

        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
        assertEquals("Caspian Wire", a.source());
        assertNull(a.title());
        assertNull(a.byline());
        assertEquals(List.of(FIRST, SECOND), paragraphTexts(a));
        assertEquals(FIRST + "\n\n" + SECOND, a.body());
        assertFalse(a.body().contains("px"));
        assertFalse(a.body().contains("↺"));
        assertFalse(a.body().contains("Caspian Wire"));
    }

    @Test
    void paragraphSpansIndexTheBodyExactlyAndAreJoinedByBlankLines() {
        Article a = extract(" date 2021-03-03 + ↺ − 16 px\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n\nCaspian Wire");

        List<Span> spans = a.paragraphs();
        assertEquals(3, spans.size());
        assertEquals(0, spans.get(0).start());
        assertEquals(a.body().length(), spans.get(2).end());
        for (int i = 1; i < spans.size(); i++) {
            assertEquals("\n\n", a.body().substring(spans.get(i - 1).end(), spans.get(i).start()));
        }
        assertEquals(List.of(FIRST, SECOND, THIRD), paragraphTexts(a));
    }

    @Test
    void domainLikeSiteLineIsTakenAsTheSource() {
        Article a = extract(" date 2021-03-03 + ↺ − 16 px\n\n" + FIRST + "\n\n" + SECOND + "\n\nNews.Az");

        assertEquals("News.Az", a.source());
        assertFalse(a.body().contains("News.Az"));
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void shortFirstBlockWithoutFinalPeriodIsTheTitle() {
        Article a = extract("Rail line to the border opens next year\n\n" + FIRST + "\n\n" + SECOND + "\n\nNews.Az");

        assertEquals("Rail line to the border opens next year", a.title());
        assertEquals(List.of(FIRST, SECOND), paragraphTexts(a));
        assertFalse(a.body().contains("Rail line to the border opens"));
    }

    @Test
    void firstBlockEndingInAPeriodIsBodyNotTitle() {
        Article a = extract("The line opens next year.\n\n" + FIRST + "\n\n" + SECOND);

        assertNull(a.title());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void byBlockGivesTheBylineWithoutItsPrefix() {
        Article a = extract("Rail line to the border opens next year\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + SECOND);

        assertEquals("Rail line to the border opens next year", a.title());
        assertEquals("Jane Doe", a.byline());
        assertEquals(List.of(FIRST, SECOND), paragraphTexts(a));
        assertFalse(a.body().contains("Jane Doe"));
    }

    @Test
    void leadingByBlockGivesTheBylineWithoutATitle() {
        Article a = extract("By Jane Doe\n\n" + FIRST + "\n\n" + SECOND);

        assertEquals("Jane Doe", a.byline());
        assertNull(a.title());
        assertEquals(List.of(FIRST, SECOND), paragraphTexts(a));
    }

    @Test
    void textWithoutBlankLinesIsReadOneParagraphPerLine() {
        Article a = extract(" date 2021-03-03 + ↺ − 16 px\n" + FIRST + "\n" + SECOND + "\n" + THIRD + "\nNews.Az\n");

        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
        assertEquals("News.Az", a.source());
        assertEquals(List.of(FIRST, SECOND, THIRD), paragraphTexts(a));
    }

    @Test
    void windowsLineEndingsAreReadLikeUnixOnes() {
        Article a = extract(" date 2021-03-03 + ↺ − 16 px\r\n\r\n" + FIRST + "\r\n\r\n" + SECOND + "\r\n\r\nCaspian Wire\r\n");

        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
        assertEquals("Caspian Wire", a.source());
        assertEquals(FIRST + "\n\n" + SECOND, a.body());
    }

    @Test
    void lineBreaksInsideAParagraphAreFoldedToSpaces() {
        Article a = extract("The ministry said on Wednesday\nthat the new rail line   will open.\n\n" + SECOND);

        assertEquals(List.of("The ministry said on Wednesday that the new rail line will open.", SECOND),
                paragraphTexts(a));
    }

    @Test
    void dateAfterTheClockIsRefused() {
        ArticleExtractor early = new ArticleExtractor(clockAt("2021-03-01"));
        Article a = early.extract(new RawDocument("capture.txt",
                " date 2021-03-03 + ↺ − 16 px\n\n" + FIRST + "\n\n" + SECOND, RawDocument.Format.TEXT, null, null));

        assertNull(a.publishedDate());
        assertEquals(FIRST + "\n\n" + SECOND, a.body());
    }

    @Test
    void dateOnTheClockDayIsAccepted() {
        ArticleExtractor sameDay = new ArticleExtractor(clockAt("2021-03-03"));
        Article a = sameDay.extract(new RawDocument("capture.txt",
                " date 2021-03-03 + ↺ − 16 px\n\n" + FIRST + "\n\n" + SECOND, RawDocument.Format.TEXT, null, null));

        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
    }

    @Test
    void dateGivenFromOutsideIsUsedWhenThePageHasNone() {
        Article a = EXTRACTOR.extract(new RawDocument("capture.txt", FIRST + "\n\n" + SECOND,
                RawDocument.Format.TEXT, "https://example.org/a", LocalDate.of(2020, 1, 2)));

        assertEquals(LocalDate.of(2020, 1, 2), a.publishedDate());
        assertEquals("https://example.org/a", a.url());
    }

    @Test
    void dateOnThePageWinsOverTheDateGivenFromOutside() {
        Article a = EXTRACTOR.extract(new RawDocument("capture.txt", " date 2021-03-03 + ↺ − 16 px\n\n" + FIRST,
                RawDocument.Format.TEXT, null, LocalDate.of(2020, 1, 2)));

        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
    }

    @Test
    void bareDateLineIsChromeAndGivesTheDate() {
        Article a = extract("Published: March 3, 2021\n\n" + FIRST + "\n\n" + SECOND);

        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
        assertEquals(FIRST + "\n\n" + SECOND, a.body());
    }

    @Test
    void singleParagraphIsNeverTakenForASourceLine() {
        Article a = extract("Caspian Wire");

        assertNull(a.source());
        assertEquals("Caspian Wire", a.body());
    }

    @Test
    void englishBodyIsLabelledEnglish() {
        Article a = extract(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);

        assertEquals("en", a.language());
    }

    @Test
    void headlineMentioningADateStaysTheTitle() {
        Article a = extract("Elections set for March 3, 2021\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + THIRD);

        assertEquals("Elections set for March 3, 2021", a.title());
        assertNull(a.publishedDate());
    }

    @Test
    void shortLeadSentenceStartingWithByIsNotAByline() {
        Article a = extract("By noon, police had closed the bridge.\n\n" + FIRST + "\n\n" + SECOND);

        assertNull(a.byline());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void paragraphsOnePerLineAfterAWidgetLineAreSeparateAndTheSiteLineIsTheSource() {
        Article a = extract(" date 2021-03-03 + ↺ − 16 px\n\n" + FIRST + "\n" + SECOND + "\nNews.Az\n");

        assertEquals("News.Az", a.source());
        assertEquals(List.of(FIRST, SECOND), paragraphTexts(a));
    }
}
