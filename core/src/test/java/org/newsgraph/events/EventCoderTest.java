package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.quotes.QuoteFinder;
import org.newsgraph.testing.TaggedText;
import org.newsgraph.testing.TestVocabulary;

class EventCoderTest {
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2021, 3, 3); // a Wednesday

    private final EntityResolver resolver = new EntityResolver(TestVocabulary.VOCABULARY);
    private final QuoteFinder quotes = new QuoteFinder(TestVocabulary.REPORTING);
    private final EventCoder coder = new EventCoder(TestVocabulary.EVENTS);

    private List<Event> events(TaggedText t) {
        DocumentEntities d = resolver.resolve(t.annotated());
        List<Quote> q = quotes.find(t.article(ARTICLE_DATE), t.annotated(), d);
        return coder.code(t.article(ARTICLE_DATE), t.annotated(), d, q);
    }

    private static String summary(Event e) {
        return e.actor().code() + " " + e.plover() + " " + e.recipient().code();
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Russia/NNP demanded/VBD/demand compensation/NN from/IN Ukraine/NNP ./.|RUS REQUEST UKR|10",
        "France/NNP urged/VBD/urge Germany/NNP to/TO act/VB/act ./.|FRA REQUEST DEU|020",
        "Iran/NNP accused/VBD/accuse Israel/NNP of/IN sabotage/NN ./.|IRN ACCUSE ISR|112",
        "Turkey/NNP condemned/VBD/condemn Sweden/NNP ./.|TUR ACCUSE SWE|111",
        "China/NNP rejected/VBD/reject Japan/NNP 's/POS proposal/NN ./.|CHN REJECT JPN|120",
        "Russia/NNP threatened/VBD/threaten Moldova/NNP ./.|RUS THREATEN MDA|130",
        "Lithuania/NNP expelled/VBD/expel Belarusian/JJ diplomats/NNS ./.|LTU SANCTION BLR|166",
        "India/NNP sent/VBD/send aid/NN to/TO Nepal/NNP ./.|IND AID NPL|070",
        "Armenia/NNP withdrew/VBD/withdraw troops/NNS/troop from/IN Georgia/NNP ./.|ARM RETREAT GEO|0871",
        "Poland/NNP mobilized/VBD/mobilize reserves/NNS against/IN Belarus/NNP ./.|POL MOBILIZE BLR|15",
        "Serbia/NNP eased/VBD/ease restrictions/NNS/restriction on/IN Kosovo/NNP ./.|SRB CONCEDE XKX|081",
        "Peru/NNP shared/VBD/share intelligence/NN with/IN Chile/NNP ./.|PER COOPERATE CHL|06",
        "Japan/NNP signed/VBD/sign an/DT agreement/NN with/IN India/NNP ./.|JPN SUPPORT IND|057",
        "Kenya/NNP pledged/VBD/pledge cooperation/NN with/IN Uganda/NNP ./.|KEN AGREE UGA|030",
        "Egypt/NNP hosted/VBD/host Sudan/NNP 's/POS delegation/NN ./.|EGY CONSULT SDN|043",
        "Greece/NNP protested/VBD/protest to/TO Turkey/NNP ./.|GRC PROTEST TUR|14",
        "Russia/NNP attacked/VBD/attack Ukraine/NNP ./.|RUS ASSAULT UKR|180",
        "the/DT United/NNP States/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Iran/NNP ./.|USA COERCE IRN|163",
    })
    void eachEventTypeFromOneSentence(String sentence, String expected, String cameo) {
        Event e = only(events(new TaggedText().sentence(sentence)));
        assertEquals(expected, summary(e));
        assertEquals(cameo, e.cameo());
    }

    @Test
    void titledPersonActsForHisGovernmentAndMeetingByVideoIsPhoneMode() {
        Event e = only(events(new TaggedText().sentence("President/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON of/IN Azerbaijan/NNP "
                + "received/VBD/receive in/IN a/DT video/NN format/NN General/NNP Nadeem/NNP/PERSON Raza/NNP/PERSON "
                + "of/IN Pakistan/NNP ./.")));
        assertEquals("AZEGOV CONSULT PAKMIL", summary(e));
        assertEquals("043", e.cameo());
        assertEquals("phone", e.mode());
        assertEquals(ARTICLE_DATE, e.date());
        assertEquals("received", e.evidence().text());
        assertEquals(1, e.quadClass());
    }

    @Test
    void passiveVoiceTakesTheActorFromTheByPhrase() {
        Event e = only(events(new TaggedText().sentence("Armenia/NNP was/VBD/be criticized/VBN/criticize by/IN France/NNP ./.")));
        assertEquals("FRA ACCUSE ARM", summary(e));
    }

    @Test
    void negatedRecognitionIsARejection() {
        Event e = only(events(new TaggedText().sentence(
                "Pakistan/NNP has/VBZ/have not/RB officially/RB recognized/VBN/recognize Armenia/NNP ./.")));
        assertEquals("PAK REJECT ARM", summary(e));
        assertEquals("16", e.cameo());
        assertFalse(e.negated(), "the rejection itself happened");
    }

    @Test
    void negatedActionIsFlagged() {
        Event e = only(events(new TaggedText().sentence("Russia/NNP did/VBD/do not/RB attack/VB/attack Ukraine/NNP ./.")));
        assertEquals("RUS ASSAULT UKR", summary(e));
        assertTrue(e.negated());
    }

    @Test
    void warWithAVictorOverAnEnemyIsAHistoricalAssault() {
        Event e = only(events(new TaggedText().sentence("The/DT war/NN lasted/VBD/last 44/CD days/NNS and/CC ended/VBD/end "
                + "with/IN the/DT victory/NN of/IN Azerbaijan/NNP over/IN Armenia/NNP ./.")));
        assertEquals("AZE ASSAULT ARM", summary(e));
        assertEquals("190", e.cameo());
        assertTrue(e.historical());
    }

    @Test
    void warWithoutAnEnemyInItsSentenceCodesNothing() {
        assertTrue(events(new TaggedText().sentence("Aliyev/NNP/PERSON thanked/VBD/thank Pakistan/NNP for/IN support/NN "
                + "during/IN Azerbaijan/NNP 's/POS Patriotic/JJ War/NNP ./.")).stream()
                .noneMatch(e -> e.plover().equals("ASSAULT")));
    }

    @Test
    void actorsComeFromTheEventsOwnSentenceOnly() {
        List<Event> es = events(new TaggedText()
                .sentence("Russia/NNP and/CC Ukraine/NNP met/VBD/meet in/IN Istanbul/NNP ./.")
                .sentence("Officials/NNS later/RB condemned/VBD/condemn the/DT strikes/NNS ./."));
        assertTrue(es.stream().noneMatch(e -> e.plover().equals("ACCUSE")), es.toString());
    }

    @Test
    void compoundRecipientAndDescriptionResolveToTheNamedLeader() {
        Event e = events(new TaggedText()
                .sentence("Azerbaijani/JJ President/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("General/NNP Nadeem/NNP/PERSON Raza/NNP/PERSON of/IN Pakistan/NNP congratulated/VBD/congratulate "
                        + "the/DT Azerbaijani/JJ president/NN and/CC people/NNS ./.")).get(0);
        assertEquals("PAKMIL SUPPORT AZEGOV", summary(e));
        assertEquals("the Azerbaijani president", e.recipient().mention().text());
    }

    @Test
    void weekdayDatesTheEventAgainstTheArticleDate() {
        Event e = only(events(new TaggedText().sentence("Russia/NNP attacked/VBD/attack Ukraine/NNP on/IN Monday/NNP ./.")));
        assertEquals(LocalDate.of(2021, 3, 1), e.date());
    }

    @Test
    void sentenceWithoutAnEventCodesNothing() {
        assertTrue(events(new TaggedText().sentence("The/DT weather/NN in/IN France/NNP was/VBD/be mild/JJ ./.")).isEmpty());
    }

    @Test
    void aSideIsNeverItsOwnRecipient() {
        assertTrue(events(new TaggedText().sentence("France/NNP praised/VBD/praise France/NNP ./.")).isEmpty());
    }
}
