package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.quotes.QuoteFinder;
import org.newsgraph.testing.TaggedText;
import org.newsgraph.testing.TestVocabulary;

/** The coder's rules for modality, groups, clauses and compound sides, each on one hand-tagged sentence. */
class EventRulesTest {
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2021, 3, 3);

    private final EntityResolver resolver = new EntityResolver(TestVocabulary.VOCABULARY);
    private final QuoteFinder quotes = new QuoteFinder(TestVocabulary.REPORTING);
    private final EventCoder coder = new EventCoder(TestVocabulary.EVENTS);

    private List<Event> events(String tagged) {
        TaggedText t = new TaggedText().sentence(tagged);
        DocumentEntities d = resolver.resolve(t.annotated());
        List<Quote> q = quotes.find(t.article(ARTICLE_DATE), t.annotated(), d);
        return coder.code(t.article(ARTICLE_DATE), t.annotated(), d, q);
    }

    private static String summary(Event e) {
        return e.actor().code() + " " + e.plover() + " " + e.recipient().code() + " " + e.cameo();
    }

    private static String only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return summary(events.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a promised cooperative act is an intent to cooperate (CAMEO 03x, AGREE)
        "Finland/NNP will/MD give/VB Tanzania/NNP a/DT grant/NN ./.|FIN AGREE TZA 033",
        "Norway/NNP is/VBZ/be willing/JJ to/TO send/VB troops/NNS/troop to/TO Kuwait/NNP ./.|NOR AGREE KWT 033",
        // a stated hostile act is a threat (13x)
        "Iran/NNP would/MD attack/VB Iraq/NNP ./.|IRN THREATEN IRQ 138",
        // a promise made on a condition is a threat
        "Nigeria/NNP will/MD withdraw/VB/withdraw its/PRP$ peacekeeping/NN force/NN from/IN Chad/NNP unless/IN the/DT "
                + "fighting/NN stops/VBZ/stop ./.|NGA THREATEN TCD 131",
        // refusing a cooperative act in the future is a rejection
        "Iraq/NNP would/MD not/RB allow/VB/allow U.N./NNP inspectors/NNS/inspector ./.|IRQ REJECT IGO 12",
        // what someone says another must do is a demand of the speaker on the other, and not the act itself
        "Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT helicopter/NN ./.|RUS REQUEST SDN 10",
        "Britain/NNP said/VBD/say Sudan/NNP must/MD reach/VB/reach an/DT agreement/NN/agreement ./.|GBR REQUEST SDN 10",
        // a group named by a sector noun with a country acts for that country, with the sector
        "Israeli/JJ soldiers/NNS/soldier arrested/VBD/arrest Palestinians/NNPS ./.|ISRMIL COERCE PSECVL 173",
        "Rebels/NNS/rebel in/IN Sudan/NNP attacked/VBD/attack Chad/NNP ./.|SDNREB ASSAULT TCD 180",
        // a people living in another country belong to it
        "Ethnic/JJ Albanians/NNPS demonstrated/VBD/demonstrate in/IN Serbia/NNP ./.|SRBCVL PROTEST SRB 141",
        // a pronoun right after a reporting verb is the speaker
        "Iraq/NNP said/VBD/say it/PRP would/MD allow/VB/allow U.N./NNP inspectors/NNS/inspector to/TO return/VB ./."
                + "|IRQ AGREE IGO 035",
        // the passive's actor is the by-phrase, its subject the recipient even inside a preposition
        "A/DT camp/NN for/IN Congolese/JJ refugees/NNS/refugee was/VBD/be attacked/VBN/attack by/IN Burundian/JJ "
                + "militiamen/NNS/militiaman ./.|BDIMIL ASSAULT CODREF 180",
        // a noun's doer is the subject of the verb that carries it
        "Italy/NNP announced/VBD/announce a/DT suspension/NN of/IN flights/NNS with/IN Serbia/NNP ./.|ITA SANCTION SRB 160",
        // a government's coercion may target its own territory
        "President/NNP Omar/NNP/PERSON Bashir/NNP/PERSON of/IN Sudan/NNP declared/VBD/declare a/DT state/NN of/IN "
                + "emergency/NN in/IN Sudan/NNP ./.|SDNGOV COERCE SDN 172",
    })
    void ruleGivesTheEvent(String sentence, String expected) {
        assertEquals(expected, only(events(sentence)));
    }

    @Test
    void laterAnchorsOfTheSentenceAreTheFirstEventsContent() {
        assertEquals("YEM REJECT USA 120", only(events(
                "Yemen/NNP rejected/VBD/reject a/DT U.S./NNP proposal/NN to/TO attack/VB/attack Iraq/NNP ./.")));
    }

    @Test
    void aVerbJoinedByAndIsASecondActOfTheSameSubject() {
        List<Event> es = events("Syria/NNP attacked/VBD/attack Lebanon/NNP and/CC shelled/VBD/shell Israel/NNP ./.");
        assertEquals(List.of("SYR ASSAULT LBN 180", "SYR ASSAULT ISR 190"), es.stream().map(EventRulesTest::summary).toList());
    }

    @Test
    void theTrailingAttributionReportsTheEventAndTakesNoPart() {
        assertEquals("TUR AGREE GRC 030", only(events(
                "Turkey/NNP and/CC Greece/NNP agreed/VBD/agree ,/, a/DT U.N./NNP official/NN said/VBD/say ./.")));
        assertTrue(events("Serbia/NNP rejected/VBD/reject the/DT plan/NN ,/, a/DT U.N./NNP official/NN said/VBD/say ./.")
                .isEmpty());
    }

    @Test
    void aConditionalClauseReportsNoAct() {
        assertTrue(events("If/IN Russia/NNP attacked/VBD/attack Ukraine/NNP ,/, prices/NNS would/MD rise/VB ./.").isEmpty());
    }

    @Test
    void aCompoundRecipientIsListedBehindItsFirstActor() {
        Event e = events("Russia/NNP condemned/VBD/condemn Iran/NNP ,/, Libya/NNP and/CC Sudan/NNP ./.").get(0);
        assertEquals("RUS ACCUSE IRN 111", summary(e));
        assertEquals(List.of("IRN", "LBY", "SDN"), e.recipients().stream().map(Actor::code).toList());
        assertNull(e.actors());
    }

    @Test
    void aCompoundActorIsLedByItsFirstNamedActor() {
        Event e = only1(events("The/DT United/NNP States/NNP and/CC Britain/NNP condemned/VBD/condemn Iran/NNP ./."));
        assertEquals("USA ACCUSE IRN 111", summary(e));
        assertEquals(List.of("USA", "GBR"), e.actors().stream().map(Actor::code).toList());
    }

    @Test
    void partiesOfAJointActActOnEachOtherInTextOrderAndAreNotListedAgain() {
        Event e = only1(events("Jordan/NNP and/CC Egypt/NNP signed/VBD/sign an/DT agreement/NN ./."));
        assertEquals("JOR SUPPORT EGY 057", summary(e));
        assertNull(e.actors());
        assertNull(e.recipients());
    }

    @Test
    void aParticipleThatDescribesANounAnchorsNothing() {
        assertEquals("ISR REJECT JOR 120", only(events(
                "Israel/NNP refused/VBD/refuse Jordan/NNP 's/POS proposed/VBN/propose visiting/VBG/visit delegation/NN ./.")));
    }

    private static Event only1(List<Event> es) {
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }
}
