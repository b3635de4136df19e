package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.testing.TaggedText;

/**
 * How a quote's speaker is found when the cue does not name them outright: pronoun chains,
 * participles, descriptions, shared surnames, datelines and owners. Hand-written passages in the
 * shape of the news sentences that went wrong before; no models are loaded.
 */
class SpeakerResolutionTest {
    private static List<Quote> quotes(TaggedText t) {
        return QuotesOf.find(t);
    }

    /** The speaker's name of the quote whose words hold {@code part}, or null when it has none. */
    private static String speakerOfQuoteWith(List<Quote> qs, String part) {
        return QuotesOf.speakerName(QuotesOf.holding(qs, part));
    }

    private static String speakerOf(List<Quote> qs, String startsWith) {
        return QuotesOf.speakerName(QuotesOf.starting(qs, startsWith));
    }

    private static final String RYAN = "Paul/NNP/PERSON Ryan/NNP/PERSON ";
    private static final String TRUMP = "Donald/NNP/PERSON Trump/NNP/PERSON ";

    @Test
    void pronounFollowsAnEarlierPronounNotANameInItsClause() {
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "met/VBD/meet donors/NNS ./.").paragraph()
                .sentence("He/PRP said/VBD/say that/IN " + TRUMP + "needs/VBZ/need more/JJR work/NN ./.").paragraph()
                .sentence("“/`` We/PRP want/VBP/want a/DT standard-bearer/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Paul Ryan", speakerOf(qs, "We want"));
    }

    @Test
    void pronounSkipsAPersonNamedOnlyAsAnObject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Chris/NNP/PERSON Murphy/NNP/PERSON spoke/VBD/speak for/IN hours/NNS ./.")
                .paragraph()
                .sentence("The/DT push/NN won/VBD/win one/CD victory/NN :/: forcing/VBG/force Bernie/NNP/PERSON "
                        + "Sanders/NNP/PERSON to/TO reverse/VB/reverse course/NN ./.")
                .sentence("“/`` The/DT primary/NN moved/VBD/move him/PRP ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Chris Murphy", speakerOf(qs, "The primary"));
    }

    @Test
    void participleAfterAReportingVerbKeepsThatVerbsSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "and/CC " + TRUMP + "will/MD meet/VB/meet soon/RB ,/, "
                + "Sean/NNP/PERSON Spicer/NNP/PERSON said/VBD/say ,/, adding/VBG/add ,/, “/`` They/PRP need/VBP/need "
                + "to/TO talk/VB/talk ./. ”/''"));
        assertEquals("Sean Spicer", speakerOf(qs, "They need"));
    }

    @Test
    void theTellerNotTheListenerSpeaksAfterATimeWord() {
        List<Quote> qs = quotes(new TaggedText().sentence("Reince/NNP/PERSON Priebus/NNP/PERSON later/RB Thursday/NNP "
                + "told/VBD/tell Fox/NNP/ORGANIZATION News/NNP/ORGANIZATION :/: “/`` Both/DT men/NNS will/MD meet/VB/meet ./. ”/''"));
        assertEquals("Reince Priebus", speakerOf(qs, "Both men"));
    }

    @Test
    void aCircumstanceWithACityAndStateIsNotTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON ,/, during/IN a/DT "
                + "meeting/NN in/IN Columbus/NNP/LOCATION ,/, Ohio/NNP/LOCATION ,/, said/VBD/say she/PRP was/VBD/be "
                + "“/`` going/VBG/go to/TO win/VB/win ,/, ”/'' while/IN explaining/VBG/explain her/PRP$ plan/NN ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "she was"));
    }

    @Test
    void aDatelineIsNotASubjectAndAnOwnerIsNotTheSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("WASHINGTON/NNP/LOCATION ,/, Dec./NNP 8/CD (/-LRB- UPI/NNP/ORGANIZATION "
                + ")/-RRB- —/: Hillary/NNP/PERSON Clinton/NNP/PERSON 's/POS right-hand/JJ woman/NN rallied/VBD/rally "
                + "supporters/NNS ,/, saying/VBG/say :/: “/`` We/PRP must/MD stop/VB/stop him/PRP ./. ”/''"));
        assertNull(speakerOf(qs, "We must"));
    }

    @Test
    void definiteDescriptionFollowsThePersonTheStoryIsAbout() {
        List<Quote> qs = quotes(new TaggedText().sentence("Douglas/NNP/PERSON Schoen/NNP/PERSON told/VBD/tell "
                + "host/NN Sean/NNP/PERSON Hannity/NNP/PERSON a/DT loss/NN is/VBZ/be likely/JJ ./.")
                .sentence("The/DT former/JJ pollster/NN said/VBD/say ,/, “/`` She/PRP is/VBZ/be behind/IN ./. ”/''"));
        assertEquals("Douglas Schoen", speakerOf(qs, "She is"));
    }

    @Test
    void descriptionWithAnOrganisationModifierIsStillAPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("It/PRP was/VBD/be " + TRUMP + "who/WP led/VBD/lead ./.")
                .sentence("On/IN television/NN ,/, the/DT GOP/NNP/ORGANIZATION front-runner/NN said/VBD/say "
                        + "she/PRP “/`` caused/VBD/cause death/NN ./. ”/''"));
        assertEquals("Donald Trump", speakerOf(qs, "she"));
    }

    @Test
    void aSurnameGoesToThePersonTheStoryFollowsNotTheLastOneNamed() {
        String murphy = "Chris/NNP/PERSON Murphy/NNP/PERSON ";
        List<Quote> qs = quotes(new TaggedText().sentence("Senator/NNP " + murphy + "spoke/VBD/speak ./.")
                .sentence("Murphy/NNP/PERSON spoke/VBD/speak again/RB ./.")
                .sentence("He/PRP honoured/VBD/honour Anne/NNP/PERSON Marie/NNP/PERSON Murphy/NNP/PERSON ,/, a/DT "
                        + "teacher/NN ./.").paragraph()
                .sentence("“/`` It/PRP takes/VBZ/take courage/NN ,/, ”/'' Murphy/NNP/PERSON said/VBD/say ./."));
        assertEquals("Chris Murphy", speakerOf(qs, "It takes"));
    }

    @Test
    void surnameParticlesMatchWhateverTheirCase() {
        List<Quote> qs = quotes(new TaggedText().sentence("Mayor/NNP Bill/NNP/PERSON de/NNP/PERSON Blasio/NNP/PERSON "
                + "spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` Who/WP do/VBP/do you/PRP trust/VB/trust ?/. ”/'' De/NNP/PERSON Blasio/NNP/PERSON "
                        + "said/VBD/say ./."));
        assertEquals("Bill de Blasio", speakerOf(qs, "Who do"));
    }

    @Test
    void aHeadlineDoesNotNameThePerson() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Ben/NNP/PERSON Carson/NNP/PERSON Slams/NNP/PERSON Hillary/NNP/PERSON Over/IN Benghazi/NNP/LOCATION")
                .paragraph()
                .sentence("Ben/NNP/PERSON Carson/NNP/PERSON spoke/VBD/speak on/IN Sunday/NNP ./.").paragraph()
                .sentence("“/`` I/PRP have/VBP/have no/DT problem/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Ben Carson", speakerOf(qs, "I have"));
    }

    @Test
    void anInterviewerPressingIsACue() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` Would/MD it/PRP be/VB/be negotiable/JJ ?/. ”/'' Sean/NNP/PERSON Hannity/NNP/PERSON "
                        + "pressed/VBD/press ./."));
        assertEquals("Sean Hannity", speakerOf(qs, "Would it"));
    }

    @Test
    void aNameBeforeTwoAppositivesIsTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Mark/NNP/PERSON Holden/NNP/PERSON ,/, chairman/NN of/IN "
                + "Freedom/NNP/ORGANIZATION Partners/NNP/ORGANIZATION ,/, the/DT network/NN 's/POS funding/NN arm/NN ,/, "
                + "said/VBD/say it/PRP would/MD wait/VB/wait until/IN “/`` a/DT candidate/NN emerged/VBD/emerge ./. ”/''"));
        Quote q = qs.get(0);
        assertEquals("Mark Holden", q.speaker().name());
        assertEquals("Mark Holden, chairman of Freedom Partners, the network's funding arm,", q.source().text());
    }

    @Test
    void aStateBeforeATitledNameBelongsToTheName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Vermont/NNP/LOCATION Sen./NNP Bernie/NNP/PERSON Sanders/NNP/PERSON "
                + "sent/VBD/send a/DT call/NN ,/, asking/VBG/ask supporters/NNS to/TO “/`` donate/VB/donate now/RB ./. ”/''"));
        Quote q = qs.get(0);
        assertEquals("Bernie Sanders", q.speaker().name());
        assertEquals("Vermont Sen. Bernie Sanders", q.source().text());
    }

    @Test
    void aSurnameTheTaggerMissedStillFindsThePerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("Steven/NNP/PERSON Law/NNP/PERSON leads/VBZ/lead the/DT group/NN ./.")
                .paragraph()
                .sentence("“/`` There/EX is/VBZ/be urgency/NN ,/, ”/'' Law/NNP said/VBD/say ./."));
        assertEquals("Steven Law", speakerOf(qs, "There is"));
    }

    @Test
    void aPapersShortNameIsThePaper() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT Wall/NNP/ORGANIZATION Street/NNP/ORGANIZATION "
                + "Journal/NNP/ORGANIZATION defended/VBD/defend Nikki/NNP/PERSON Haley/NNP/PERSON ./.").paragraph()
                .sentence("“/`` She/PRP is/VBZ/be articulate/JJ ,/, ”/'' The/DT Journal/NNP/ORGANIZATION "
                        + "wrote/VBD/write ./."));
        assertEquals("Wall Street Journal", speakerOf(qs, "She is"));
    }

    @Test
    void aParticipialCircumstanceDoesNotHideTheSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bill/NNP/PERSON de/NNP/PERSON Blasio/NNP/PERSON ,/, "
                + "speaking/VBG/speak on/IN radio/NN ,/, called/VBD/call Trump/NNP/PERSON a/DT “/`` blowhard/NN ,/, ”/'' "
                + "and/CC left/VBD/leave ./."));
        assertEquals("Bill de Blasio", speakerOf(qs, "Trump a"));
    }

    @Test
    void aPhraseAfterAnInfinitiveBelongsToTheVerbWithASubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON promised/VBD/promise "
                + "Sunday/NNP to/TO end/VB/end “/`` the/DT excessively/RB wasteful/JJ deportation/NN regime/NN ./. ”/''"));
        assertEquals("Bernie Sanders", speakerOf(qs, "Sunday to end"));
    }

    @Test
    void wordsInCapitalsWithACueAreAShoutNotATitle() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "won/VBD/win ./.").paragraph()
                .sentence("“/`` GROWING/VBG PARTY/NN ,/, ”/'' he/PRP declared/VBD/declare ./."));
        assertEquals("Donald Trump", speakerOf(qs, "GROWING PARTY"));
    }

    @Test
    void aWellKnownSurnameAloneIsExpandedToTheFullName() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP will/MD meet/VB/meet ,/, ”/'' Priebus/NNP/PERSON "
                + "told/VBD/tell reporters/NNS ./.")
                .sentence("“/`` Would/MD it/PRP work/VB/work ?/. ”/'' Hannity/NNP pressed/VBD/press ./."));
        assertEquals("Reince Priebus", speakerOf(qs, "We will meet"));
        assertEquals("Sean Hannity", speakerOf(qs, "Would it"), "a surname the tagger missed is expanded too");
    }

    @Test
    void aCommonSurnameIsNotExpandedWithoutAFittingTitle() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP will/MD meet/VB/meet ,/, ”/'' Johnson/NNP/PERSON "
                + "said/VBD/say ./."));
        assertEquals("Johnson", speakerOf(qs, "We will meet"));
    }

    @Test
    void aBareSurnameMeansTheFigureNotTheirRelativeNamedLongBefore() {
        TaggedText t = new TaggedText().sentence("Melania/NNP/PERSON Trump/NNP/PERSON spoke/VBD/speak ./.").paragraph();
        for (int i = 0; i < 12; i++) {
            t.sentence("The/DT crowd/NN cheered/VBD/cheer loudly/RB for/IN a/DT while/NN ./.");
        }
        List<Quote> qs = quotes(t.paragraph().sentence("“/`` It/PRP was/VBD/be great/JJ ,/, ”/'' Trump/NNP/PERSON said/VBD/say ./."));
        assertEquals("Donald Trump", speakerOf(qs, "It was great"));
    }

    @Test
    void aBareSurnameLongAfterTheOnlyBearerKnownInTheirOwnRightIsThatBearer() {
        TaggedText t = new TaggedText().sentence("Jeb/NNP/PERSON Bush/NNP/PERSON spoke/VBD/speak ./.").paragraph();
        for (int i = 0; i < 12; i++) {
            t.sentence("The/DT crowd/NN cheered/VBD/cheer loudly/RB for/IN a/DT while/NN ./.");
        }
        List<Quote> qs = quotes(t.paragraph().sentence("“/`` It/PRP was/VBD/be great/JJ ,/, ”/'' Bush/NNP/PERSON said/VBD/say ./."));
        assertEquals("Jeb Bush", speakerOf(qs, "It was great"));
    }

    @Test
    void aBareSurnameRightAfterARelativesFullNameIsThatRelative() {
        List<Quote> qs = quotes(new TaggedText().sentence("Then/RB Eric/NNP/PERSON Trump/NNP/PERSON called/VBD/call ./.")
                .paragraph()
                .sentence("“/`` My/PRP$ father/NN gave/VBD/give millions/NNS ,/, ”/'' Trump/NNP/PERSON said/VBD/say ./."));
        assertEquals("Eric Trump", speakerOf(qs, "My father"));
    }

    @Test
    void aRoleTheArticleNeverGivesStillFindsTheKnownPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("Marco/NNP/PERSON Rubio/NNP/PERSON campaigned/VBD/campaign ./.")
                .paragraph()
                .sentence("Rubio/NNP/PERSON visited/VBD/visit volunteers/NNS ./.")
                .sentence(TRUMP + "mocked/VBD/mock him/PRP ./.")
                .sentence("“/`` We/PRP are/VBP/be closing/VBG/close strong/RB ,/, ”/'' the/DT senator/NN said/VBD/say ./."));
        assertEquals("Marco Rubio", speakerOf(qs, "We are closing"));
    }

    @Test
    void aNameModifyingANounIsNotTheSubjectAPronounFollows() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("Clinton/NNP/PERSON spokeswoman/NN Jennifer/NNP/PERSON Palmieri/NNP/PERSON "
                        + "criticized/VBD/criticize him/PRP ./.")
                .sentence("“/`` Nice/JJ try/NN ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Jennifer Palmieri", speakerOf(qs, "Nice try"));
    }

    @Test
    void aPronounFollowsASurnameResolvedWithoutATag() {
        List<Quote> qs = quotes(new TaggedText().sentence("Steven/NNP/PERSON Law/NNP/PERSON leads/VBZ/lead the/DT group/NN ./.")
                .sentence("Patrick/NNP/PERSON Toomey/NNP/PERSON won/VBD/win ./.").paragraph()
                .sentence("Donors/NNS want/VBP/want more/JJR ,/, Law/NNP said/VBD/say ./.").paragraph()
                .sentence("“/`` It/PRP is/VBZ/be a/DT flight/NN to/TO quality/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Steven Law", speakerOf(qs, "It is a flight"));
    }

    @Test
    void aParticipleAfterAnObjectTakesTheSentencesSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Sen./NNP Susan/NNP/PERSON Collins/NNP/PERSON wrote/VBD/write "
                + "an/DT op-ed/NN in/IN The/DT Washington/NNP/ORGANIZATION Post/NNP/ORGANIZATION hammering/VBG/hammer "
                + "his/PRP$ “/`` unsuitability/NN for/IN office/NN ./. ”/''"));
        assertEquals("Susan Collins", speakerOf(qs, "his"));
    }

    @Test
    void aWellKnownSurnameTheTaggerLeftOutIsStillAPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("Sanders/NNP promised/VBD/promise reform/NN ./.")
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Bernie Sanders", speakerOf(qs, "We will win"));
    }

    @Test
    void aTitleChoosesAmongFiguresWithTheSameSurname() {
        List<Quote> qs = quotes(new TaggedText().sentence("Former/JJ Florida/NNP/LOCATION governor/NN Bush/NNP/PERSON "
                + "said/VBD/say the/DT orders/NNS were/VBD/be “/`` quite/RB dangerous/JJ ./. ”/''"));
        assertEquals("Jeb Bush", speakerOf(qs, "the orders"));
    }

    @Test
    void aNounOfSayingAttributesTheClauseAfterThat() {
        List<Quote> qs = quotes(new TaggedText().sentence("Politifact/NN seized/VBD/seize on/IN Donald/NNP/PERSON "
                + "Trump/NNP/PERSON 's/POS claim/NN that/IN there/EX were/VBD/be “/`` thousands/NNS of/IN shootings/NNS "
                + "”/'' in/IN Chicago/NNP/LOCATION ./."));
        Quote q = qs.get(0);
        assertEquals("Donald Trump", q.speaker().name());
        assertEquals("claim", q.cue().text());
    }

    @Test
    void aNounOfSayingReachesItsThatAcrossAPhraseOfTimeOrPlace() {
        // The named subject of "contradicts" does not say the words: the owner of the claim does.
        List<Quote> qs = quotes(new TaggedText().sentence("Prince/NNP Andrew/NNP/PERSON gave/VBD/give an/DT interview/NN ./.")
                .paragraph()
                .sentence("A/DT photo/NN of/IN Jeffrey/NNP/PERSON Epstein/NNP/PERSON contradicts/VBZ/contradict his/PRP$ "
                        + "claim/NN in/IN the/DT same/JJ interview/NN that/IN the/DT pair/NN were/VBD/be “/`` not/RB close/JJ "
                        + "”/'' ./."));
        Quote q = QuotesOf.holding(qs, "not close");
        assertEquals("Prince Andrew", q.speaker().name());
        assertEquals("claim", q.cue().text());
    }

    @Test
    void aDescriptionSubjectOutranksANameInAPhraseWithItsOwner() {
        // "with HuffPost Live's Alyona Minkovski" is a phrase; "the actor" is the subject, and the
        // story's figure named before; "he" goes on with him
        List<Quote> qs = quotes(new TaggedText().sentence("John/NNP/PERSON Leguizamo/NNP/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("In/IN a/DT talk/NN with/IN HuffPost/NNP/ORGANIZATION Live/NNP/ORGANIZATION 's/POS "
                        + "Alyona/NNP/PERSON Minkovski/NNP/PERSON about/IN his/PRP$ project/NN ,/, the/DT actor/NN "
                        + "discussed/VBD/discuss history/NN ./.")
                .sentence("“/`` Just/RB imagine/VB/imagine it/PRP ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("John Leguizamo", speakerOfQuoteWith(qs, "Just imagine"));
    }

    @Test
    void aBareClauseAfterTheMediumOfTheWordsIsWhatWasSaid() {
        // "the case shows that ..." is what Kennedy said, not a report by "the release the case"
        List<Quote> qs = quotes(new TaggedText().sentence("Attorney/NNP James/NNP/PERSON Kennedy/NNP/PERSON said/VBD/say "
                + "in/IN the/DT release/NN the/DT case/NN shows/VBZ/show that/IN free/JJ speech/NN does/VBZ/do not/RB "
                + "protect/VB/protect people/NNS who/WP “/`` make/VBP/make threats/NNS ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "make threats");
        assertEquals("James Kennedy", q.speaker().name());
        assertEquals("said", q.cue().text());
        assertTrue(q.text().startsWith("the case shows"), q.text());
    }

    @Test
    void aTimeAfterTheMediumIsNoPartOfWhatWasSaid() {
        List<Quote> qs = quotes(new TaggedText().sentence("John/NNP/PERSON Smith/NNP/PERSON said/VBD/say in/IN a/DT "
                + "statement/NN Monday/NNP the/DT company/NN would/MD cut/VB/cut “/`` 500/CD jobs/NNS ”/'' ./."));
        Quote q = QuotesOf.holding(qs, "500 jobs");
        assertEquals("John Smith", q.speaker().name());
        assertTrue(q.text().startsWith("the company"), q.text());
    }

    @Test
    void aPluralOwnersApostropheReadAsAClosingMarkEndsNoClause() {
        // CoreNLP tags the curly apostrophe of "Americans’" as a closing quotation mark
        List<Quote> qs = quotes(new TaggedText().sentence("Carly/NNP/PERSON Fiorina/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("She/PRP applauded/VBD/applaud him/PRP for/IN defying/VBG/defy the/DT establishment/NN and/CC "
                        + "fighting/NN for/IN Americans/NNPS ’/'' liberties/NNS “/`` over/RB and/CC over/RB again/RB ./. ”/''"));
        assertEquals("Carly Fiorina", speakerOfQuoteWith(qs, "over and over"));
    }

    @Test
    void aWhoOpenedBySpacedHyphensSpeaksInsideItsAsideAndTheNameAfterIt() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "-/: who/WP previously/RB said/VBD/say he/PRP "
                + "would/MD “/`` bomb/VB/bomb ”/'' oil/NN fields/NNS -/: said/VBD/say at/IN a/DT rally/NN that/IN "
                + "the/DT country/NN should/MD close/VB/close “/`` its/PRP$ borders/NNS ”/'' ./."));
        Quote aside = QuotesOf.holding(qs, "bomb");
        assertEquals("Donald Trump", aside.speaker().name());
        assertTrue(!aside.text().contains("rally"), "the aside ends at its dash: " + aside.text());
        assertEquals("Donald Trump", speakerOfQuoteWith(qs, "its borders"));
    }

    @Test
    void whoAfterAPlaceOfAPersonIsThatPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT inquiry/NN gave/VBD/give fodder/NN to/TO Sen./NNP "
                + "Marco/NNP/PERSON Rubio/NNP/PERSON of/IN Florida/NNP/LOCATION ,/, who/WP mused/VBD/muse that/IN "
                + "Clinton/NNP/PERSON was/VBD/be “/`` disqualified/JJ ”/'' ./."));
        assertEquals("Marco Rubio", speakerOfQuoteWith(qs, "disqualified"));
    }

    @Test
    void aPhraseInAClaimsThatClauseIsTheClaimOwnersNotTheClauseSubjects() {
        List<Quote> qs = quotes(new TaggedText().sentence("Barack/NNP/PERSON Obama/NNP/PERSON left/VBD/leave London/NNP/LOCATION ./.")
                .sentence("He/PRP faces/VBZ/face a/DT backlash/NN over/IN his/PRP$ warning/NN that/IN Britain/NNP/LOCATION "
                        + "would/MD go/VB/go to/IN the/DT “/`` back/NN of/IN the/DT queue/NN ”/'' ./."));
        assertEquals("Barack Obama", speakerOfQuoteWith(qs, "back of the queue"), "the warning's owner, not Britain");
    }

    @Test
    void whoObtainedADocumentDoesNotSpeakForIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("A/DT letter/NN from/IN the/DT American/NNP/ORGANIZATION "
                + "Legion/NNP/ORGANIZATION obtained/VBN/obtain by/IN The/DT Associated/NNP/ORGANIZATION Press/NNP/ORGANIZATION "
                + "warns/VBZ/warn that/IN “/`` further/JJ communication/NN will/MD be/VB/be through/IN our/PRP$ "
                + "attorney/NN ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "further communication");
        assertEquals("American Legion", q.speaker().name(), "the letter's writer, not the agency that obtained it");
        assertEquals("A letter from the American Legion", q.source().text());
    }

    @Test
    void aThatWithNoSubjectAfterAClaimNounsPhraseIsTheNearerNounsRelative() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "'s/POS remarks/NNS about/IN the/DT bill/NN that/WDT "
                + "would/MD “/`` gut/VB/gut Medicare/NNP ”/'' drew/VBD/draw fire/NN ./."));
        assertTrue(qs.stream().noneMatch(q -> q.cue() != null && q.cue().text().equals("remarks")), qs.toString());
    }

    @Test
    void aDescriptionOpeningTheSentenceGovernsAPhraseAfterAnAdverbAndInfinitive() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak in/IN Virginia/NNP/LOCATION ./.")
                .sentence("The/DT Republican/JJ nominee/NN also/RB vowed/VBD/vow to/TO harshly/RB punish/VB/punish "
                        + "“/`` those/DT who/WP leak/VBP/leak ./. ”/''"));
        assertEquals("Donald Trump", speakerOf(qs, "to harshly punish"));
    }

    @Test
    void footageOfSomeoneSayingIsTheirs() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT ad/NN uses/VBZ/use footage/NN of/IN Hillary/NNP/PERSON "
                + "Clinton/NNP/PERSON asking/VBG/ask ,/, “/`` Why/WRB am/VBP/be I/PRP not/RB ahead/RB ?/. ”/''"));
        Quote q = qs.get(0);
        assertEquals("Hillary Clinton", q.speaker().name());
        assertEquals("Hillary Clinton", q.source().text());
    }

    @Test
    void aParticipleAfterAQuotationsCommaKeepsTheSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD/speak ./.")
                .paragraph()
                .sentence("She/PRP stated/VBD/state ,/, “/`` Libya/NNP/LOCATION would/MD be/VB/be Syria/NNP/LOCATION ,/, ”/'' "
                        + "adding/VBG/add ,/, “/`` I/PRP think/VBP/think many/JJ were/VBD/be killed/VBN/kill there/RB ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "I think");
        assertEquals("Hillary Clinton", q.speaker().name());
        assertEquals("adding", q.cue().text());
    }

    @Test
    void anUncuedPartBeforeAnAsideJoinsTheCuedPartAfterIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Douglas/NNP/PERSON Schoen/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` I/PRP doubt/VBP/doubt the/DT wisdom/NN ”/'' --/: that/IN Bloomberg/NNP/PERSON is/VBZ/be "
                        + "a/DT liberal/NN --/: “/`` will/MD last/VB/last ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(2, qs.get(0).spans().size());
        assertEquals("Douglas Schoen", qs.get(0).speaker().name());
    }

    @Test
    void aNationalityThatIsAPersonsSurnameIsThePerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("Mark/NNP/PERSON Cuban/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` He/PRP is/VBZ/be a/DT bully/NN ,/, ”/'' Cuban/JJ/MISC said/VBD/say ./."));
        assertEquals("Mark Cuban", speakerOf(qs, "He is a bully"));
    }

    @Test
    void theOneAskedAnswers() {
        List<Quote> qs = quotes(new TaggedText().sentence("Scott/NNP/PERSON Conroy/NNP/PERSON asked/VBD/ask Bernie/NNP/PERSON "
                + "Sanders/NNP/PERSON whether/IN age/NN mattered/VBD/matter ./.").paragraph()
                .sentence("“/`` Sure/JJ it/PRP does/VBZ/do ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Bernie Sanders", speakerOf(qs, "Sure it does"));
    }

    @Test
    void anOwnerOfWordsSpeaksButAnOwnerOfAPersonDoesNot() {
        List<Quote> qs = quotes(new TaggedText().sentence("Patricia/NNP/PERSON Farley/NNP/PERSON met/VBD/meet her/PRP ./.")
                .paragraph()
                .sentence("She/PRP wanted/VBD/want to/TO run/VB/run ,/, according/VBG/accord to/TO Farley/NNP/PERSON 's/POS "
                        + "account/NN ./."));
        assertEquals("Patricia Farley", speakerOf(qs, "She wanted"));
    }

    @Test
    void aPhraseInAThatClauseBelongsToTheReportingVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("Chuck/NNP/PERSON Todd/NNP/PERSON pressed/VBD/press Priebus/NNP/PERSON ,/, "
                + "insisting/VBG/insist that/IN " + TRUMP + "should/MD release/VB/release them/PRP to/TO hold/VB/hold "
                + "the/DT “/`` higher/JJR ground/NN ./. ”/''"));
        assertEquals("Chuck Todd", qs.get(0).speaker().name());
    }

    @Test
    void aPersonAfterATitleInsideATaggedOrganisationIsThePerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` It/PRP is/VBZ/be honest/JJ ,/, ”/'' said/VBD/say "
                + "United/NNP/ORGANIZATION Steelworkers/NNP/ORGANIZATION Director/NNP/ORGANIZATION Tim/NNP/ORGANIZATION "
                + "Waters/NNP/ORGANIZATION ./."));
        assertEquals("Tim Waters", speakerOf(qs, "It is honest"));
    }

    @Test
    void aNameBeforeAnAppositiveMissingItsClosingCommaSpeaks() {
        List<Quote> qs = quotes(new TaggedText().sentence("Anthony/NNP/PERSON Anton/NNP/PERSON ,/, president/NN of/IN "
                + "the/DT Restaurant/NNP/ORGANIZATION Association/NNP/ORGANIZATION stated/VBD/state ,/, “/`` It/PRP is/VBZ/be "
                + "a/DT math/NN problem/NN ./. ”/''"));
        assertEquals("Anthony Anton", speakerOf(qs, "It is a math"));
    }

    @Test
    void aRelativeWhoTakesItsAntecedentAndANationalityMustAgree() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "heard/VBD/hear a/DT lecture/NN from/IN the/DT "
                + "Mexican/JJ president/NN ,/, who/WP said/VBD/say that/IN trade/NN has/VBZ/have been/VBN/be good/JJ "
                + "for/IN “/`` both/DT countries/NNS ./. ”/''"));
        Quote q = qs.get(0);
        assertEquals("the Mexican president", q.source().text());
        assertEquals("Mexico", q.speaker().name(), "not the American subject of the sentence");
    }

    @Test
    void aCountryInTheAppositiveAfterATitleOfPhraseDoesNotSpeak() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` Thanks/NNS for/IN coming/VBG/come ,/, ”/'' said/VBD/say "
                + "master/NN of/IN ceremonies/NNS Asab/NNP/PERSON Tabchi/NNP/PERSON ,/, a/DT Syrian/JJ/MISC "
                + "engineer/NN ./."));
        assertEquals("Asab Tabchi", speakerOf(qs, "Thanks for"), "the named master of ceremonies, not Syria");
    }

    @Test
    void aPossessivePronounOwnsAComment() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON campaigned/VBD/campaign ./.")
                .sentence("Miners/NNS resent/VBP/resent her/PRP$ March/NNP comment/NN that/IN ,/, “/`` We/PRP will/MD "
                        + "close/VB/close mines/NNS ./. ”/''"));
        assertEquals("Hillary Clinton", speakerOf(qs, "“We will close"));
    }

    @Test
    void aThatTheTaggerReadAsRelativeStillOpensReportedSpeech() {
        List<Quote> qs = quotes(new TaggedText().sentence("Pat/NNP/PERSON Schroeder/NNP/PERSON wrote/VBD/write in/IN an/DT "
                + "email/NN to/TO POLITICO/NN/ORGANIZATION that/WDT the/DT campaign/NN was/VBD/be “/`` tragic/JJ ./. ”/''"));
        assertEquals("Pat Schroeder", speakerOf(qs, "the campaign was"));
    }

    @Test
    void aParticipleAfterTheCueIsNotAnInvertedCue() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` It/PRP is/VBZ/be outrageous/JJ ,/, ”/'' Josh/NNP/PERSON "
                + "Schwerin/NNP/PERSON said/VBD/say ,/, explaining/VBG/explain the/DT campaign/NN 's/POS decision/NN ./."));
        assertEquals("Josh Schwerin", speakerOf(qs, "It is outrageous"));
    }

    @Test
    void aTimeAfterTheVerbIsNotTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT “/`` question/NN remains/VBZ/remain open/JJ ,/, ”/'' "
                + "Richard/NNP/PERSON Hasen/NNP/PERSON ,/, a/DT law/NN professor/NN at/IN Irvine/NNP/LOCATION ,/, "
                + "wrote/VBD/write last/JJ week/NN ./."));
        assertEquals("Richard Hasen", speakerOf(qs, "The “question"));
    }

    @Test
    void aVerbThatLeadsIntoSpeechLendsItsSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ben/NNP/PERSON Carson/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("He/PRP went/VBD/go on/IN to/TO say/VB/say Clinton/NNP/PERSON 's/POS behavior/NN is/VBZ/be "
                        + "“/`` very/RB different/JJ ./. ”/''"));
        Quote q = qs.get(0);
        assertEquals("Ben Carson", q.speaker().name());
        assertEquals("say", q.cue().text());
    }

    @Test
    void aRelativesGivenNameTakesTheFamilyName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON campaigned/VBD/campaign ./.")
                .paragraph()
                .sentence("Clinton/NNP/PERSON 's/POS husband/NN ,/, Bill/NNP/PERSON ,/, spoke/VBD/speak on/IN Sunday/NNP ./.")
                .paragraph()
                .sentence("“/`` I/PRP must/MD be/VB/be careful/JJ ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Bill Clinton", speakerOf(qs, "I must be careful"));
    }

    @Test
    void theCueBeforeALongAppositiveClosingTheSentenceIsFound() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` It/PRP seems/VBZ/seem unlikely/JJ ”/'' that/IN "
                + "Sanders/NNP/PERSON wins/VBZ/win ,/, said/VBD/say Steve/NNP/PERSON Elmendorf/NNP/PERSON ,/, deputy/NN "
                + "campaign/NN manager/NN for/IN John/NNP/PERSON Kerry/NNP/PERSON 's/POS 2004/CD Democratic/JJ "
                + "presidential/JJ campaign/NN ./."));
        assertEquals("Steve Elmendorf", qs.get(0).speaker().name());
    }

    @Test
    void aNameInsideAnAppositivesPhraseIsNotTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Geoff/NNP/PERSON Garin/NNP/PERSON ,/, a/DT pollster/NN who/WP "
                + "works/VBZ/work with/IN Priorities/NNP/ORGANIZATION USA/NNP/ORGANIZATION ,/, a/DT super/JJ PAC/NN ,/, "
                + "said/VBD/say voters/NNS see/VBP/see her/PRP as/IN “/`` strong/JJ ./. ”/''"));
        assertEquals("Geoff Garin", qs.get(0).speaker().name());
    }

    @Test
    void aKnownSurnameBeforeAVerbIsNotANationality() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` He/PRP is/VBZ/be a/DT bully/NN ,/, ”/'' Cuban/JJ/MISC "
                + "said/VBD/say ./."));
        assertEquals("Mark Cuban", speakerOf(qs, "He is a bully"));
    }

    @Test
    void aPlaceIsNotASubjectWhenAPersonIs() {
        List<Quote> qs = quotes(new TaggedText().sentence("Speaking/VBG/speak in/IN Salem/NNP/LOCATION ,/, New/NNP/LOCATION "
                + "Hampshire/NNP/LOCATION ,/, " + TRUMP + "went/VBD/go after/IN Jeb/NNP/PERSON Bush/NNP/PERSON ,/, "
                + "calling/VBG/call him/PRP “/`` a/DT total/JJ stiff/NN ./. ”/''"));
        assertEquals("Donald Trump", qs.get(0).speaker().name());
    }

    @Test
    void twoCoordinatedAttributionsAreTwoQuotes() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ted/NNP/PERSON Cruz/NNP/PERSON accuses/VBZ/accuse Obama/NNP/PERSON "
                + "of/IN “/`` leading/VBG/lead from/IN behind/IN ”/'' and/CC " + TRUMP + "says/VBZ/say he/PRP 's/VBZ/be "
                + "“/`` losing/VBG/lose the/DT war/NN ,/, ”/'' part/NN of/IN a/DT lashing/NN ./."));
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Ted Cruz", qs.get(0).speaker().name());
        assertEquals("Donald Trump", qs.get(1).speaker().name());
    }

    @Test
    void aVerbOfNamingWithItsOwnNamedSubjectEndsTheFirstAttribution() {
        List<Quote> qs = quotes(new TaggedText().sentence("Paul/NNP/PERSON Ryan/NNP/PERSON said/VBD/say he/PRP was/VBD/be "
                + "“/`` very/RB encouraged/JJ ”/'' and/CC " + TRUMP + "called/VBD/call it/PRP a/DT “/`` great/JJ "
                + "meeting/NN ./. ”/''"));
        assertEquals("Paul Ryan", speakerOfQuoteWith(qs, "very encouraged"));
        assertEquals("Donald Trump", speakerOfQuoteWith(qs, "great meeting"), "Trump's own phrase: " + qs);
    }

    @Test
    void aVerbOfNamingWithNoQuotationOrNoNameAfterTheCommaContinuesTheClause() {
        List<Quote> qs = quotes(new TaggedText().sentence("Juanita/NNP/PERSON Broaddrick/NNP/PERSON disclosed/VBD/disclose "
                        + "that/IN after/IN the/DT attack/NN ,/, Bill/NNP/PERSON Clinton/NNP/PERSON called/VBD/call her/PRP "
                        + "to/TO meet/VB/meet again/RB ./.")
                .sentence(TRUMP + "said/VBD/say there/EX is/VBZ/be “/`` love/NN ”/'' in/IN Orlando/NNP/LOCATION ,/, "
                        + "which/WDT he/PRP called/VBD/call “/`` an/DT evil/JJ act/NN ./. ”/''"));
        assertEquals("Juanita Broaddrick", speakerOfQuoteWith(qs, "Bill Clinton called her"));
        Quote love = QuotesOf.holding(qs, "love");
        assertTrue(love.text().contains("an evil act"), "the relative clause is still his: " + qs);
    }

    @Test
    void aQuotationAfterAnOrganisationPutsOutAStatementIsTheOrganisations() {
        List<Quote> qs = quotes(new TaggedText().sentence("Debbie/NNP/PERSON Schultz/NNP/PERSON said/VBD/say she/PRP "
                        + "will/MD resign/VB/resign ./.").paragraph()
                .sentence("The/DT Democratic/NNP/ORGANIZATION National/NNP/ORGANIZATION Committee/NNP/ORGANIZATION "
                        + "issued/VBD/issue a/DT statement/NN apologizing/VBG/apologize to/TO Sanders/NNP/PERSON ./.").paragraph()
                .sentence("“/`` We/PRP want/VBP/want to/TO offer/VB/offer a/DT sincere/JJ apology/NN ./. ”/''"));
        assertEquals("Democratic National Committee", speakerOf(qs, "We want to offer"), "the statement's issuer: " + qs);
    }

    @Test
    void aPronounObjectIsNotTheSubjectAParticipleGoesOnFrom() {
        List<Quote> qs = quotes(new TaggedText().sentence("If/IN " + TRUMP + "read/VBD/read it/PRP ,/, Tony/NNP/PERSON "
                + "Schwartz/NNP/PERSON would/MD have/VB/have been/VBN/be surprised/JJ ,/, telling/VBG/tell Jane/NNP/PERSON "
                + "Mayer/NNP/PERSON ,/, “/`` I/PRP doubt/VBP/doubt he/PRP read/VBD/read a/DT book/NN ./. ”/''"));
        assertEquals("Tony Schwartz", speakerOf(qs, "I doubt he read"), "not the book Trump read: " + qs);
    }

    @Test
    void aBodyInTheSourcePhraseSpeaksBeforeTheCountryItIsIn() {
        List<Quote> qs = quotes(new TaggedText().sentence("A/DT statement/NN of/IN the/DT U.S./NNP/ORGANIZATION "
                + "Embassy/NNP/ORGANIZATION in/IN Bolivia/NNP/LOCATION says/VBZ/say flights/NNS are/VBP/be not/RB "
                + "“/`` contemplated/VBN/contemplate ./. ”/''"));
        assertEquals("U.S. Embassy", speakerOf(qs, "flights are not"), qs.toString());
    }

    @Test
    void theOneANewspaperQuotedSpeaksNotTheNewspaper() {
        List<Quote> qs = quotes(new TaggedText().sentence("An/DT Israeli/JJ official/NN quoted/VBN/quote by/IN "
                + "Haaretz/NNP/ORGANIZATION said/VBD/say the/DT talks/NNS were/VBD/be “/`` over/RB ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "the talks were");
        assertEquals("An Israeli official", q.source().text(), qs.toString());
        assertEquals("Israel", q.speaker().name(), "an official of Israel, not the paper that quoted him: " + qs);
    }

    @Test
    void aPersonAfterTheAppositiveCommaOfAnOfPhraseStillSpeaks() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP will/MD rebuild/VB/rebuild ,/, ”/'' said/VBD/say the/DT "
                + "mayor/NN of/IN Springfield/NNP/LOCATION ,/, Illinois/NNP/LOCATION ,/, Jane/NNP/PERSON Doe/NNP/PERSON ./."));
        assertEquals("Jane Doe", speakerOf(qs, "We will rebuild"));
    }

    @Test
    void aParticipleWithItsOwnSubjectAfterAndIsASecondAttribution() {
        List<Quote> qs = quotes(new TaggedText().sentence("Both/DT men/NNS issued/VBD/issue a/DT statement/NN ,/, "
                + "Paul/NNP/PERSON Ryan/NNP/PERSON saying/VBG/say he/PRP was/VBD/be “/`` very/RB encouraged/JJ ”/'' and/CC "
                + TRUMP + "calling/VBG/call it/PRP a/DT “/`` great/JJ meeting/NN ./. ”/''"));
        assertEquals("Paul Ryan", speakerOfQuoteWith(qs, "very encouraged"));
        assertEquals("Donald Trump", speakerOfQuoteWith(qs, "great meeting"));
    }

    @Test
    void aPassiveOfNamingIsNotWhatItsSubjectSaid() {
        List<Quote> qs = quotes(new TaggedText().sentence("Nancy/NNP/PERSON Pelosi/NNP/PERSON said/VBD/say the/DT bill/NN "
                + "was/VBD/be “/`` dead/JJ ”/'' and/CC " + TRUMP + "was/VBD/be called/VBN/call a/DT “/`` liar/NN ”/'' "
                + "by/IN Democrats/NNPS ./."));
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("liar") && q.speaker() != null
                && q.speaker().name().equals("Donald Trump")), "Trump was called a liar, he did not say it: " + qs);
    }

    @Test
    void aPersonWhoSpeaksAfterAnOrganisationsStatementIsStillTheSpeakerAfter() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP were/VBD/be wronged/VBN/wrong ,/, ”/'' "
                        + "Bernie/NNP/PERSON Sanders/NNP/PERSON said/VBD/say after/IN the/DT DNC/NNP/ORGANIZATION "
                        + "issued/VBD/issue a/DT statement/NN ./.").paragraph()
                .sentence("“/`` This/DT is/VBZ/be not/RB enough/JJ ./. ”/''"));
        assertEquals("Bernie Sanders", speakerOf(qs, "This is not enough"), qs.toString());
    }

    @Test
    void theyDoesNotTakeUpACountry() {
        List<Quote> qs = quotes(new TaggedText().sentence("Pubs/NNS across/IN Ireland/NNP/LOCATION closed/VBD/close "
                        + "on/IN Friday/NNP ./.")
                .sentence("“/`` We/PRP will/MD be/VB/be back/RB ,/, ”/'' they/PRP said/VBD/say ./."));
        Quote q = QuotesOf.holding(qs, "We will be back");
        assertNull(q.speaker(), "the pubs' people, unnamed, not Ireland: " + qs);
    }

    @Test
    void whatADescriptiveAppositiveNamesDoesNotSpeakButATitledNameDoes() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP struck/VBD/strike ,/, ”/'' said/VBD/say a/DT "
                        + "spokesperson/NN for/IN Inherent/NNP/ORGANIZATION Resolve/NNP/ORGANIZATION ,/, the/DT U.S./NNP/LOCATION "
                        + "operation/NN against/IN Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION ./.")
                .sentence("“/`` We/PRP will/MD rebuild/VB/rebuild ,/, ”/'' said/VBD/say the/DT mayor/NN of/IN "
                        + "Springfield/NNP/LOCATION ,/, Illinois/NNP/LOCATION ,/, Democrat/NNP Jane/NNP/PERSON Doe/NNP/PERSON ./."));
        assertEquals("Inherent Resolve", speakerOf(qs, "We struck"), "not the enemy the appositive names: " + qs);
        assertEquals("Jane Doe", speakerOf(qs, "We will rebuild"), "a name after a title word: " + qs);
    }

    @Test
    void aPronounObjectHerIsNoSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("If/IN " + TRUMP + "called/VBD/call her/PRP ,/, Tony/NNP/PERSON "
                + "Schwartz/NNP/PERSON would/MD have/VB/have been/VBN/be surprised/JJ ,/, telling/VBG/tell Jane/NNP/PERSON "
                + "Mayer/NNP/PERSON ,/, “/`` I/PRP doubt/VBP/doubt it/PRP ./. ”/''"));
        assertEquals("Tony Schwartz", speakerOf(qs, "I doubt it"), qs.toString());
    }

    @Test
    void theIssuerIsTheSubjectRightBeforeTheVerbAndOfAStatement() {
        List<Quote> afterComma = quotes(new TaggedText().sentence("After/IN talks/NNS with/IN NATO/NNP/ORGANIZATION ,/, "
                        + "Russia/NNP/LOCATION issued/VBD/issue a/DT statement/NN ./.").paragraph()
                .sentence("“/`` We/PRP are/VBP/be ready/JJ ./. ”/''"));
        Quote q = QuotesOf.holding(afterComma, "We are ready");
        assertTrue(q.speaker() == null || !q.speaker().name().equals("NATO"), "NATO only stands in the opening phrase: " + afterComma);
        List<Quote> plural = quotes(new TaggedText().sentence("The/DT Democratic/NNP/ORGANIZATION National/NNP/ORGANIZATION "
                        + "Committee/NNP/ORGANIZATION issued/VBD/issue two/CD statements/NNS/statement ./.").paragraph()
                .sentence("“/`` We/PRP apologize/VBP/apologize ./. ”/''"));
        assertEquals("Democratic National Committee", speakerOf(plural, "We apologize"));
        List<Quote> transcript = quotes(new TaggedText().sentence("The/DT White/NNP/ORGANIZATION House/NNP/ORGANIZATION "
                        + "released/VBD/release a/DT transcript/NN of/IN " + TRUMP + "'s/POS call/NN ./.").paragraph()
                .sentence("“/`` Do/VB/do us/PRP a/DT favor/NN ./. ”/''"));
        Quote favor = QuotesOf.holding(transcript, "Do us a favor");
        assertTrue(favor.speaker() == null || !favor.speaker().name().equals("White House"), "a transcript is no statement: " + transcript);
    }

    @Test
    void aSignatureLineUnderTheQuotationNamesTheSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` I/PRP will/MD look/VB/look into/IN it/PRP ./. ”/''").paragraph()
                .sentence("-/: Hillary/NNP/PERSON Clinton/NNP/PERSON ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "I will look"));
    }

    @Test
    void theSpeakerAfterAnInvertedCueIsTheSubjectAPronounFollows() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON won/VBD/win Vermont/NNP/LOCATION ./.")
                .paragraph()
                .sentence("“/`` Many/JJ would/MD agree/VB/agree ,/, ”/'' said/VBD/say David/NNP/PERSON Wasserman/NNP/PERSON ,/, "
                        + "an/DT analyst/NN ./.")
                .sentence("“/`` It/PRP would/MD seal/VB/seal the/DT deal/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("David Wasserman", speakerOf(qs, "It would seal"));
    }

    @Test
    void theNamesInsideWhatIsSaidAreNotTheSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("Joseph/NNP/PERSON Hunter/NNP/PERSON ,/, a/DT blogger/NN ,/, "
                + "said/VBD/say he/PRP will/MD not/RB vote/VB/vote ./.")
                .sentence("Also/RB ,/, " + TRUMP + "is/VBZ/be not/RB a/DT conservative/NN ,/, he/PRP said/VBD/say ./."));
        assertEquals("Joseph Hunter", speakerOf(qs, "Also"));
    }

    @Test
    void aNameAfterADescriptionInTheSourceSpeaks() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON 's/POS campaign/NN chairman/NN ,/, "
                + "John/NNP/PERSON Podesta/NNP/PERSON ,/, said/VBD/say in/IN a/DT statement/NN :/: “/`` Tonight/NN was/VBD/be "
                + "dark/JJ ./. ”/''"));
        assertEquals("John Podesta", speakerOf(qs, "Tonight"));
    }

    @Test
    void aHusbandNamedInAnAppositiveIsAMan() {
        List<Quote> qs = quotes(new TaggedText().sentence("Rachel/NNP/PERSON Berg/NNP/PERSON came/VBD/come ./.")
                .sentence("With/IN her/PRP$ husband/NN ,/, Milton/NNP/PERSON Berg/NNP/PERSON ,/, she/PRP has/VBZ/have "
                        + "given/VBN/give money/NN ./.").paragraph()
                .sentence("“/`` I/PRP feel/VBP/feel bad/JJ ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Rachel Berg", speakerOf(qs, "I feel bad"));
    }

    @Test
    void aSubordinateClausesVerbDoesNotSwallowTheMainClausesQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON was/VBD/be first/JJ lady/NN ./.")
                .paragraph()
                .sentence("After/IN Jerry/NNP/PERSON Brown/NNP/PERSON criticized/VBD/criticize Bill/NNP/PERSON Clinton/NNP/PERSON "
                        + "during/IN a/DT debate/NN ,/, Hillary/NNP/PERSON shot/VBD/shoot back/RB ,/, “/`` I/PRP chose/VBD/choose "
                        + "my/PRP$ profession/NN ./. ”/''"));
        assertEquals("Hillary Clinton", speakerOf(qs, "I chose"));
    }

    @Test
    void anAideRightAfterANamedPersonIsThatPersonButNotLater() {
        List<Quote> qs = quotes(new TaggedText().sentence("One/CD author/NN ,/, Ari/NNP/PERSON Fleischer/NNP/PERSON ,/, "
                + "said/VBD/say the/DT test/NN is/VBZ/be near/JJ ./.")
                .sentence("“/`` Trump/NNP/PERSON went/VBD/go the/DT other/JJ way/NN ,/, ”/'' said/VBD/say the/DT former/JJ "
                        + "top/JJ aide/NN to/TO President/NNP George/NNP/PERSON W./NNP/PERSON Bush/NNP/PERSON ./.").paragraph()
                .sentence("The/DT weather/NN was/VBD/be fine/JJ ./.").sentence("The/DT hall/NN was/VBD/be full/JJ ./.")
                .sentence("The/DT band/NN played/VBD/play ./.")
                .sentence("“/`` We/PRP lost/VBD/lose ,/, ”/'' the/DT aide/NN said/VBD/say ./."));
        assertEquals("Ari Fleischer", speakerOf(qs, "Trump went"));
        assertNull(speakerOf(qs, "We lost"));
    }

    @Test
    void openingParticiplesInvertedSaidAndPerfectCuesAllFindTheSpeaker() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Bill/NNP/PERSON Maher/NNP/PERSON stated/VBD/state that/IN the/DT report/NN “/`` was/VBD/be bad/JJ ./. ”/''")
                .sentence("Adding/VBG/add ,/, “/`` It/PRP is/VBZ/be never/RB that/RB bad/JJ ./. ”/''").paragraph()
                .sentence("The/DT FBI/NNP/ORGANIZATION made/VBD/make a/DT “/`` mistake/NN ”/'' in/IN the/DT check/NN ,/, "
                        + "James/NNP/PERSON Comey/NNP/PERSON has/VBZ/have said/VBN/say ./.")
                .sentence("Said/NNP/PERSON Comey/NNP/PERSON ,/, “/`` The/DT error/NN is/VBZ/be painful/JJ to/IN us/PRP ./. ”/''"));
        assertEquals("Bill Maher", speakerOf(qs, "It is never"));
        assertEquals("James Comey", speakerOf(qs, "The FBI made"));
        assertEquals("James Comey", speakerOf(qs, "The error"));
    }

    @Test
    void aPhraseAfterACoordinatedVerbTakesTheSharedSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "has/VBZ/have made/VBN/make wealth/NN his/PRP$ theme/NN "
                + "and/CC has/VBZ/have boasted/VBN/boast of/IN his/PRP$ willingness/NN to/TO spend/VB/spend “/`` whatever/WP "
                + "it/PRP takes/VBZ/take ”/'' to/TO win/VB/win ./."));
        assertEquals("Donald Trump", qs.get(0).speaker().name());
    }

    @Test
    void theStatementIsItsAuthorsWords() {
        List<Quote> qs = quotes(new TaggedText().sentence("Jason/NNP/PERSON Miller/NNP/PERSON wrote/VBD/write the/DT "
                + "campaign/NN 's/POS first/JJ reply/NN ./.")
                .sentence("“/`` The/DT team/NN took/VBD/take notes/NNS ,/, ”/'' the/DT statement/NN said/VBD/say ./."));
        assertEquals("Jason Miller", speakerOf(qs, "The team"));
    }

    @Test
    void theSuitIsTheLawsuitOfWhoeverFiledIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bradley/NNP/PERSON Podliska/NNP/PERSON 's/POS lawsuit/NN "
                + "names/VBZ/name the/DT committee/NN ./.")
                .sentence("“/`` The/DT firing/NN was/VBD/be improper/JJ ,/, ”/'' the/DT suit/NN reads/VBZ/read ./."));
        assertEquals("Bradley Podliska", speakerOf(qs, "The firing"));
    }

    @Test
    void aCueAfterALongCircumstanceStillIntroducesTheQuote() {
        // 'said in an op-ed piece before a 2014 Senate hearing, “...”': eleven words, one of them hyphened
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "said/VBD/say in/IN an/DT op/NN -/HYPH ed/NN piece/NN "
                + "before/IN a/DT 2014/CD Senate/NNP hearing/NN ,/, “/`` The/DT department/NN failed/VBD/fail to/TO "
                + "honor/VB/honor the/DT requests/NNS ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "The department");
        assertEquals("Paul Ryan", q.speaker().name());
        assertEquals("said", q.cue().text());
    }

    @Test
    void aOneWordAnswerAfterItsCueIsSpeechNotATitle() {
        List<Quote> qs = quotes(new TaggedText().sentence("Asked/VBN/ask whether/IN he/PRP would/MD resign/VB/resign ,/, "
                + RYAN + "said/VBD/say ,/, “/`` Probably/RB ./. ”/''"));
        assertEquals("Paul Ryan", speakerOf(qs, "Probably"));
    }

    @Test
    void asHePutItAfterAnOpeningPhraseGivesHimTheQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "arrived/VBD/arrive ./.")
                .sentence("But/CC at/IN the/DT time/NN ,/, as/IN the/DT prosecutor/NN Jim/NNP/PERSON Comey/NNP/PERSON "
                        + "put/VBD/put it/PRP ,/, “/`` there/EX was/VBD/be not/RB much/JJ to/TO complain/VB/complain about/IN ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "there was");
        assertEquals("Jim Comey", q.speaker().name());
        assertEquals("put it", q.cue().text());
    }

    @Test
    void asHePutsItCoversTheSentenceRunningOnAfterTheMarks() {
        // PolNeAR gives the framed speaker the whole rest of the sentence, not only the marked phrase
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "likes/VBZ/like the/DT chair/NN ./.")
                .sentence("As/IN he/PRP puts/VBZ/put it/PRP ,/, “/`` the/DT best/JJS thing/NN we/PRP have/VBP/have ”/'' "
                        + "is/VBZ/be that/IN rates/NNS are/VBP/be low/JJ ./."));
        Quote q = QuotesOf.starting(qs, "“the best");
        assertTrue(q.text().endsWith("rates are low"), q.text());
        assertEquals("Donald Trump", q.speaker().name());
    }

    @Test
    void aDeniedVerbOfSayingBeforeTheMarksLeavesThemToTheCueAfter() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.")
                .sentence(RYAN + "can/MD not/RB say/VB/say that/IN “/`` from/IN his/PRP$ perspective/NN ,/, ”/'' "
                        + "Trump/NNP/PERSON added/VBD/add ,/, saying/VBG/say it/PRP should/MD be/VB/be “/`` up/RP to/IN "
                        + "the/DT prosecutors/NNS ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "from his perspective");
        assertEquals("Donald Trump", q.speaker().name());
    }

    @Test
    void theNameAfterADescriptionAndATitleSpeaks() {
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "arrived/VBD/arrive ./.")
                .sentence("“/`` This/DT is/VBZ/be a/DT big/JJ year/NN ,/, ”/'' Ryan/NNP/PERSON 's/POS niece/NN ,/, state/NN "
                        + "Del./NNP Marcia/NNP/PERSON Price/NNP/PERSON ,/, shouted/VBD/shout ./."));
        assertEquals("Marcia Price", speakerOf(qs, "This is a big year"));
    }

    @Test
    void aVerbJoinedByAndToSaidLendsItsSubject() {
        // the sentence opens with a clause about someone else; the subject of "laughed" says it
        List<Quote> qs = quotes(new TaggedText().sentence("When/WRB his/PRP$ mother/NN mentioned/VBD/mention it/PRP to/IN "
                + "him/PRP ,/, " + RYAN + "laughed/VBD/laugh and/CC said/VBD/say ,/, “/`` I/PRP do/VBP/do not/RB "
                + "believe/VB/believe in/IN the/DT devil/NN ./. ”/''"));
        assertEquals("Paul Ryan", speakerOf(qs, "I do not believe"));
    }

    @Test
    void anAppositiveDescriptionIsNotANewSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Introduced/VBN/introduce by/IN Joe/NNP/PERSON Arpaio/NNP/PERSON ,/, "
                + "the/DT sheriff/NN ,/, " + TRUMP + "began/VBD/begin a/DT lament/NN ./.").paragraph()
                .sentence("“/`` We/PRP will/MD build/VB/build a/DT wall/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Donald Trump", speakerOf(qs, "We will build"));
    }

    @Test
    void anObjectOutranksANameInAPrepositionalPhrase() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT rise/NN of/IN Stephen/NNP/PERSON Bannon/NNP/PERSON gave/VBD/give "
                + "Glenn/NNP/PERSON Beck/NNP/PERSON new/JJ impetus/NN ./.").paragraph()
                .sentence("“/`` We/PRP have/VBP/have concerns/NNS ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Glenn Beck", speakerOf(qs, "We have concerns"));
    }

    @Test
    void aPersonInsideATaggedOrganisationOrTaggedAsOneIsStillThePerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON spoke/VBD/speak with/IN "
                + "CNN/NNP/ORGANIZATION 's/POS/ORGANIZATION Gloria/NNP/ORGANIZATION Borger/NNP/ORGANIZATION ./.").paragraph()
                .sentence("“/`` That/DT would/MD be/VB/be you/PRP ?/. ”/'' Borger/NNP/PERSON asked/VBD/ask ./.").paragraph()
                .sentence("Bruce/NNP/PERSON LeVell/NNP/PERSON joined/VBD/join ./.")
                .sentence("“/`` I/PRP am/VBP/be not/RB paid/VBN/pay !/. ”/'' LeVell/NNP/ORGANIZATION declared/VBD/declare ./."));
        assertEquals("Gloria Borger", speakerOf(qs, "That would be you"));
        assertEquals("Bruce LeVell", speakerOf(qs, "I am not paid"));
    }

    @Test
    void anUnnamedHeadOfStateIsNoOneCalledHead() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ministers/NNS met/VBD/meet in/IN Dakar/NNP/LOCATION ./.").paragraph()
                .sentence("“/`` Senegal/NNP/LOCATION has/VBZ/have no/DT interest/NN in/IN division/NN ,/, ”/'' the/DT "
                        + "Head/NNP of/IN State/NNP declared/VBD/declare ./."));
        Quote q = QuotesOf.starting(qs, "Senegal has");
        assertEquals("the Head of State", q.source().text());
        assertNull(q.speaker());
    }

    @Test
    void aTitleBeforeACommaAndTheNameIsThePersonsTitle() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT President/NNP of/IN the/DT Republic/NNP ,/, Cheikh/NNP/PERSON "
                + "Tidiane/NNP/PERSON Mbengue/NNP/PERSON ,/, received/VBD/receive the/DT ministers/NNS ./.").paragraph()
                .sentence("“/`` We/PRP want/VBP/want unity/NN ,/, ”/'' the/DT Head/NNP of/IN State/NNP declared/VBD/declare ./."));
        assertEquals("Cheikh Tidiane Mbengue", speakerOf(qs, "We want unity"));
    }

    @Test
    void aTitleEndingInACountryGivesThePersonThatCountry() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT host/NN received/VBD/receive the/DT Minister/NNP of/IN "
                + "Foreign/NNP Affairs/NNPS of/IN Mali/NNP/LOCATION ,/, Seydou/NNP/PERSON Coulibaly/NNP/PERSON ./.").paragraph()
                .sentence("“/`` Our/PRP$ peoples/NNS traded/VBD/trade here/RB ,/, ”/'' the/DT Malian/JJ/MISC minister/NN "
                        + "said/VBD/say ./."));
        assertEquals("Seydou Coulibaly", speakerOf(qs, "Our peoples"));
    }

    @Test
    void speechInsideASentenceWithNoCueFoundIsKeptWithThePassagesSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON made/VBD/make a/DT promise/NN ./.")
                .paragraph()
                .sentence("In/IN a/DT Facebook/NNP/ORGANIZATION chat/NN on/IN Tuesday/NNP ,/, "
                        + "“/`` Yes/UH ,/, I/PRP will/MD ./.")
                .sentence("That/DT was/VBD/be a/DT poor/JJ choice/NN of/IN words/NNS ./. ”/''"));
        assertEquals("Hillary Clinton", speakerOf(qs, "Yes, I will"));
    }

    @Test
    void aCueAfterAQuotationHoldingSentencesIsInTheQuotationsLastSentence() {
        List<Quote> qs = quotes(new TaggedText().sentence("Joe/NNP/PERSON Biden/NNP/PERSON spoke/VBD/speak in/IN "
                + "Scranton/NNP/LOCATION ./.").paragraph()
                .sentence("The/DT people/NNS of/IN Scranton/NNP/LOCATION “/`` deserve/VBP/deserve someone/NN like/IN them/PRP ./.")
                .sentence("That/DT 's/VBZ/be Hillary/NNP/PERSON Clinton/NNP/PERSON ,/, ”/'' said/VBD/say the/DT man/NN "
                        + "who/WP built/VBD/build his/PRP$ career/NN on/IN it/PRP ./."));
        Quote q = QuotesOf.holding(qs, "deserve someone");
        assertEquals("the man", q.source().text());
        assertEquals("Joe Biden", q.speaker().name());
    }

    @Test
    void aBareSaidMayReportAClauseOpenedByAConjunction() {
        List<Quote> qs = quotes(new TaggedText().sentence("Michele/NNP/PERSON Swers/NNP/PERSON teaches/VBZ/teach ./.").paragraph()
                .sentence("Swers/NNP said/VBD/say because/IN Obama/NNP/PERSON is/VBZ/be popular/JJ ,/, \"/'' he/PRP "
                        + "is/VBZ/be a/DT very/RB good/JJ surrogate/NN ./. \"/''"));
        Quote q = QuotesOf.starting(qs, "because Obama");
        assertEquals("Michele Swers", q.speaker().name());
    }

    @Test
    void reportedSpeechRunsOnToTheCloseOfAQuotationItOpens() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("Ted/NNP/PERSON Cruz/NNP/PERSON added/VBD/add that/IN he/PRP was/VBD/be the/DT only/JJ one/NN "
                        + "“/`` fighting/VBG/fight for/IN the/DT Constitution/NNP ./.")
                .sentence("I/PRP 'll/MD tell/VB/tell you/PRP this/DT ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "he was the only");
        assertEquals("Ted Cruz", q.speaker().name());
        assertEquals(true, q.text().contains("tell you this"), q.text());
    }

    @Test
    void theTaggersPartOfAKnownNameIsWidenedToTheWholeName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Sens./NNP Rand/NNP Paul/NNP/PERSON and/CC Marco/NNP/PERSON "
                + "Rubio/NNP/PERSON debated/VBD/debate ./.").paragraph()
                .sentence("France/NNP/LOCATION 's/POS leader/NN ,/, Marine/NNP/ORGANIZATION Le/NNP/ORGANIZATION "
                        + "Pen/NNP/ORGANIZATION ,/, spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` We/PRP must/MD pay/VB/pay for/IN programs/NNS ,/, ”/'' Paul/NNP/PERSON said/VBD/say ./.")
                .sentence("“/`` We/PRP are/VBP/be not/RB insiders/NNS ,/, ”/'' Le/NNP/ORGANIZATION Pen/NNP/ORGANIZATION "
                        + "said/VBD/say ./."));
        assertEquals("Rand Paul", speakerOf(qs, "We must pay"));
        assertEquals("Marine Le Pen", speakerOf(qs, "We are not insiders"));
    }

    @Test
    void aSourceMayOpenWithAParticipleOrHoldAHyphenedNounTheTaggerMisreads() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT debate/NN ended/VBD/end ./.").paragraph()
                .sentence("“/`` Forget/VB/forget about/IN it/PRP ,/, ”/'' said/VBD/say retired/VBN/retire neurosurgeon/NN "
                        + "Ben/NNP/PERSON Carson/NNP/PERSON ./.")
                .sentence("“/`` Imagine/VB/imagine that/DT stage/NN ,/, ”/'' mused/VBD/muse Blaze/NNP/ORGANIZATION "
                        + "co-host/VB Stu/NNP/PERSON Burguiere/NNP/PERSON ./."));
        assertEquals("Ben Carson", speakerOf(qs, "Forget about it"));
        assertEquals("Stu Burguiere", speakerOf(qs, "Imagine that stage"));
    }

    @Test
    void asSomeonePutItGivesTheWordsThatFollowToThem() {
        List<Quote> qs = quotes(new TaggedText().sentence("Barack/NNP/PERSON Obama/NNP/PERSON named/VBD/name a/DT judge/NN ./.")
                .paragraph()
                .sentence("As/IN John/NNP/PERSON Cornyn/NNP/PERSON ,/, the/DT No./NN 2/CD Republican/NNP ,/, put/VBD/put it/PRP "
                        + ":/: “/`` This/DT person/NN will/MD not/RB be/VB/be confirmed/VBN/confirm ./. ”/''").paragraph()
                .sentence("As/IN Ruth/NNP/PERSON Marcus/NNP/PERSON puts/VBZ/put it/PRP ,/, Obama/NNP/PERSON is/VBZ/be "
                        + "making/VBG/make them/PRP “/`` an/DT offer/NN they/PRP ca/MD n't/RB refuse/VB/refuse ./. ”/''"));
        assertEquals("John Cornyn", speakerOf(qs, "This person"));
        assertEquals("Ruth Marcus", speakerOf(qs, "Obama is making"));
    }

    @Test
    void aParagraphAnnouncingAStatementWithAColonGivesTheQuotationToItsSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("George/NNP/PERSON Wallace/NNP/PERSON was/VBD/be governor/NN ./.")
                .paragraph()
                .sentence("When/WRB Wallace/NNP/PERSON died/VBD/die ,/, President/NNP Bill/NNP/PERSON Clinton/NNP/PERSON "
                        + "released/VBD/release the/DT following/JJ statement/NN :/:").paragraph()
                .sentence("“/`` Hillary/NNP/PERSON and/CC I/PRP offer/VBP/offer our/PRP$ condolences/NNS ./. ”/''"));
        assertEquals("Bill Clinton", speakerOf(qs, "Hillary and I"));
    }

    @Test
    void aPhraseInAWhetherClauseIsTheQuestionersNotTheClausesSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "is/VBZ/be questioning/VBG/question whether/IN "
                + "President/NNP Barack/NNP/PERSON Obama/NNP/PERSON would/MD have/VB/have attended/VBN/attend the/DT "
                + "Mass/NNP “/`` if/IN it/PRP were/VBD/be held/VBN/hold in/IN a/DT mosque/NN ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "mosque");
        assertEquals("Donald Trump", q.speaker().name());
    }

    @Test
    void aPhraseTheCueReachesThroughTheWritersWordsIsReportedSpeech() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ted/NNP/PERSON Cruz/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("Cruz/NNP/PERSON warned/VBD/warn against/IN the/DT “/`` fevered/JJ dreams/NNS ”/'' of/IN a/DT "
                        + "brokered/JJ convention/NN ./."));
        Quote q = QuotesOf.holding(qs, "fevered");
        assertEquals("against the “fevered dreams” of a brokered convention", q.text());
        assertEquals("Ted Cruz", q.speaker().name());
    }

    @Test
    void aClauseOfTimeBetweenSubjectAndVerbLeavesTheSubjectTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "led/VBD/lead ./.").paragraph()
                .sentence("Ted/NNP/PERSON Cruz/NNP/PERSON ,/, when/WRB asked/VBN/ask what/WP is/VBZ/be wrong/JJ ,/, "
                        + "responded/VBD/respond that/IN the/DT businessman/NN “/`` is/VBZ/be right/JJ about/IN the/DT "
                        + "problems/NNS ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "the businessman");
        assertEquals("Ted Cruz", q.speaker().name());
    }

    @Test
    void aProgrammeInMarksMayStandBetweenSaidAndThat() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON campaigned/VBD/campaign ./.")
                .paragraph()
                .sentence("Sanders/NNP/PERSON said/VBD/say on/IN ABC/NNP/ORGANIZATION 's/POS \"/`` This/DT Week/NN With/IN "
                        + "George/NNP/PERSON Stephanopoulos/NNP/PERSON \"/'' that/IN he/PRP would/MD \"/`` take/VB/take a/DT "
                        + "look/NN \"/'' at/IN the/DT bill/NN ./."));
        Quote q = QuotesOf.starting(qs, "he would");
        assertEquals("Bernie Sanders", q.speaker().name());
        assertTrue(qs.stream().noneMatch(x -> x.text().startsWith("This Week") && x.speaker() != null), qs.toString());
    }

    @Test
    void bodiesAreNamedWithoutTheirArticleAndByTheirLongestName() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT Wall/NNP/ORGANIZATION Street/NNP/ORGANIZATION "
                + "Journal/NNP/ORGANIZATION called/VBD/call on/IN " + TRUMP + "to/TO quit/VB/quit ./.").paragraph()
                .sentence("“/`` He/PRP needs/VBZ/need to/TO stop/VB/stop ,/, ”/'' the/DT conservative/JJ -/HYPH leaning/VBG/lean "
                        + "newspaper/NN wrote/VBD/write ./.").paragraph()
                .sentence("A/DT spokesman/NN for/IN Platte/NNP/ORGANIZATION River/NNP/ORGANIZATION declined/VBD/decline "
                        + "to/TO comment/VB/comment but/CC said/VBD/say in/IN a/DT statement/NN that/IN “/`` "
                        + "Platte/NNP/ORGANIZATION River/NNP/ORGANIZATION Networks/NNPS/ORGANIZATION kept/VBD/keep "
                        + "all/DT precautions/NNS ./. ”/''"));
        assertEquals("Wall Street Journal", speakerOf(qs, "He needs to stop"));
        assertEquals("Platte River Networks", speakerOf(qs, "Platte River Networks kept"));
    }

    @Test
    void aNationalityOpeningATaggedBodyIsPartOfItsName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Merrick/NNP/PERSON Garland/NNP/PERSON waits/VBZ/wait ./.").paragraph()
                .sentence("The/DT American/JJ/ORGANIZATION Bar/NNP/ORGANIZATION Association/NNP/ORGANIZATION "
                        + "deemed/VBD/deem him/PRP “/`` well/RB qualified/JJ ,/, ”/'' its/PRP$ highest/JJS rating/NN ./."));
        Quote q = QuotesOf.holding(qs, "well qualified");
        assertEquals("American Bar Association", q.speaker().name());
    }

    @Test
    void aBodyDescribedWithACountryIsThatCountrysNotTheLastNamed() {
        List<Quote> qs = quotes(new TaggedText().sentence("Russia/NNP/LOCATION 's/POS foreign/JJ ministry/NN said/VBD/say "
                        + "the/DT move/NN was/VBD/be “/`` another/DT blow/NN ./. ”/''").paragraph()
                .sentence("The/DT French/JJ/MISC ministry/NN said/VBD/say it/PRP “/`` regrets/VBZ/regret any/DT "
                        + "such/JJ decision/NN ./. ”/''"));
        assertEquals("Russian Foreign Ministry", speakerOf(qs, "the move was"));
        assertEquals("France", speakerOf(qs, "it “regrets"));
    }

    @Test
    void aNounBetweenNounsThatTheTaggerReadAsAVerbStaysInTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` Water/NN is/VBZ/be hard/JJ to/TO find/VB/find ,/, ”/'' "
                + "study/NN lead/VBP/lead author/NN Lucas/NNP/PERSON Paganini/NNP/PERSON said/VBD/say ./."));
        assertEquals("Lucas Paganini", speakerOf(qs, "Water is hard"));
    }

    @Test
    void anOfficeNamedWithAPrepositionSpeaksUnlessAPersonHoldingItIsNamed() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT UN/NNP/ORGANIZATION High/NNP/ORGANIZATION "
                        + "Commissioner/NNP/ORGANIZATION for/IN/ORGANIZATION Refugees/NNPS/ORGANIZATION said/VBD/say "
                        + "the/DT camps/NNS were/VBD/be “/`` overflowing/VBG/overflow ./. ”/''").paragraph()
                .sentence("UN/NNP/ORGANIZATION High/NNP/ORGANIZATION Commissioner/NNP/ORGANIZATION for/IN/ORGANIZATION "
                        + "Refugees/NNPS/ORGANIZATION Filippo/NNP/PERSON Grandi/NNP/PERSON said/VBD/say the/DT camps/NNS "
                        + "were/VBD/be “/`` full/JJ ./. ”/''"));
        assertEquals("United Nations High Commissioner for Refugees", speakerOf(qs, "the camps were “overflowing"));
        assertEquals("Filippo Grandi", speakerOf(qs, "the camps were “full"));
    }

    @Test
    void aGivenNameWithACapitalInsideThatTheTaggerLeftOutJoinsTheName() {
        List<Quote> qs = quotes(new TaggedText().sentence("To/TO LeBron/NNP James/NNP/PERSON ,/, wins/NNS matter/VBP/matter ./.")
                .paragraph().sentence("“/`` It/PRP is/VBZ/be cool/JJ ,/, ”/'' James/NNP/PERSON said/VBD/say ./."));
        assertEquals("LeBron James", speakerOf(qs, "It is cool"));
    }

    @Test
    void aTwoWordBodyWhoseSecondWordSpeaksAloneIsAPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("Amelize/NNP/ORGANIZATION Joseph/NNP/ORGANIZATION loves/VBZ/love "
                        + "the/DT school/NN ./.").paragraph()
                .sentence("“/`` It/PRP is/VBZ/be good/JJ ,/, ”/'' Joseph/NNP/PERSON said/VBD/say ./."));
        assertEquals("Amelize Joseph", speakerOf(qs, "It is good"));
    }

    @Test
    void aRelativeNamedByGivenNameAfterHisOrHerTakesTheFamilyNameButNotTheBareSurname() {
        List<Quote> qs = quotes(new TaggedText().sentence("Betsy/NNP/PERSON Ebeling/NNP/PERSON came/VBD/come ./.")
                .sentence("Her/PRP$ husband/NN ,/, Tom/NNP/PERSON ,/, came/VBD/come too/RB ./.").paragraph()
                .sentence("“/`` We/PRP love/VBP/love her/PRP ,/, ”/'' Ebeling/NNP/PERSON said/VBD/say ./.").paragraph()
                .sentence("“/`` She/PRP is/VBZ/be great/JJ ,/, ”/'' Tom/NNP/PERSON said/VBD/say ./."));
        assertEquals("Betsy Ebeling", speakerOf(qs, "We love her"));
        assertEquals("Tom Ebeling", speakerOf(qs, "She is great"));
    }

    @Test
    void aGivenNameBothSexesBearSaysNoGender() {
        List<Quote> qs = quotes(new TaggedText().sentence("Marty/NNP/PERSON Walz/NNP/PERSON leads/VBZ/lead the/DT "
                        + "campaign/NN ./.").paragraph()
                .sentence("“/`` They/PRP are/VBP/be wrong/JJ ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Marty Walz", speakerOf(qs, "They are wrong"));
    }

    @Test
    void anItAfterACompanyIsTheCompanyNotACountryNamedInPassing() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Indian/JJ/MISC policymakers/NNS have/VBP/have not/RB acted/VBN/act ,/, economists/NNS at/IN "
                        + "Goldman/NNP/ORGANIZATION Sachs/NNP/ORGANIZATION said/VBD/say ./.").paragraph()
                .sentence("“/`` We/PRP expect/VBP/expect a/DT slump/NN ,/, ”/'' it/PRP said/VBD/say ./.").paragraph()
                .sentence("The/DT brokerage/NN ,/, which/WDT had/VBD/have forecast/VBN/forecast growth/NN ,/, said/VBD/say "
                        + "the/DT slump/NN will/MD be/VB/be deeper/JJR than/IN the/DT recessions/NNS India/NNP/LOCATION "
                        + "has/VBZ/have seen/VBN/see ./.").paragraph()
                .sentence("“/`` Stimulus/NN is/VBZ/be weak/JJ ,/, ”/'' it/PRP said/VBD/say ./."));
        assertEquals("Goldman Sachs", speakerOf(qs, "We expect a slump"));
        assertEquals("Goldman Sachs", speakerOf(qs, "the slump will be deeper"));
        assertEquals("Goldman Sachs", speakerOf(qs, "Stimulus is weak"));
    }

    @Test
    void aPersonAfterATitleInsideAMiscellaneousRunAndAParticleSurnameAreWholeNames() {
        List<Quote> qs = quotes(new TaggedText().sentence("Rockland/NNP/MISC County/NNP/MISC Executive/NNP/MISC Ed/NNP/MISC "
                        + "Day/NNP/MISC spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` Stay/VB/stay calm/JJ ,/, ”/'' Day/NNP said/VBD/say ./.").paragraph()
                .sentence("“/`` We/PRP are/VBP/be ready/JJ ,/, ”/'' said/VBD/say Laurence/NNP/PERSON des/NNP Cars/NNPS ./."));
        assertEquals("Ed Day", speakerOf(qs, "Stay calm"));
        assertEquals("Laurence des Cars", speakerOf(qs, "We are ready"));
    }

    @Test
    void aGivenNameOfEitherSexAfterATitleStillOpensAName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Boston/NNP/MISC Mayor/NNP/MISC Marty/NNP/MISC Walsh/NNP/MISC "
                        + "spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` We/PRP are/VBP/be ready/JJ ,/, ”/'' Walsh/NNP said/VBD/say ./."));
        assertEquals("Marty Walsh", speakerOf(qs, "We are ready"));
    }

    @Test
    void aHeSaidGoesOnWithTheSpeakerTheSentenceBeforeClosedOn() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ted/NNP/PERSON Cruz/NNP/PERSON rose/VBD/rise ./.").paragraph()
                .sentence("Cruz/NNP/PERSON electrified/VBD/electrify the/DT crowds/NNS ,/, Robert/NNP/PERSON "
                        + "Stovall/NNP/PERSON said/VBD/say ./.").paragraph()
                .sentence("“/`` He/PRP was/VBD/be very/RB articulate/JJ ,/, ”/'' he/PRP said/VBD/say ./.").paragraph()
                .sentence("Juan/NNP/PERSON Zarate/NNP/PERSON also/RB questioned/VBD/question Cruz/NNP/PERSON 's/POS "
                        + "logic/NN ./.")
                .sentence("“/`` There/EX is/VBZ/be no/DT question/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Robert Stovall", speakerOf(qs, "He was very articulate"));
        assertEquals("Juan Zarate", speakerOf(qs, "There is no question"));
    }

    @Test
    void aBareSurnameFollowsTheBearerJustDescribed() {
        List<Quote> qs = quotes(new TaggedText().sentence("George/NNP/PERSON W./NNP/PERSON Bush/NNP/PERSON campaigned/VBD/campaign "
                + "for/IN his/PRP$ brother/NN ./.").paragraph()
                .sentence("Jeb/NNP/PERSON Bush/NNP/PERSON voted/VBD/vote early/RB ./.").paragraph()
                .sentence("Polls/NNS close/VBP/close at/IN seven/CD ,/, and/CC many/JJ voters/NNS in/IN the/DT state/NN "
                        + "were/VBD/be still/RB undecided/JJ about/IN the/DT race/NN and/CC its/PRP$ six/CD candidates/NNS ,/, "
                        + "who/WP had/VBD/have spent/VBN/spend weeks/NNS in/IN diners/NNS ,/, churches/NNS ,/, "
                        + "town/NN halls/NNS and/CC high/JJ school/NN gyms/NNS across/IN the/DT region/NN ./.").paragraph()
                .sentence("Turnout/NN was/VBD/be high/JJ in/IN the/DT north/NN ,/, where/WRB lines/NNS formed/VBD/form "
                        + "before/IN dawn/NN at/IN many/JJ polling/NN places/NNS and/CC officials/NNS said/VBD/say "
                        + "ballots/NNS ran/VBD/run short/JJ in/IN two/CD counties/NNS by/IN noon/NN ./.").paragraph()
                .sentence("The/DT former/JJ Florida/NNP/LOCATION governor/NN needs/VBZ/need a/DT good/JJ finish/NN ./.").paragraph()
                .sentence("Bush/NNP/PERSON tells/VBZ/tell reporters/NNS that/IN “/`` we/PRP will/MD beat/VB/beat "
                        + "expectations/NNS ./. ”/''"));
        assertEquals("Jeb Bush", speakerOf(qs, "we will beat"));
    }

    @Test
    void aBodyTheTaggerNamesWithAGenerationalSuffixIsAPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` Yes/UH ,/, I/PRP support/VBP/support Ted/NNP/PERSON "
                + "Cruz/NNP/PERSON ,/, ”/'' Brent/NNP/ORGANIZATION Bozell/NNP/ORGANIZATION III/NNP/ORGANIZATION ,/, "
                + "founder/NN of/IN a/DT group/NN ,/, tells/VBZ/tell Breitbart/NNP/ORGANIZATION ./.").paragraph()
                .sentence("“/`` Cruz/NNP/PERSON will/MD prevail/VB/prevail ,/, ”/'' Bozell/NNP/PERSON says/VBZ/say ./."));
        assertEquals("Brent Bozell III", speakerOf(qs, "Cruz will prevail"));
    }

    @Test
    void aShortNameMetBeforeTheFullOneTakesTheFullName() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT Post/NNP/ORGANIZATION asked/VBD/ask questions/NNS ./.")
                .paragraph()
                .sentence("“/`` It/PRP was/VBD/be a/DT mistake/NN ,/, ”/'' the/DT Washington/NNP/ORGANIZATION "
                        + "Post/NNP/ORGANIZATION wrote/VBD/write ./.").paragraph()
                .sentence("As/IN/ORGANIZATION Politico/NNP/ORGANIZATION reported/VBD/report ,/, “/`` the/DT race/NN "
                        + "is/VBZ/be over/RB ./. ”/''"));
        assertEquals("Washington Post", speakerOf(qs, "It was a mistake"));
        assertEquals("Politico", speakerOf(qs, "the race is over"));
    }

    @Test
    void theNetworkIsTheNewsOrganisationLastNamedNotTheSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Harvard/NNP/ORGANIZATION Institute/NNP/ORGANIZATION of/IN/ORGANIZATION "
                + "Politics/NNP/ORGANIZATION hosted/VBD/host a/DT forum/NN that/WDT CNN/NNP/ORGANIZATION aired/VBD/air ./.")
                .paragraph()
                .sentence("“/`` We/PRP stand/VBP/stand by/IN the/DT story/NN ,/, ”/'' the/DT network/NN said/VBD/say ./."));
        assertEquals("CNN", speakerOf(qs, "We stand by"));
    }

    @Test
    void aCommonSurnameAfterTheOnlyBearerNamedStaysWithThem() {
        String padding = "The/DT forum/NN ,/, held/VBN/hold every/DT year/NN in/IN a/DT hotel/NN by/IN the/DT sea/NN ,/, "
                + "draws/VBZ/draw ministers/NNS ,/, generals/NNS and/CC scholars/NNS from/IN around/IN the/DT region/NN "
                + "and/CC beyond/IN for/IN three/CD days/NNS of/IN talks/NNS ,/, dinners/NNS and/CC panels/NNS ./.";
        List<Quote> qs = quotes(new TaggedText().sentence("Defense/NNP Secretary/NNP Ash/NNP/PERSON Carter/NNP/PERSON "
                + "arrived/VBD/arrive ./.").paragraph().sentence(padding).paragraph().sentence(padding).paragraph()
                .sentence("“/`` We/PRP will/MD stay/VB/stay ,/, ”/'' Carter/NNP/PERSON said/VBD/say ./."));
        assertEquals("Ash Carter", speakerOf(qs, "We will stay"));
    }

    @Test
    void knownNamesTheTaggerMissedOrCutShortAreWhole() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ban/NNP Ki/NNP -/HYPH moon/NNP ,/, the/DT secretary/NN general/NN ,/, "
                + "spoke/VBD/speak ./.")
                .sentence("Shane/NNP/PERSON Shook/VBD/PERSON ,/, a/DT security/NN expert/NN ,/, agreed/VBD/agree ./.").paragraph()
                .sentence("“/`` It/PRP was/VBD/be a/DT triumph/NN ,/, ”/'' Ban/NNP recalled/VBD/recall ./.")
                .sentence("“/`` It/PRP was/VBD/be a/DT hack/NN ,/, ”/'' Shook/VBD/PERSON said/VBD/say ./."));
        assertEquals("Ban Ki-moon", speakerOf(qs, "It was a triumph"));
        assertEquals("Shane Shook", speakerOf(qs, "It was a hack"));
    }

    @Test
    void aPhraseFarFromItsSubjectOrBehindAParticipleIsStillTheSubjects() {
        List<Quote> qs = quotes(new TaggedText().sentence("Barack/NNP/PERSON Obama/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("Chris/NNP/PERSON Christie/NNP/PERSON ,/, hoping/VBG/hope to/TO surge/VB/surge in/IN "
                        + "Iowa/NNP/LOCATION ,/, called/VBD/call Obama/NNP/PERSON a/DT “/`` petulant/JJ child/NN ./. ”/''")
                .paragraph()
                .sentence("Sam/NNP/PERSON Jacobs/NNP/PERSON credited/VBD/credit Angela/NNP/PERSON Merkel/NNP/PERSON with/IN "
                        + "holding/VBG/hold “/`` the/DT continent/NN together/RB ”/'' through/IN the/DT crisis/NN ./."));
        Quote christie = QuotesOf.holding(qs, "petulant");
        assertEquals("Chris Christie", christie.speaker().name());
        Quote jacobs = QuotesOf.holding(qs, "continent");
        assertEquals("Sam Jacobs", jacobs.speaker().name());
        assertTrue(jacobs.text().startsWith("Angela Merkel with holding"), jacobs.text());
    }

    @Test
    void theFormerPresidentIsNotTheSittingOne() {
        List<Quote> qs = quotes(new TaggedText().sentence("Former/JJ President/NNP Bill/NNP/PERSON Clinton/NNP/PERSON "
                + "spoke/VBD/speak in/IN Ohio/NNP/LOCATION ./.").paragraph()
                .sentence("President/NNP Barack/NNP/PERSON Obama/NNP/PERSON met/VBD/meet ministers/NNS ./.").paragraph()
                .sentence("“/`` We/PRP need/VBP/need jobs/NNS ,/, ”/'' the/DT former/JJ president/NN said/VBD/say ./."));
        assertEquals("Bill Clinton", speakerOf(qs, "We need jobs"));
    }

    @Test
    void aSaidThatOpensASentenceAfterTheQuotationStillNamesItsSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("Chris/NNP/PERSON Murphy/NNP/PERSON met/VBD/meet "
                + "Neil/NNP/PERSON Heslin/NNP/PERSON in/IN a/DT firehouse/NN ./.")
                .sentence("Heslin/NNP/PERSON had/VBD/have no/DT reason/NN to/TO go/VB/go home/NN ./.").paragraph()
                .sentence("“/`` There/EX is/VBZ/be something/NN about/IN those/DT stories/NNS ,/, right/RB ?/. ”/''")
                .sentence("said/VBD/say Murphy/NNP/PERSON ,/, who/WP thinks/VBZ/think often/RB about/IN it/PRP ./.").paragraph()
                .sentence("“/`` I/PRP struggle/VBP/struggle with/IN religion/NN ,/, but/CC I/PRP get/VBP/get more/JJR of/IN it/PRP ./. ”/''"));
        assertEquals("Chris Murphy", speakerOf(qs, "I struggle"));
    }

    @Test
    void aReportersNameAfterTheVocabularysNetworkIsThePerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` That/DT would/MD be/VB/be you/PRP ?/. ”/'' "
                + "BBC/NNP/ORGANIZATION 's/POS/ORGANIZATION Gloria/NNP/ORGANIZATION Borger/NNP/ORGANIZATION asked/VBD/ask ./.")
                .paragraph().sentence("“/`` It/PRP is/VBZ/be late/JJ ,/, ”/'' she/PRP added/VBD/add ./."));
        assertEquals("Gloria Borger", speakerOf(qs, "That would be you"));
        assertEquals("Gloria Borger", speakerOf(qs, "It is late"));
    }

    @Test
    void aPronounIsNotSomeoneTheQuotedWordsName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Richard/NNP/PERSON Viguerie/NNP/PERSON backs/VBZ/back a/DT candidate/NN ./.")
                .paragraph()
                .sentence("Ted/NNP/PERSON Cruz/NNP/PERSON is/VBZ/be right/JJ on/IN the/DT issues/NNS ./.").paragraph()
                .sentence("“/`` Cruz/NNP/PERSON is/VBZ/be our/PRP$ best/JJS debater/NN ,/, ”/'' he/PRP says/VBZ/say ./."));
        assertEquals("Richard Viguerie", speakerOf(qs, "Cruz is our best"));
    }

    @Test
    void asForSomeoneMakesThemTheTopic() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ted/NNP/PERSON Cruz/NNP/PERSON warned/VBD/warn of/IN a/DT "
                + "disaster/NN ./.").paragraph()
                .sentence("As/IN for/IN " + TRUMP + ",/, he/PRP said/VBD/say he/PRP is/VBZ/be not/RB worried/JJ ./.")
                .sentence("“/`` I/PRP will/MD have/VB/have the/DT delegates/NNS ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Donald Trump", speakerOf(qs, "I will have the delegates"));
    }

    @Test
    void theSubjectOfAReportedClauseIsASubjectForALaterPronoun() {
        List<Quote> qs = quotes(new TaggedText().sentence("Sandra/NNP/PERSON Sucher/NNP/PERSON teaches/VBZ/teach at/IN "
                + "Harvard/NNP/ORGANIZATION ./.").paragraph()
                .sentence("Aides/NNS say/VBP/say Ivanka/NNP/PERSON Trump/NNP/PERSON also/RB advises/VBZ/advise her/PRP$ "
                        + "father/NN ./.").paragraph()
                .sentence("“/`` Women/NNS are/VBP/be paid/VBN/pay equally/RB ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Ivanka Trump", speakerOf(qs, "Women are paid"));
    }

    @Test
    void theSpeakerBeforeAColonOutranksTheOutletThatReportedIt() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "welcomed/VBD/welcome Sadiq/NNP/PERSON Khan/NNP/PERSON ./.")
                .paragraph()
                .sentence("Asked/VBN/ask about/IN Khan/NNP/PERSON ,/, Trump/NNP/PERSON said/VBD/say :/: “/`` There/EX will/MD "
                        + "always/RB be/VB/be exceptions/NNS ,/, ”/'' the/DT Times/NNP/ORGANIZATION reported/VBD/report ./."));
        assertEquals("Donald Trump", speakerOf(qs, "There will always be exceptions"));
    }

    @Test
    void aPhraseWhoseQuotationRunsPastItsSentenceTakesTheWholeQuotation() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT Daily/NNP/ORGANIZATION News/NNP/ORGANIZATION ran/VBD/run "
                + "an/DT editorial/NN ./.").paragraph()
                .sentence("The/DT Daily/NNP/ORGANIZATION News/NNP/ORGANIZATION wrote/VBD/write "
                        + "the/DT law/NN “/`` empowers/VBZ/empower dealers/NNS ./.")
                .sentence("Very/RB few/JJ people/NNS are/VBP/be barred/VBN/bar ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "empowers");
        assertTrue(q.text().contains("Very few people are barred"), q.text());
    }

    @Test
    void anAgeAndAnEditorialBoardFindWhoTheyStandFor() {
        List<Quote> qs = quotes(new TaggedText().sentence("Melania/NNP/PERSON Trump/NNP/PERSON spoke/VBD/speak on/IN Monday/NNP ./.")
                .paragraph()
                .sentence("“/`` I/PRP love/VBP/love this/DT country/NN ,/, ”/'' the/DT 46-year-old/JJ said/VBD/say ./.").paragraph()
                .sentence("The/DT Wall/NNP/ORGANIZATION Street/NNP/ORGANIZATION Journal/NNP/ORGANIZATION criticized/VBD/criticize "
                        + "the/DT campaign/NN ./.").paragraph()
                .sentence("“/`` He/PRP needs/VBZ/need to/TO stop/VB/stop ,/, ”/'' the/DT editorial/JJ board/NN wrote/VBD/write ./."));
        assertEquals("Melania Trump", speakerOf(qs, "I love this country"));
        assertEquals("Wall Street Journal", speakerOf(qs, "He needs to stop"));
    }

    @Test
    void aNameTheTaggerRunsOverALineBreakIsTheNameAfterIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Christie/NNP/PERSON Would/MD Issue/VB/issue A/DT Quarantine/NN "
                + "Over/IN Zika/NNP/PERSON Virus/NNP/PERSON ¶ Chris/NNP/PERSON Christie/NNP/PERSON said/VBD/say he/PRP "
                + "would/MD act/VB/act ./.")
                .sentence("“/`` You/PRP bet/VBP/bet I/PRP would/MD ,/, ”/'' Christie/NNP/PERSON said/VBD/say ./."));
        assertEquals("Chris Christie", speakerOf(qs, "You bet I would"));
    }

    @Test
    void aSurnameTheTaggerReadAsAnAdjectiveStaysInTheName() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` He/PRP will/MD stop/VB/stop Trump/NNP/PERSON ,/, ”/'' "
                + "said/VBD/say Tad/NNP/PERSON Devine/JJ/PERSON ,/, a/DT strategist/NN ./."));
        assertEquals("Tad Devine", speakerOf(qs, "He will stop"));
    }

    @Test
    void aCandidatesTeamIsNotAPersonWhoseSurnameTheCandidateShares() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON won/VBD/win Iowa/NNP/LOCATION ./.")
                .paragraph()
                .sentence("Team/NNP/PERSON Clinton/NNP/PERSON 's/POS contention/NN was/VBD/be an/DT excuse/NN ./.")
                .paragraph()
                .sentence("“/`` We/PRP won/VBD/win ,/, ”/'' Clinton/NNP/PERSON said/VBD/say ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "We won"));
    }

    @Test
    void anAssemblywomansTitleIsNotPartOfHerName() {
        List<Quote> qs = quotes(new TaggedText().sentence("Assemblywoman/NNP/PERSON Claudia/NNP/PERSON Tenney/NNP/PERSON "
                + "won/VBD/win ./.").paragraph()
                .sentence("“/`` I/PRP am/VBP/be not/RB afraid/JJ ,/, ”/'' Tenney/NNP/PERSON said/VBD/say ./."));
        assertEquals("Claudia Tenney", speakerOf(qs, "I am not"));
    }

    @Test
    void aNameEndingThePhraseAfterACommaSpeaksAndTheNamedListenerIsNotTheWords() {
        List<Quote> qs = quotes(new TaggedText().sentence("In/IN discussing/VBG/discuss scandals/NNS around/IN nominee/NN "
                + "Hillary/NNP/PERSON Clinton/NNP/PERSON ,/, former/JJ UN/NNP/ORGANIZATION Ambassador/NNP John/NNP/PERSON "
                + "Bolton/NNP/PERSON told/VBD/tell SiriusXM/NNP/ORGANIZATION Radio/NNP/ORGANIZATION Daily/NNP/ORGANIZATION "
                + "host/NN Matt/NNP/PERSON Boyle/NNP/PERSON ,/, “/`` Her/PRP$ slogan/NN might/MD as/RB well/RB be/VB/be "
                + "Not/RB Indicted/VBN/indict Yet/RB !/. ”/''"));
        Quote q = QuotesOf.holding(qs, "Her slogan");
        assertEquals("John Bolton", q.speaker().name());
        assertEquals("former UN Ambassador John Bolton", q.source().text());
        assertTrue(!q.text().contains("Boyle"), q.text());
    }

    @Test
    void theNameAfterWithIsTheSubjectOfTheParticiple() {
        List<Quote> qs = quotes(new TaggedText().sentence("At/IN a/DT rally/NN in/IN Birmingham/NNP/LOCATION ,/, "
                + "Alabama/NNP/LOCATION ,/, supporters/NNS punched/VBD/punch a/DT protester/NN ,/, with/IN " + TRUMP
                + "reportedly/RB yelling/VBG/yell :/: “/`` Get/VB/get him/PRP out/IN of/IN here/RB !/. ”/''"));
        assertEquals("Donald Trump", speakerOf(qs, "Get him out"));
    }

    @Test
    void aHeadlinesVerbEndsTheNameTheTaggerRanOverIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Sanders/NNP/ORGANIZATION Says/VBZ/say/ORGANIZATION "
                + "Fight/NNP/ORGANIZATION Goes/VBZ/go/ORGANIZATION On/IN ./.").paragraph()
                .sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON spoke/VBD/speak in/IN Ventura/NNP/LOCATION ./."));
        assertEquals("Bernie Sanders", speakerOf(qs, "Fight Goes On"));
    }

    @Test
    void aDescriptionWithItsNameInAnAppositiveIsThatPersonNotAnotherLeader() {
        List<Quote> qs = quotes(new TaggedText().sentence("Israeli/JJ Prime/NNP Minister/NNP Benjamin/NNP/PERSON "
                + "Netanyahu/NNP/PERSON rejected/VBD/reject the/DT remarks/NNS ./.").paragraph()
                .sentence("The/DT leader/NN of/IN the/DT Anti-Defamation/NNP/ORGANIZATION League/NNP/ORGANIZATION ,/, "
                        + "Jonathan/NNP/PERSON Greenblatt/NNP/PERSON ,/, warned/VBD/warn that/IN such/JJ a/DT ban/NN "
                        + "would/MD be/VB/be “/`` unacceptable/JJ ./. ”/''").paragraph()
                .sentence("He/PRP said/VBD/say Jews/NNPS “/`` know/VBP/know too/RB well/RB ./. ”/''"));
        assertEquals("Jonathan Greenblatt", speakerOf(qs, "such a ban"));
        assertEquals("Jonathan Greenblatt", speakerOf(qs, "Jews"));
    }

    @Test
    void theActressIsTheOneIntroducedAsAnActressAndAnOpeningParticiplesNamesAreNotTheSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Oscar-winning/JJ actress/NN Susan/NNP/PERSON Sarandon/NNP/PERSON "
                + "is/VBZ/be not/RB sure/JJ she/PRP can/MD vote/VB/vote for/IN Hillary/NNP/PERSON Clinton/NNP/PERSON ./.")
                .paragraph()
                .sentence("Clinton/NNP/PERSON leads/VBZ/lead ./. ").sentence("Clinton/NNP/PERSON won/VBD/win ./.").paragraph()
                .sentence("The/DT actress/NN said/VBD/say she/PRP was/VBD/be tired/JJ of/IN the/DT status/NN quo/NN ./.")
                .paragraph()
                .sentence("Asked/VBN/ask about/IN her/PRP$ vote/NN if/IN Clinton/NNP/PERSON faces/VBZ/face Trump/NNP/PERSON ,/, "
                        + "she/PRP replied/VBD/reply :/: “/`` I/PRP do/VBP/do n't/RB know/VB/know ./. ”/''"));
        assertEquals("Susan Sarandon", speakerOf(qs, "she was tired"));
        assertEquals("Susan Sarandon", speakerOf(qs, "I do"), qs.toString());
    }

    @Test
    void aTitleAfterAQuotationsCloseIsNotTheTitleOfTheNameInsideIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Chris/NNP/PERSON Christie/NNP/PERSON ,/, the/DT governor/NN "
                + "of/IN New/NNP/LOCATION Jersey/NNP/LOCATION ,/, endorsed/VBD/endorse Trump/NNP/PERSON ./.").paragraph()
                .sentence("“/`` He/PRP is/VBZ/be the/DT best/JJS person/NN to/TO beat/VB/beat Hillary/NNP/PERSON "
                        + "Clinton/NNP/PERSON ,/, ”/'' the/DT governor/NN said/VBD/say ./."));
        assertEquals("Chris Christie", speakerOf(qs, "He is the best"));
    }

    @Test
    void aBareSurnameOrAHyphenedOneSaysNothingOfGender() {
        List<Quote> qs = quotes(new TaggedText().sentence("Mark/NNP/PERSON -/HYPH/PERSON Viverito/NNP/PERSON "
                + "pillories/VBZ/pillory Sanders/NNP/PERSON ./.").paragraph()
                .sentence("Melissa/NNP/PERSON Mark/NNP/PERSON -/HYPH/PERSON Viverito/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("Mark/NNP/PERSON -/HYPH/PERSON Viverito/NNP/PERSON ,/, who/WP wants/VBZ/want a/DT job/NN "
                        + "if/IN Hillary/NNP/PERSON Clinton/NNP/PERSON wins/VBZ/win ,/, declined/VBD/decline a/DT question/NN ./.")
                .paragraph()
                .sentence("“/`` Thank/VBP/thank you/PRP very/RB much/RB ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Melissa Mark-Viverito", speakerOf(qs, "Thank you"));
    }

    @Test
    void aParticiplesPhraseBeforeTheCueIsNotWhatWasSaid() {
        List<Quote> qs = quotes(new TaggedText().sentence("Asked/VBN/ask about/IN that/DT vote/NN specifically/RB ,/, "
                + "Melissa/NNP/PERSON Mark/NNP/PERSON -/HYPH/PERSON Viverito/NNP/PERSON pointed/VBD/point to/IN "
                + "Clinton/NNP/PERSON 's/POS support/NN ./."));
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aWhenAskedCircumstanceBetweenCueAndQuoteIsLookedPast() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("Any/DT decision/NN would/MD involve/VB/involve Attorney/NNP General/NNP Loretta/NNP/PERSON "
                        + "Lynch/NNP/PERSON ,/, who/WP told/VBD/tell Congress/NNP/ORGANIZATION when/WRB asked/VBN/ask "
                        + "last/JJ month/NN about/IN the/DT inquiry/NN :/: “/`` That/DT matter/NN is/VBZ/be being/VBG/be "
                        + "handled/VBN/handle by/IN agents/NNS ./. ”/''"));
        assertEquals("Loretta Lynch", speakerOf(qs, "That matter"));
    }

    @Test
    void aNameModifyingATitledNameIsNotTheSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Clinton/NNP/PERSON Communications/NNPS Director/NNP "
                + "Jennifer/NNP/PERSON Palmieri/NNP/PERSON called/VBD/call the/DT idea/NN a/DT “/`` ridiculous/JJ "
                + "proposition/NN ,/, ”/'' adding/VBG/add ,/, “/`` Trump/NNP/PERSON needs/VBZ/need to/TO change/VB/change ./. ”/''"));
        assertEquals("Jennifer Palmieri", speakerOf(qs, "Trump needs"));
    }

    @Test
    void aCueAfterAFinishedQuotationThatReportsAClauseOfItsOwnIsAnotherSpeakers() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` It/PRP is/VBZ/be sad/JJ ,/, ”/'' Ted/NNP/PERSON Cruz/NNP/PERSON "
                + "told/VBD/tell reporters/NNS ./.")
                .sentence("“/`` This/DT is/VBZ/be the/DT consequence/NN of/IN that/DT culture/NN ./. ”/'' Ohio/NNP/LOCATION "
                        + "Gov./NNP John/NNP/PERSON Kasich/NNP/PERSON said/VBD/say he/PRP would/MD have/VB/have "
                        + "fired/VBN/fire him/PRP ./."));
        Quote q = QuotesOf.holding(qs, "This is the consequence");
        assertEquals("Ted Cruz", q.speaker().name());
    }

    @Test
    void anOwnedRoleIsThePersonTheArticleGaveThatRole() {
        List<Quote> qs = quotes(new TaggedText().sentence("Campaign/NN manager/NN Corey/NNP/PERSON Lewandowski/NNP/PERSON "
                + "joined/VBD/join " + TRUMP + "in/IN Iowa/NNP/LOCATION ./.").paragraph()
                .sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' Trump/NNP/PERSON 's/POS campaign/NN manager/NN said/VBD/say ./."));
        assertEquals("Corey Lewandowski", speakerOf(qs, "We will win"));
    }

    @Test
    void aParticipleUsedAsAnAdjectiveIsNoCueAndAnAppositiveWithAListKeepsItsName() {
        List<Quote> qs = quotes(new TaggedText().sentence("However/RB ,/, Jill/NNP/PERSON Martin/NNP/PERSON ,/, vice/NN "
                + "president/NN for/IN the/DT Trump/NNP/ORGANIZATION Organization/NNP/ORGANIZATION ,/, said/VBD/say in/IN "
                + "a/DT written/VBN/write statement/NN that/IN the/DT claims/NNS had/VBD/have “/`` no/DT substance/NN ./. ”/''")
                .paragraph()
                .sentence("The/DT plans/NNS “/`` will/MD not/RB solve/VB/solve this/DT ,/, ”/'' Anne/NNP/PERSON "
                        + "Richards/NNP/PERSON ,/, assistant/NN secretary/NN for/IN population/NN ,/, refugees/NNS ,/, "
                        + "and/CC migration/NN ,/, said/VBD/say ./."));
        assertEquals("Jill Martin", speakerOf(qs, "the claims"));
        Quote q = QuotesOf.holding(qs, "will not solve");
        assertEquals("Anne Richards", q.speaker().name());
    }

    @Test
    void aDescriptionNamingAPartyIsNotTheOtherPartysNominee() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON blasted/VBD/blast "
                + TRUMP + "over/IN his/PRP$ plan/NN ./.").paragraph()
                .sentence(TRUMP + "defended/VBD/defend it/PRP ./.").paragraph()
                .sentence("The/DT Democratic/NNP/MISC presidential/JJ candidate/NN called/VBD/call it/PRP “/`` absurd/JJ ./. ”/''"));
        assertEquals("Hillary Clinton", speakerOf(qs, "it “absurd"));
    }

    @Test
    void aDocumentSpeaksForItsOwner() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT judge/NN ruled/VBD/rule ./.").paragraph()
                .sentence("However/RB ,/, Ivana/NNP/PERSON Trump/NNP/PERSON 's/POS brief/NN said/VBD/say that/IN was/VBD/be "
                        + "not/RB her/PRP$ view/NN and/CC dismissed/VBD/dismiss the/DT reports/NNS as/IN “/`` previous/JJ "
                        + "misinterpreted/JJ statements/NNS ./. ”/''"));
        assertEquals("Ivana Trump", speakerOf(qs, "was not her view"));
    }

    @Test
    void aBareDocumentIsTheOneNamedBeforeWithItsOwner() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("The/DT New/NNP/ORGANIZATION York/NNP/ORGANIZATION Times/NNP/ORGANIZATION covered/VBD/cover "
                        + "Trump/NNP/PERSON ./.").paragraph()
                .sentence("Years/NNS ago/RB ,/, a/DT Times/NNP article/NN hailed/VBD/hail Trump/NNP/PERSON as/IN "
                        + "a/DT winner/NN ./.").paragraph()
                .sentence("“/`` Leaders/NNS honored/VBD/honor Donald/NNP/PERSON Trump/NNP/PERSON yesterday/NN ,/, ”/'' "
                        + "the/DT article/NN read/VBD/read ./."));
        assertEquals("New York Times", speakerOf(qs, "Leaders honored"));
    }

    @Test
    void aBareDocumentIsItsMakersOrItsWritersNamedSince() {
        List<Quote> made = quotes(new TaggedText()
                .sentence("The/DT Times/NNP/ORGANIZATION said/VBD/say Peter/NNP/PERSON Cook/NNP/PERSON provided/VBD/provide "
                        + "a/DT written/VBN/write statement/NN ./.").paragraph()
                .sentence("“/`` The/DT secretary/NN made/VBD/make a/DT mistake/NN ,/, ”/'' the/DT statement/NN "
                        + "said/VBD/say ./."));
        assertEquals("Peter Cook", speakerOf(made, "The secretary made"));
        List<Quote> written = quotes(new TaggedText()
                .sentence("A/DT Clinton/NNP/PERSON campaign/NN memo/NN was/VBD/be released/VBN/release ./.").paragraph()
                .sentence("“/`` Attention/NN will/MD turn/VB/turn to/TO Nevada/NNP/LOCATION ,/, ”/'' campaign/NN "
                        + "manager/NN Robby/NNP/PERSON Mook/NNP/PERSON wrote/VBD/write ./.")
                .sentence("“/`` We/PRP feel/VBP/feel very/RB good/JJ about/IN our/PRP$ prospects/NNS ,/, ”/'' the/DT "
                        + "memo/NN stated/VBD/state ./."));
        assertEquals("Robby Mook", speakerOf(written, "We feel"));
    }

    @Test
    void aNameOwningTheReportedClausesSubjectIsNotTheOneWhoSaidIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ivanka/NNP/PERSON Trump/NNP/PERSON released/VBD/release a/DT plan/NN ./.")
                .paragraph()
                .sentence("Economist/NN Aparna/NNP/PERSON Mathur/NNP/PERSON ,/, who/WP studies/VBZ/study tax/NN policy/NN ,/, "
                        + "said/VBD/say Ivanka/NNP/PERSON Trump/NNP/PERSON 's/POS statement/NN did/VBD/do n't/RB "
                        + "clarify/VB/clarify the/DT matter/NN ./.").paragraph()
                .sentence("“/`` I/PRP do/VBP/do n't/RB see/VB/see details/NNS ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Aparna Mathur", speakerOf(qs, "I do"));
    }

    @Test
    void someoneBroughtInWithARoleRightBeforeTheQuoteSpeaks() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Voter/NN Bryan/NNP/PERSON Anderson/NNP/PERSON agreed/VBD/agree with/IN her/PRP ./.").paragraph()
                .sentence("No/DT songs/NNS were/VBD/be written/VBN/write ,/, which/WDT concerns/VBZ/concern "
                        + "Henry/NNP/PERSON Crespo/NNP/PERSON ,/, president/NN of/IN the/DT caucus/NN ./.").paragraph()
                .sentence("“/`` No/DT one/NN is/VBZ/be writing/VBG/write songs/NNS ./.")
                .sentence("It/PRP is/VBZ/be a/DT pity/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Henry Crespo", speakerOf(qs, "No one"));
    }

    @Test
    void itSkipsARegionsAdjectiveAndAConjunctOfAPrepositionsObject() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("The/DT IMF/NNP/ORGANIZATION report/NN stated/VBD/state its/PRP$ view/NN ./.").paragraph()
                .sentence(TRUMP + "criticized/VBD/criticize the/DT North/NNP/ORGANIZATION American/NNP/ORGANIZATION "
                        + "Free/NNP/ORGANIZATION Trade/NNP/ORGANIZATION Agreement/NNP/ORGANIZATION and/CC tariffs/NNS "
                        + "on/IN goods/NNS from/IN China/NNP/LOCATION and/CC Mexico/NNP/LOCATION ./.").paragraph()
                .sentence("Although/IN the/DT IMF/NNP/ORGANIZATION named/VBD/name no/DT one/NN ,/, it/PRP "
                        + "cited/VBD/cite “/`` political/JJ tensions/NNS ”/'' in/IN rich/JJ economies/NNS ./."));
        assertEquals("International Monetary Fund", speakerOf(qs, "“political tensions”"));
    }

    @Test
    void aLowerCaseRoleTheTaggerCalledAProperNounIsStillADescription() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD/speak at/IN a/DT "
                        + "forum/NN ./.").paragraph()
                .sentence("The/DT former/JJ first/JJ lady/NN and/CC U.S./NNP/LOCATION senator/NNP said/VBD/say it/PRP "
                        + "was/VBD/be “/`` a/DT mistake/NN ./. ”/''"));
        assertEquals("Hillary Clinton", speakerOf(qs, "it was"));
    }

    @Test
    void aRetiredGeneralTheTaggerCalledAnOrganisationSpeaks() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON won/VBD/win support/NN ./.")
                .paragraph()
                .sentence("Clinton/NNP/PERSON \"/'' is/VBZ/be the/DT only/JJ candidate/NN with/IN the/DT experience/NN ,/, "
                        + "\"/'' retired/VBN/retire Air/NNP/ORGANIZATION Force/NNP/ORGANIZATION general/NNP "
                        + "Lloyd/NNP/ORGANIZATION Newton/NNP/ORGANIZATION said/VBD/say ./."));
        Quote q = QuotesOf.holding(qs, "only candidate");
        assertEquals("Lloyd Newton", q.speaker().name());
        assertEquals("retired Air Force general Lloyd Newton", q.source().text());
    }

    @Test
    void aPhotoCreditIsNotInTheStory() {
        List<Quote> qs = quotes(new TaggedText().sentence("Peter/NNP/PERSON Serafinowicz/NNP/PERSON posted/VBD/post a/DT clip/NN ./.")
                .paragraph().sentence("Neilson/NNP/PERSON Barnard/NNP/PERSON via/IN Getty/NNP/ORGANIZATION Images/NNPS/ORGANIZATION ./.")
                .paragraph().sentence("“/`` What/WP if/IN he/PRP had/VBD/have lessons/NNS ?/. ”/'' he/PRP asked/VBD/ask ./."));
        assertEquals("Peter Serafinowicz", speakerOf(qs, "What if"));
    }

    @Test
    void aDocumentOwnedByAPronounIsItsOwners() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ivanka/NNP/PERSON Trump/NNP/PERSON posted/VBD/post a/DT photo/NN ./.")
                .paragraph()
                .sentence("Her/PRP$ Twitter/NNP account/NN said/VBD/say it/PRP was/VBD/be “/`` a/DT great/JJ day/NN "
                        + "for/IN the/DT family/NN ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "great day");
        assertEquals("Ivanka Trump", q.speaker().name());
        assertEquals("Her Twitter account", q.source().text());
    }

    @Test
    void aTownAndItsStateStayInTheSourceBeforeTheCue() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ted/NNP/PERSON Cruz/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("Stacy/NNP/PERSON Baker/NNP/PERSON of/IN Columbia/NNP/LOCATION ,/, South/NNP/LOCATION "
                        + "Carolina/NNP/LOCATION says/VBZ/say she/PRP thinks/VBZ/think Cruz/NNP/PERSON can/MD win/VB/win "
                        + "if/IN he/PRP keeps/VBZ/keep “/`` doing/VBG/do what/WP he/PRP is/VBZ/be doing/VBG/do ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "can win");
        assertEquals("Stacy Baker", q.speaker().name());
        assertEquals("Stacy Baker of Columbia, South Carolina", q.source().text());
    }

    @Test
    void aNameAfterATitleTheTaggerMisreadSpeaksBeforeItsVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON opposes/VBZ/oppose it/PRP ./.")
                .paragraph()
                .sentence("“/`` They/PRP care/VBP/care about/IN wages/NNS ,/, ”/'' Fight/VB/fight for/IN $/$ 15/CD "
                        + "organizing/VBG/organize director/NN Kendall/NNP/PERSON Fells/NNP/PERSON told/VBD/tell "
                        + "Fox/NNP/ORGANIZATION News/NNP/ORGANIZATION ./."));
        Quote q = QuotesOf.holding(qs, "care about");
        assertEquals("Kendall Fells", q.speaker().name());
        assertEquals("Fight for $ 15 organizing director Kendall Fells", q.source().text());
    }

    @Test
    void aPersonOfAnInstitutionBeforeTheVerbIsTheWholeSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("David/NNP/PERSON Albright/NNP/PERSON wrote/VBD/write a/DT report/NN ./.")
                .paragraph()
                .sentence("“/`` It/PRP would/MD be/VB/be a/DT stretch/NN ,/, ”/'' Jeffrey/NNP/PERSON Lewis/NNP/PERSON "
                        + "of/IN the/DT Martin/NNP/ORGANIZATION Center/NNP/ORGANIZATION wrote/VBD/write ./."));
        Quote q = QuotesOf.holding(qs, "stretch");
        assertEquals("Jeffrey Lewis", q.speaker().name());
        assertEquals("Jeffrey Lewis of the Martin Center", q.source().text());
    }

    @Test
    void aParticipleAsideMayStandBetweenTheSourceAndItsVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("Donald/NNP/PERSON Trump/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` We/PRP had/VBD/have better/JJR ones/NNS ,/, ”/'' delegate/NN Bill/NNP/PERSON "
                        + "Eastland/NNP/PERSON ,/, wearing/VBG/wear a/DT cowboy/NN hat/NN and/CC campaign/NN pins/NNS ,/, "
                        + "said/VBD/say ./."));
        assertEquals("Bill Eastland", speakerOf(qs, "We had"));
    }

    @Test
    void aPhrasalVerbOfSpeechClosesTheQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON spoke/VBD/speak first/RB ./.")
                .paragraph()
                .sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON pointed/VBD/point to/IN his/PRP$ plans/NNS ./.")
                .sentence("“/`` It/PRP is/VBZ/be concerning/JJ ,/, ”/'' she/PRP went/VBD/go on/RP ./."));
        Quote q = QuotesOf.holding(qs, "concerning");
        assertEquals("Hillary Clinton", q.speaker().name());
        assertEquals("went", q.cue().text());
    }

    @Test
    void newVerbsOfSpeechAreCues() {
        List<Quote> qs = quotes(new TaggedText().sentence("Brad/NNP/PERSON Pelletier/NNP/PERSON came/VBD/come ./.").paragraph()
                .sentence("“/`` People/NNS are/VBP/be afraid/JJ ,/, ”/'' he/PRP surmised/VBD/surmise ./."));
        Quote q = QuotesOf.holding(qs, "afraid");
        assertEquals("surmised", q.cue().text());
        assertEquals("Brad Pelletier", q.speaker().name());
    }

    @Test
    void aCueSetInsideSpeechAfterAOneWordNameAttributesTheQuotedClause() {
        List<Quote> qs = quotes(new TaggedText().sentence("Jared/NNP/PERSON Sexton/NNP/PERSON spoke/VBD/speak in/IN Iowa/NNP/LOCATION ./.")
                .paragraph()
                .sentence("Trump/NNP/PERSON ,/, Sexton/NNP/PERSON said/VBD/say ,/, has/VBZ/have created/VBN/create a/DT "
                        + "“/`` strange/JJ zone/NN ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "strange");
        assertEquals("Jared Sexton", q.speaker().name());
        assertEquals("Sexton", q.source().text());
    }

    @Test
    void anAppositiveBetweenDashesBelongsToTheNameBeforeIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Nikki/NNP/PERSON Haley/NNP/PERSON endorsed/VBD/endorse "
                        + "Marco/NNP/PERSON Rubio/NNP/PERSON ./.").paragraph()
                .sentence("Jason/NNP/PERSON Sims/NNP/PERSON —/: a/DT teacher/NN from/IN Mount/NNP/LOCATION "
                        + "Pleasant/NNP/LOCATION —/: says/VBZ/say the/DT endorsement/NN was/VBD/be “/`` a/DT big/JJ deal/NN ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "big deal");
        assertEquals("Jason Sims", q.speaker().name());
        assertEquals("Jason Sims — a teacher from Mount Pleasant —", q.source().text());
    }

    @Test
    void aNameBetweenDashesAfterADescriptionSpeaks() {
        List<Quote> qs = quotes(new TaggedText().sentence("Barack/NNP/PERSON Obama/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("A/DT former/JJ candidate/NN --/: John/NNP/PERSON McCain/NNP/PERSON ,/, who/WP lost/VBD/lose "
                        + "to/TO Obama/NNP/PERSON --/: said/VBD/say the/DT president/NN “/`` offered/VBD/offer no/DT "
                        + "changes/NNS ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "no changes");
        assertEquals("John McCain", q.speaker().name());
    }

    @Test
    void aRelativePronounSpeaksForTheNameOrDocumentBeforeIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON debated/VBD/debate ./.").paragraph()
                .sentence("One/CD tweet/NN came/VBD/come from/IN Rikkie/NNP/PERSON Wells/NNP/PERSON who/WP tweeted/VBD/tweet ,/, "
                        + "“/`` They/PRP break/VBP/break rules/NNS ./. ”/''").paragraph()
                .sentence("Pence/NNP/PERSON linked/VBD/link to/TO the/DT Associated/NNP/ORGANIZATION Press/NNP/ORGANIZATION "
                        + "report/NN ,/, which/WDT notes/VBZ/note ,/, “/`` Half/NN gave/VBD/give money/NN ./. ”/''").paragraph()
                .sentence("He/PRP quoted/VBD/quote a/DT candidate/NN who/WP promised/VBD/promise deportation/NN :/: "
                        + "“/`` Families/NNS are/VBP/be torn/VBN/tear apart/RB ./. ”/''").paragraph()
                .sentence("The/DT St./NNP/ORGANIZATION Paul/NNP/ORGANIZATION Council/NNP/ORGANIZATION voted/VBD/vote for/IN "
                        + "the/DT resolution/NN which/WDT said/VBD/say the/DT city/NN “/`` condemns/VBZ/condemn hate/NN ./. ”/''").paragraph()
                .sentence("Sanders/NNP/PERSON won/VBD/win the/DT Michigan/NNP/LOCATION primary/NN ,/, which/WDT "
                        + "suggests/VBZ/suggest the/DT race/NN is/VBZ/be “/`` far/RB from/IN over/RB ./. ”/''"));
        Quote resolution = QuotesOf.holding(qs, "condemns");
        assertEquals("the resolution", resolution.source().text());
        assertTrue(qs.stream().noneMatch(q -> q.source() != null && q.source().text().contains("primary")),
                "', which' after a contest is no source");
        assertEquals("Rikkie Wells", speakerOf(qs, "They break"));
        assertEquals("Associated Press", speakerOf(qs, "Half gave"));
        assertTrue(qs.stream().filter(q -> q.text().startsWith("Families")).noneMatch(q -> q.source() != null
                && q.source().text().equals("a candidate")), "a restrictive 'a candidate who' is not the source");
    }

    @Test
    void anAgencysNameAloneOnALineIsAPhotoCredit() {
        List<Quote> qs = quotes(new TaggedText().sentence("Zoe/NNP/PERSON Saldana/NNP/PERSON took/VBD/take his/PRP$ name/NN ./.")
                .paragraph().sentence("Getty/NNP/PERSON ./.")
                .paragraph().sentence("“/`` Men/NNS will/MD not/RB cease/VB/cease to/TO exist/VB/exist ,/, ”/'' she/PRP wrote/VBD/write ./."));
        assertEquals("Zoe Saldana", speakerOf(qs, "Men will"));
    }

    @Test
    void aNameInAnOpeningSubordinateClauseIsNotTheSentencesSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Rachel/NNP/PERSON Maddow/NNP/PERSON hosted/VBD/host "
                        + "Hillary/NNP/PERSON Clinton/NNP/PERSON ./.").paragraph()
                .sentence("When/WRB Maddow/NNP/PERSON pointed/VBD/point out/RP the/DT name/NN ,/, Clinton/NNP/PERSON "
                        + "seized/VBD/seize upon/IN it/PRP ./.")
                .sentence("“/`` It/PRP is/VBZ/be not/RB the/DT same/JJ ,/, ”/'' she/PRP said/VBD/say ./.").paragraph()
                .sentence("The/DT bar/NN was/VBD/be raised/VBN/raise to/TO stop/VB/stop Ron/NNP/PERSON Paul/NNP/PERSON ./.")
                .sentence("As/IN RealClearPolitics/NNP/ORGANIZATION '/POS David/NNP/PERSON Byler/NNP/PERSON pointed/VBD/point "
                        + "out/RP in/IN December/NNP ,/, “/`` the/DT delegates/NNS can/MD change/VB/change it/PRP ./. ”/''").paragraph()
                .sentence("“/`` This/DT will/MD depend/VB/depend on/IN what/WP happens/VBZ/happen in/IN the/DT primaries/NNS ./. ”/''"));
        assertEquals("Hillary Clinton", speakerOf(qs, "It is not the same"));
        assertEquals("David Byler", speakerOf(qs, "This will depend"), "'As Byler pointed out' names who speaks");
    }

    @Test
    void aMediaOutletAfterTheSpeakersCueReportsButAPersonRecounts() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON sent/VBD/send a/DT text/NN ./.")
                .paragraph()
                .sentence("“/`` Do/VB/do not/RB protest/VB/protest on/IN the/DT floor/NN ,/, ”/'' Sanders/NNP/PERSON "
                        + "said/VBD/say ,/, according/VBG/accord to/IN CNN/NNP/ORGANIZATION ./.").paragraph()
                .sentence("Lois/NNP/PERSON Frankel/NNP/PERSON recalled/VBD/recall a/DT call/NN ./.")
                .sentence("“/`` She/PRP will/MD have/VB/have my/PRP$ name/NN ,/, ”/'' Alan/NNP/PERSON Grayson/NNP/PERSON "
                        + "said/VBD/say ,/, according/VBG/accord to/IN Frankel/NNP/PERSON ./."));
        assertEquals("Bernie Sanders", speakerOf(qs, "Do not protest"));
        List<Quote> jobs = quotes(new TaggedText().sentence("Apple/NNP/ORGANIZATION added/VBD/add 2,000/CD jobs/NNS "
                + "in/IN March/NNP ,/, according/VBG/accord to/IN the/DT Labor/NNP/ORGANIZATION Department/NNP/ORGANIZATION ./."));
        assertEquals(1, jobs.size(), "an organisation's non-speech 'added' leaves the report to the department");
        Quote recounted = QuotesOf.holding(qs, "my name");
        assertEquals("Lois Frankel", recounted.speaker().name());
    }

    @Test
    void theJusticeIsAJudgeButTheJusticeDepartmentIsABody() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ruth/NNP/PERSON Bader/NNP/PERSON Ginsburg/NNP/PERSON apologized/VBD/apologize ./.")
                .sentence("The/DT Justice/NNP/ORGANIZATION Department/NNP/ORGANIZATION said/VBD/say nothing/NN ./.").paragraph()
                .sentence("In/IN interviews/NNS ,/, the/DT justice/NN sounded/VBD/sound off/RP ,/, saying/VBG/say she/PRP "
                        + "did/VBD/do n't/RB “/`` want/VB/want to/TO contemplate/VB/contemplate ”/'' the/DT effects/NNS ./."));
        Quote q = QuotesOf.holding(qs, "contemplate");
        assertEquals("Ruth Bader Ginsburg", q.speaker().name());
        TaggedText t = new TaggedText().sentence("Ruth/NNP/PERSON Bader/NNP/PERSON Ginsburg/NNP/PERSON apologized/VBD/apologize ./.")
                .sentence("The/DT Justice/NNP/ORGANIZATION Department/NNP/ORGANIZATION said/VBD/say nothing/NN ./.")
                .sentence("Barack/NNP/PERSON Obama/NNP/PERSON flew/VBD/fly home/RB ./.")
                .sentence("The/DT President/NNP Thursday/NNP said/VBD/say it/PRP would/MD hold/VB/hold ./.");
        var entities = new org.newsgraph.entities.EntityResolver(org.newsgraph.testing.TestVocabulary.VOCABULARY).resolve(t.annotated());
        assertTrue(entities.mentions().stream().noneMatch(m -> m.span().text().equals("The Justice")), "a body's name, not a judge");
        assertTrue(entities.mentions().stream().anyMatch(m -> m.span().text().startsWith("The President")),
                "a title before a date still describes: " + entities.mentions());
    }

    @Test
    void aBareCueNeedsAClauseNotJustATimeAndPlace() {
        List<Quote> qs = quotes(new TaggedText().sentence("Francois/NNP/PERSON Hollande/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("Trump/NNP/PERSON 's/POS “/`` excesses/NNS ”/'' are/VBP/be sickening/JJ ,/, Hollande/NNP/PERSON "
                        + "said/VBD/say Tuesday/NNP in/IN Paris/NNP/LOCATION ,/, noting/VBG/note the/DT nominee/NN "
                        + "had/VBD/have insulted/VBN/insult allies/NNS ./.").paragraph()
                .sentence("Jared/NNP/PERSON Sexton/NNP/PERSON studies/VBZ/study voters/NNS ./.")
                .sentence("Loyalty/NN ,/, he/PRP noted/VBD/note ,/, has/VBZ/have long/RB been/VBN/be the/DT “/`` old/JJ "
                        + "guard/NN 's/POS ”/'' tenet/NN ./."));
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Tuesday")), qs.toString());
        Quote q = QuotesOf.holding(qs, "sickening");
        assertEquals("Francois Hollande", q.speaker().name());
        Quote loyalty = QuotesOf.starting(qs, "Loyalty");
        assertEquals("Jared Sexton", loyalty.speaker().name());
    }

    @Test
    void aQuotationThatGoesOnAfterItsCueWithAndIsOneQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("\"/`` This/DT deal/NN must/MD come/VB/come with/IN enforcement/NN ,/, \"/'' she/PRP said/VBD/say ,/, "
                        + "and/CC \"/`` clear/JJ consequences/NNS for/IN violations/NNS ./. \"/''"));
        Quote q = QuotesOf.starting(qs, "This deal");
        assertEquals("Hillary Clinton", q.speaker().name());
        assertTrue(q.text().contains("clear consequences"), q.text());
    }

    @Test
    void aNewsletterNamesTheOutletItQuotesInBracketsUnlessSomeoneIsNamedBeforeTheColon() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("UNDERSTANDING/NN THE/DT MOVEMENT/NN “/`` I/PRP will/MD not/RB have/VB/have to/TO die/VB/die "
                        + "alone/RB ./. ”/''")
                .sentence("[/-LRB- Mother/NNP/ORGANIZATION Jones/NNP/ORGANIZATION ./. ]/-RRB-").paragraph()
                .sentence("Pollsters/NNS agree/VBP/agree -/: Carl/NNP/PERSON Bialik/NNP/PERSON :/: “/`` Keep/VB/keep on/RP "
                        + "contacting/VBG/contact voters/NNS late/RB ./. ”/''")
                .sentence("[/-LRB- 538/CD ./. ]/-RRB-"));
        Quote outlet = QuotesOf.holding(qs, "I will not have");
        assertEquals("Mother Jones", outlet.speaker().name());
        assertEquals("Carl Bialik", speakerOf(qs, "Keep on"));
    }

    @Test
    void aDashedAsideNeedsANameBeforeItOrAPersonInIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON deleted/VBD/delete emails/NNS ./.")
                .paragraph()
                .sentence("The/DT report/NN —/: commissioned/VBN/commission by/IN Donald/NNP/PERSON Trump/NNP/PERSON 's/POS "
                        + "campaign/NN —/: says/VBZ/say the/DT emails/NNS were/VBD/be “/`` deleted/VBN/delete ./. ”/''"));
        assertTrue(qs.stream().noneMatch(q -> q.speaker() != null && q.speaker().name().equals("Hillary Clinton")), qs.toString());
    }

    @Test
    void aPhrasalVerbNeedsSomeoneToSpeak() {
        List<Quote> qs = quotes(new TaggedText().sentence("Donald/NNP/PERSON Trump/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` It/PRP is/VBZ/be over/RB ,/, ”/'' the/DT rally/NN went/VBD/go on/RP ./."));
        assertTrue(qs.stream().noneMatch(q -> q.source() != null && q.source().text().equals("the rally")), qs.toString());
    }

    @Test
    void aSurnameTheTaggerTookForACommonNounSpeaksWhenSomeoneBearsIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Trump/NNP/PERSON 's/POS confidant/NN Roger/NNP/PERSON Stone/NNP/PERSON "
                        + "spoke/VBD/speak ./.").paragraph()
                .sentence("Stated/VBN/state Stone/NN :/:").paragraph()
                .sentence("“/`` The/DT stakes/NNS are/VBP/be so/RB high/JJ for/IN all/DT of/IN us/PRP ./. ”/''"));
        assertEquals("Roger Stone", speakerOf(qs, "The stakes"));
    }

    @Test
    void aPastRoleAndAHyphenedTitleStayInTheSource() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("“/`` It/PRP was/VBD/be a/DT tough/JJ day/NN ,/, ”/'' then/RB -/HYPH Secretary/NNP of/IN State/NNP "
                        + "Hillary/NNP/PERSON Clinton/NNP/PERSON told/VBD/tell reporters/NNS ./.").paragraph()
                .sentence("“/`` I/PRP am/VBP/be glad/JJ ,/, ”/'' said/VBD/say co-host/VB Mika/NNP/PERSON Brzezinski/NNP/PERSON ./."));
        Quote clinton = QuotesOf.holding(qs, "tough");
        assertEquals("then-Secretary of State Hillary Clinton", clinton.source().text());
        Quote mika = QuotesOf.holding(qs, "glad");
        assertEquals("Mika Brzezinski", mika.speaker().name());
        assertEquals("co-host Mika Brzezinski", mika.source().text());
    }

    @Test
    void theWritersIIsTheBylinesAuthorOrNoOne() {
        TaggedText t = new TaggedText().sentence("Judge/NNP Richard/NNP/PERSON Berman/NNP/PERSON turned/VBD/turn to/TO me/PRP ./.")
                .paragraph()
                .sentence("“/`` I/PRP would/MD like/VB/like to/TO answer/VB/answer ,/, ”/'' I/PRP said/VBD/say ./.");
        var finder = new QuoteFinder(org.newsgraph.testing.TestVocabulary.REPORTING);
        var resolver = new org.newsgraph.entities.EntityResolver(org.newsgraph.testing.TestVocabulary.VOCABULARY);
        List<Quote> withByline = finder.find(t.article(java.time.LocalDate.of(2024, 1, 1), "By Dinesh D'Souza"), t.annotated(),
                resolver.resolve(t.annotated()));
        Quote q = withByline.stream().filter(x -> x.text().contains("answer")).findFirst().orElseThrow(() -> new AssertionError(withByline));
        assertEquals("Dinesh D'Souza", q.speaker().name());
        assertEquals("I", q.source().text());
        List<Quote> without = quotes(t);
        Quote anonymous = without.stream().filter(x -> x.text().contains("answer")).findFirst().orElseThrow(() -> new AssertionError(without));
        assertNull(anonymous.speaker(), "without a byline the writer is no one of the story, not the judge");
    }

    @Test
    void whatSomeonesCallAsksForIsTheirWords() {
        List<Quote> qs = quotes(new TaggedText().sentence("Donald/NNP/PERSON Trump/NNP/PERSON rose/VBD/rise in/IN the/DT polls/NNS ./.")
                .paragraph()
                .sentence("His/PRP$ standing/NN improved/VBD/improve after/IN his/PRP$ call/NN for/IN “/`` a/DT total/JJ and/CC "
                        + "complete/JJ ban/NN ”/'' on/IN Muslims/NNPS entering/VBG/enter the/DT country/NN ./."));
        Quote q = QuotesOf.holding(qs, "total and complete");
        assertEquals("Donald Trump", q.speaker().name());
        assertEquals("call", q.cue().text());
    }

    @Test
    void aNameInsideAQuotationWithinTheQuoteMayBeTheSpeaker() {
        // Ali's words to King, quoted by King: the name in the inner marks does not rule her out.
        List<Quote> qs = quotes(new TaggedText().sentence("Billie/NNP/PERSON Jean/NNP/PERSON King/NNP/PERSON remembered/VBD/remember "
                + "Muhammad/NNP/PERSON Ali/NNP/PERSON as/IN fun/NN ./.").paragraph()
                .sentence("“/`` He/PRP always/RB whispered/VBD/whisper ,/, ‘/` Billie/NNP/PERSON Jean/NNP/PERSON King/NNP/PERSON ,/, "
                        + "you/PRP are/VBP/be the/DT Queen/NNP ,/, ’/' ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Billie Jean King", speakerOf(qs, "He always"));
    }

    @Test
    void anApostropheSBeforeAParticipleIsHasNotAnOwner() {
        // (the tagger reads the "that" as a relative pronoun, which leaves Rubio a subject)
        List<Quote> qs = quotes(new TaggedText().sentence("Chris/NNP/PERSON Christie/NNP/PERSON lit/VBD/light into/IN "
                + "Marco/NNP/PERSON Rubio/NNP/PERSON ./.").paragraph()
                .sentence("Christie/NNP/PERSON 's/POS been/VBN/be making/VBG/make the/DT case/NN that/WDT Rubio/NNP/PERSON "
                        + "is/VBZ/be n't/RB ready/JJ ./.")
                .sentence("“/`` You/PRP have/VBP/have not/RB been/VBN/be involved/VBN/involve ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Chris Christie", speakerOf(qs, "You have not"));
    }

    @Test
    void aTwoWordAdverbBeforeTheVerbIsNotTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Marco/NNP/PERSON Rubio/NNP/PERSON had/VBD/have at/IN last/JJ "
                + "described/VBN/describe his/PRP$ views/NNS “/`` not/RB only/RB on/IN Spanish/JJ television/NN ”/'' "
                + "on/IN Monday/NNP ./."));
        assertEquals("Marco Rubio", speakerOfQuoteWith(qs, "Spanish"), qs.toString());
    }

    @Test
    void aParticipleDescribingANounIsNoCue() {
        // "in a written statement" neither cues the quotation nor stops the search for "told"
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "told/VBD/tell the/DT Washington/NNP/ORGANIZATION "
                + "Post/NNP/ORGANIZATION in/IN a/DT written/VBN/write statement/NN ,/, “/`` I/PRP do/VBP/do n't/RB "
                + "want/VB/want his/PRP$ endorsement/NN ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "I do");
        assertEquals("Donald Trump", q.speaker().name());
        assertEquals("told", q.cue().text());
    }

    @Test
    void aParticipleAfterItsNounDoesNotHideTheThatOfTheReport() {
        List<Quote> qs = quotes(new TaggedText().sentence("Barack/NNP/PERSON Obama/NNP/PERSON had/VBD/have said/VBN/say "
                + "in/IN an/DT ABC/NNP/ORGANIZATION interview/NN taped/VBN/tape before/IN the/DT attacks/NNS that/IN the/DT "
                + "group/NN had/VBD/have been/VBN/be “/`` contained/VBN/contain ”/'' in/IN Iraq/NNP/COUNTRY ./."));
        assertEquals("Barack Obama", speakerOfQuoteWith(qs, "contained"), qs.toString());
        assertEquals("said", QuotesOf.holding(qs, "contained").cue().text());
    }

    @Test
    void aPronounAndItsVerbAfterWroteAreTheReportedClause() {
        List<Quote> qs = quotes(new TaggedText().sentence("Steve/NNP/PERSON Linick/NNP/PERSON wrote/VBD/write they/PRP "
                + "may/MD have/VB/have contained/VBN/contain “/`` potentially/RB sensitive/JJ material/NN ”/'' because/IN "
                + "of/IN the/DT subject/NN ./."));
        assertEquals("Steve Linick", speakerOfQuoteWith(qs, "sensitive"), qs.toString());
        assertTrue(QuotesOf.holding(qs, "sensitive").text().startsWith("they may have"), qs.toString());
    }

    @Test
    void reportedSpeechEndsWhereAnotherPersonActsInAWithClause() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "said/VBD/say the/DT rally/NN went/VBD/go well/RB ,/, "
                + "with/IN Corey/NNP/PERSON Lewandowski/NNP/PERSON taking/VBG/take to/TO "
                + "Twitter/NNP to/TO call/VB/call Fields/NNP/PERSON “/`` totally/RB delusional/JJ ./. ”/''"));
        assertEquals("Corey Lewandowski", speakerOfQuoteWith(qs, "delusional"), qs.toString());
    }

    @Test
    void anAgeBetweenTheNameAndItsAppositiveIsSkipped() {
        List<Quote> qs = quotes(new TaggedText().sentence("Chelsea/NNP/PERSON Clinton/NNP/PERSON announced/VBD/announce "
                + "the/DT news/NN ./.").paragraph().sentence("Clinton/NNP/PERSON ,/, 35/CD ,/, the/DT "
                + "daughter/NN of/IN former/JJ President/NNP Bill/NNP/PERSON Clinton/NNP/PERSON and/CC Democratic/JJ/MISC "
                + "presidential/JJ candidate/NN Hillary/NNP/PERSON Clinton/NNP/PERSON ,/, said/VBD/say the/DT baby/NN "
                + "is/VBZ/be due/JJ next/JJ summer/NN ./."));
        Quote q = QuotesOf.starting(qs, "the baby");
        assertEquals("Chelsea Clinton", QuotesOf.speakerName(q), qs.toString());
        assertTrue(q.source().text().startsWith("Clinton, 35"), q.source().text());
    }

    @Test
    void aPersonBroughtInWithATitleIsTheNextHe() {
        // the sentence before names no subject: the one it brings in, not the subject further back, is "he"
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "seems/VBZ/seem to/TO understand/VB/understand rates/NNS ./.")
                .sentence("Just/RB look/VB/look at/IN House/NNP Speaker/NNP Paul/NNP/PERSON Ryan/NNP/PERSON ./.")
                .sentence("He/PRP warned/VBD/warn that/IN bond/NN buying/NN “/`` risks/VBZ/risk higher/JJR inflation/NN ./. ”/''"));
        assertEquals("Paul Ryan", speakerOfQuoteWith(qs, "risks"), qs.toString());
    }

    @Test
    void theOneAWhomStandsForIsNotTheHeAfterIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("George/NNP/PERSON Will/NNP/PERSON wrote/VBD/write a/DT column/NN ./.")
                .sentence("Chris/NNP/PERSON Christie/NNP/PERSON ,/, whom/WP he/PRP describes/VBZ/describe "
                        + "as/IN having/VBG/have “/`` a/DT prosecutor/NN 's/POS bearing/NN ,/, ”/'' won/VBD/win ./."));
        assertEquals("George Will", speakerOfQuoteWith(qs, "prosecutor"), qs.toString());
    }

    @Test
    void aRoleNamedBeforeItsHolderIsTheOneTheStoryNamesLater() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON won/VBD/win ./.").paragraph()
                .sentence("Sanders/NNP/PERSON 's/POS campaign/NN manager/NN said/VBD/say he/PRP expects/VBZ/expect the/DT "
                        + "senator/NN to/TO stay/VB/stay “/`` for/IN life/NN ./. ”/''").paragraph()
                .sentence("Later/RB ,/, Sanders/NNP/PERSON 's/POS campaign/NN manager/NN ,/, Jeff/NNP/PERSON Weaver/NNP/PERSON ,/, "
                        + "appeared/VBD/appear on/IN MSNBC/NNP/ORGANIZATION ./."));
        assertEquals("Jeff Weaver", speakerOfQuoteWith(qs, "for life"), qs.toString());
    }

    @Test
    void anOwnerInThePronounsOwnSentenceOutranksAnEarlierSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Humayun/NNP/PERSON Khan/NNP/PERSON died/VBD/die in/IN Iraq/NNP/COUNTRY ./.")
                .sentence("For/IN that/DT Kelly/NNP/PERSON Ayotte/NNP/PERSON drew/VBD/draw " + TRUMP + "'s/POS ire/NN -/: "
                        + "he/PRP called/VBD/call her/PRP “/`` weak/JJ ./. ”/''"));
        assertEquals("Donald Trump", speakerOfQuoteWith(qs, "weak"), qs.toString());
    }

    @Test
    void theOneToldIsNotTheHeWhoTells() {
        List<Quote> qs = quotes(new TaggedText().sentence("Rubio/NNP/PERSON supporter/NN Scott/NNP/PERSON Szlachta/NNP/PERSON "
                + "asked/VBD/ask about/IN visas/NNS ./.").sentence("Marco/NNP/PERSON Rubio/NNP/PERSON backed/VBD/back a/DT "
                + "bill/NN ./.").paragraph()
                .sentence("“/`` We/PRP have/VBP/have been/VBN/be abused/VBN/abuse ,/, ”/'' he/PRP told/VBD/tell "
                        + "Rubio/NNP/PERSON ./."));
        assertEquals("Scott Szlachta", speakerOf(qs, "We have"));
    }

    @Test
    void theOneActingInAWithClauseIsItsSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Taxes/NNS would/MD rise/VB/rise ,/, said/VBD/say Lily/NNP/PERSON "
                + "Batchelder/NNP/PERSON ./.").sentence("It/PRP became/VBD/become an/DT issue/NN ,/, with/IN Hillary/NNP/PERSON "
                + "Clinton/NNP/PERSON —/: who/WP called/VBD/call for/IN hikes/NNS —/: lambasting/VBG/lambaste the/DT plan/NN ./.")
                .paragraph().sentence("“/`` It/PRP is/VBZ/be trickle-down/JJ economics/NNS ,/, ”/'' she/PRP said/VBD/say ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "It is"));
    }

    @Test
    void aTimeBetweenWhoAndItsVerbIsNotTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Obama/NNP/PERSON met/VBD/meet Mitch/NNP/PERSON McConnell/NNP/PERSON ,/, "
                + "who/WP in/IN 2010/CD said/VBD/say the/DT goal/NN was/VBD/be a/DT “/`` one-term/JJ president/NN ./. ”/''"));
        assertEquals("Mitch McConnell", speakerOfQuoteWith(qs, "one-term"), qs.toString());
    }

    @Test
    void anOwnersPronounIsNotTheSubjectOfItsSentence() {
        List<Quote> qs = quotes(new TaggedText().sentence("Tom/NNP/PERSON Clarke/NNP/PERSON built/VBD/build a/DT chain/NN ./.")
                .sentence("His/PRP$ former/JJ partner/NN ,/, Lawrence/NNP/PERSON Cummings/NNP/PERSON ,/, called/VBD/call him/PRP "
                        + "a/DT master/NN ./.")
                .sentence("“/`` He/PRP showed/VBD/show again/RB and/CC again/RB an/DT ability/NN to/TO make/VB/make "
                        + "deals/NNS ./. ”/''"));
        assertEquals("Lawrence Cummings", speakerOf(qs, "He showed"));
    }

    @Test
    void aTimeWithAnArticleBeforeTheVerbIsSkippedToo() {
        List<Quote> qs = quotes(new TaggedText().sentence("Glenn/NNP/PERSON Beck/NNP/PERSON ,/, who/WP in/IN the/DT past/NN "
                + "described/VBD/describe " + TRUMP + "as/IN “/`` a/DT narcissist/NN ,/, ”/'' spoke/VBD/speak ./."));
        assertEquals("Glenn Beck", speakerOfQuoteWith(qs, "narcissist"), qs.toString());
    }

    @Test
    void aConditionAfterTheVerbOpensTheReportedClause() {
        List<Quote> qs = quotes(new TaggedText().sentence("Newt/NNP/PERSON Gingrich/NNP/PERSON said/VBD/say if/IN "
                + "presumptive/JJ nominee/NN " + TRUMP + "picked/VBD/pick him/PRP it/PRP would/MD be/VB/be a/DT “/`` "
                + "two-pirate/JJ ticket/NN ./. ”/''"));
        assertEquals("Newt Gingrich", speakerOfQuoteWith(qs, "two-pirate"), qs.toString());
    }

    @Test
    void aSurnameThatIsAMonthIsStillTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Theresa/NNP/PERSON May/NNP/PERSON met/VBD/meet Obama/NNP/PERSON ./.")
                .paragraph().sentence("May/NNP/PERSON said/VBD/say the/DT deal/NN was/VBD/be “/`` fair/JJ to/TO both/DT ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "fair");
        assertEquals("Theresa May", QuotesOf.speakerName(q), qs.toString());
        assertEquals("May", q.source().text());
    }

    @Test
    void aQuotationStandingAloneGoesOnWithTheSpeakerOfTheSentenceBeforeNotItsSubject() {
        List<Quote> qs = quotes(new TaggedText().sentence("Obama/NNP/PERSON “/`` felt/VBD/feel a/DT moral/JJ obligation/NN ”/'' "
                + "on/IN climate/NN ,/, David/NNP/PERSON Axelrod/NNP/PERSON said/VBD/say ./.")
                .sentence("“/`` This/DT is/VBZ/be core/JJ stuff/NN for/IN him/PRP ./. ”/''"));
        assertEquals("David Axelrod", speakerOfQuoteWith(qs, "core stuff"), qs.toString());
    }

    @Test
    void theSubjectOfAPassiveAfterTheQuoteDidNotSpeak() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "defended/VBD/defend his/PRP$ manager/NN as/IN a/DT “/`` very/RB "
                + "decent/JJ man/NN ”/'' Tuesday/NNP ,/, hours/NNS after/IN the/DT staffer/NN was/VBD/be charged/VBN/charge "
                + "with/IN battery/NN ./."));
        assertEquals("Donald Trump", speakerOfQuoteWith(qs, "decent man"), qs.toString());
    }

    @Test
    void aWhichClauseOnTheAppositiveStaysInTheSourceOfTheNameBeforeIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("Michael/NNP/PERSON Mulgrew/NNP/PERSON ,/, president/NN of/IN the/DT "
                + "United/NNP/ORGANIZATION Federation/NNP/ORGANIZATION of/IN/ORGANIZATION Teachers/NNPS/ORGANIZATION ,/, "
                + "which/WDT represents/VBZ/represent New/NNP/LOCATION York/NNP/LOCATION City/NNP/LOCATION educators/NNS ,/, "
                + "said/VBD/say the/DT day/NN sends/VBZ/send a/DT message/NN that/WDT “/`` communities/NNS are/VBP/be "
                + "standing/VBG/stand up/RP ./. ”/''"));
        assertEquals("Michael Mulgrew", speakerOfQuoteWith(qs, "communities"), qs.toString());
    }

    @Test
    void aParticipleInsideATitleAfterTheVerbLeadsOnToThePerson() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` It/PRP is/VBZ/be a/DT waste/NN ,/, ”/'' said/VBD/say "
                + "House/NNP/ORGANIZATION Oversight/NNP/ORGANIZATION Committee/NNP/ORGANIZATION ranking/VBG/rank member/NN "
                + "Elijah/NNP/PERSON Cummings/NNP/PERSON ./."));
        Quote q = QuotesOf.holding(qs, "waste");
        assertEquals("Elijah Cummings", QuotesOf.speakerName(q), qs.toString());
        assertEquals("House Oversight Committee ranking member Elijah Cummings", q.source().text());
    }

    @Test
    void aGivenNameTheTaggerMissedIsTheOnePersonItOpensTheNameOf() {
        List<Quote> qs = quotes(new TaggedText().sentence("Tom/NNP/PERSON Ebeling/NNP/PERSON drove/VBD/drive to/IN Iowa/NNP/LOCATION ./.")
                .paragraph().sentence("“/`` This/DT is/VBZ/be her/PRP$ friend/NN ,/, ”/'' Tom/NNP told/VBD/tell a/DT neighbour/NN ./."));
        assertEquals("Tom Ebeling", speakerOfQuoteWith(qs, "her friend"), qs.toString());
    }

    @Test
    void aBodyDescribedByItsHeadNounIsTheOneWhoseNameHoldsIt() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT State/NNP/ORGANIZATION Department/NNP/ORGANIZATION "
                + "missed/VBD/miss a/DT deadline/NN ./.")
                .sentence("The/DT Freedom/NNP/ORGANIZATION of/IN/ORGANIZATION Information/NNP/ORGANIZATION Act/NNP/ORGANIZATION "
                + "requires/VBZ/require releases/NNS ./.")
                .sentence("“/`` We/PRP will/MD add/VB/add the/DT data/NNS ,/, ”/'' the/DT department/NN said/VBD/say ./."));
        assertEquals("State Department", speakerOfQuoteWith(qs, "add the data"), qs.toString());
    }

    @Test
    void anItThatTakesUpADocumentSpeaksForItsWriter() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT email/NN ,/, released/VBN/release by/IN "
                + "Judicial/NNP/ORGANIZATION Watch/NNP/ORGANIZATION ,/, was/VBD/be sent/VBN/send by/IN aide/NN "
                + "Jeremy/NNP/PERSON Bash/NNP/PERSON ./.")
                .sentence("Two/CD Americans/NNPS were/VBD/be killed/VBN/kill ./.")
                .paragraph().sentence("“/`` I/PRP just/RB tried/VBD/try you/PRP ,/, ”/'' it/PRP reads/VBZ/read ./."));
        assertEquals("Jeremy Bash", speakerOfQuoteWith(qs, "just tried"), qs.toString());
    }

    @Test
    void aSurnameThatIsAlsoAWordIsThePersonByAVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("Chris/NNP/PERSON Early/RB/PERSON ,/, a/DT vice/NN president/NN ,/, "
                + "spoke/VBD/speak ./.")
                .paragraph().sentence("“/`` Streaming/NN is/VBZ/be binary/JJ ,/, ”/'' says/VBZ/say Early/RB ./."));
        assertEquals("Chris Early", speakerOfQuoteWith(qs, "binary"), qs.toString());
    }

    @Test
    void aNameInAnOpeningPrepositionalPhraseIsNotTheSubjectEvenAfterAnOwner() {
        List<Quote> qs = quotes(new TaggedText().sentence("In/IN his/PRP$ initial/JJ Instagram/NNP/ORGANIZATION announcement/NN ,/, "
                + "James/NNP/PERSON Beek/NNP/PERSON touched/VBD/touch upon/IN miscarriage/NN and/CC noted/VBD/note there/EX "
                + "should/MD be/VB/be “/`` zero/CD shame/NN ”/'' involved/VBN/involve ./."));
        assertEquals("James Beek", speakerOfQuoteWith(qs, "zero shame"), qs.toString());
    }

    @Test
    void aNameAfterAPrepositionAndALowerCaseTitleIsInThePhrase() {
        List<Quote> qs = quotes(new TaggedText().sentence("Taylor/NNP/PERSON Swift/NNP/PERSON 's/POS albums/NNS were/VBD/be "
                + "bought/VBN/buy by/IN talent/NN manager/NN Scooter/NNP/PERSON Braun/NNP/PERSON ./.")
                .paragraph().sentence("At/IN the/DT time/NN she/PRP described/VBD/describe this/DT as/IN the/DT “/`` worst/JJS "
                + "case/NN scenario/NN ./. ”/''"));
        assertEquals("Taylor Swift", speakerOfQuoteWith(qs, "worst case"), qs.toString());
    }

    @Test
    void theCommitteeTheSentencesAreAboutStaysTheirsOverAnotherCalledSo() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT Senate/NNP/ORGANIZATION Judiciary/NNP/ORGANIZATION "
                + "Committee/NNP/ORGANIZATION subpoenaed/VBD/subpoena records/NNS of/IN the/DT Democratic/NNP/ORGANIZATION "
                + "National/NNP/ORGANIZATION Committee/NNP/ORGANIZATION ./.")
                .sentence("“/`` We/PRP want/VBP/want answers/NNS ,/, ”/'' the/DT committee/NN said/VBD/say ./."));
        assertEquals("Senate Judiciary Committee", speakerOfQuoteWith(qs, "want answers"), qs.toString());
    }

    @Test
    void aNounBeforeANameThatIsNoTitleLeavesTheNameOutOfThePhrase() {
        List<Quote> qs = quotes(new TaggedText().sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON criticized/VBD/criticize "
                + "the/DT plan/NN ./.")
                .sentence("In/IN response/NN Donald/NNP/PERSON Trump/NNP/PERSON attacked/VBD/attack his/PRP$ record/NN ./.")
                .sentence("“/`` It/PRP is/VBZ/be a/DT disaster/NN ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Donald Trump", speakerOfQuoteWith(qs, "disaster"), qs.toString());
    }

    @Test
    void anAsOfTimeAfterTheMarksIsNoFrame() {
        List<Quote> qs = quotes(new TaggedText().sentence("Police/NNS cleared/VBD/clear the/DT “/`` peaceful/JJ protest/NN ,/, ”/'' "
                + "as/IN Donald/NNP/PERSON Trump/NNP/PERSON called/VBD/call for/IN order/NN ./."));
        assertTrue(qs.stream().noneMatch(q -> q.speaker() != null && q.speaker().name().equals("Donald Trump")), qs.toString());
    }

    @Test
    void aDocumentCriticisedBySomeoneIsNotTheirs() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT memo/NN ,/, criticized/VBN/criticize by/IN "
                + "Sen./NNP Jim/NNP/PERSON Jordan/NNP/PERSON ,/, was/VBD/be leaked/VBN/leak ./.")
                .paragraph().sentence("“/`` We/PRP stand/VBP/stand by/IN the/DT findings/NNS ,/, ”/'' it/PRP reads/VBZ/read ./."));
        assertTrue(qs.stream().noneMatch(q -> q.speaker() != null && q.speaker().name().equals("Jim Jordan")), qs.toString());
    }

    @Test
    void thePronounOfTheMainClauseTakesUpTheSubjectOfAnOpeningClauseOfTime() {
        List<Quote> qs = quotes(new TaggedText().sentence("Secretary/NNP Mike/NNP/PERSON Pompeo/NNP/PERSON welcomed/VBD/welcome "
                + "the/DT release/NN ./.")
                .paragraph().sentence("When/WRB President/NNP Ashraf/NNP/PERSON Ghani/NNP/PERSON announced/VBD/announce the/DT "
                + "exchange/NN ,/, he/PRP said/VBD/say the/DT swap/NN would/MD “/`` pave/VB/pave the/DT way/NN ./. ”/''")
                .paragraph().sentence("If/IN Mike/NNP/PERSON Pompeo/NNP/PERSON agrees/VBZ/agree ,/, he/PRP said/VBD/say talks/NNS "
                + "would/MD “/`` start/VB/start at/IN once/RB ./. ”/''"));
        assertEquals("Ashraf Ghani", speakerOfQuoteWith(qs, "pave the way"), qs.toString());
        assertEquals("Ashraf Ghani", speakerOfQuoteWith(qs, "start at once"), qs.toString());
    }

    @Test
    void aStateInADescriptionPicksThePersonFromItOverACloserSenator() {
        // "the Vermont senator" is Sanders (people.tsv gives his state), not Clinton, the other
        // senator of the paragraph and the one named last
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON met/VBD/meet Hillary/NNP/PERSON Clinton/NNP/PERSON ./.")
                .paragraph()
                .sentence("“/`` Not/RB among/IN most/JJS ,/, ”/'' the/DT Vermont/NNP/LOCATION senator/NN said/VBD/say ./."));
        assertEquals("Bernie Sanders", speakerOf(qs, "Not among"));
    }

    @Test
    void aPartyTagGivesAPersonsStateAndStandsInTheSource() {
        // "Sen. Jane Roe, R-Utah, a candidate, said": the tag is the name's, as is the appositive after
        // it; "the Utah senator" is then Roe, though the article's last-named senator is Doe
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Sen./NNP Jane/NNP/PERSON Roe/NNP/PERSON ,/, R/NNP -/HYPH Utah/NNP/LOCATION ,/, a/DT long-shot/JJ "
                        + "candidate/NN ,/, said/VBD/say taxes/NNS are/VBP/be too/RB high/JJ ./.")
                .sentence("Sen./NNP John/NNP/PERSON Doe/NNP/PERSON disagreed/VBD/disagree ./.")
                .paragraph()
                .sentence("“/`` We/PRP will/MD cut/VB/cut them/PRP ,/, ”/'' the/DT Utah/NNP/LOCATION senator/NN said/VBD/say ./."));
        Quote indirect = QuotesOf.starting(qs, "taxes are");
        assertEquals("Jane Roe", QuotesOf.speakerName(indirect));
        assertTrue(indirect.source().text().startsWith("Sen. Jane Roe, R-Utah,"), indirect.source().text());
        assertEquals("Jane Roe", speakerOf(qs, "We will cut"));
    }

    @Test
    void aStatesDemonymIsAPersonFromItNotAnOrganisation() {
        // the tagger calls "Texan" a body; "the Texan" is the person the article placed in Texas
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Former/JJ Texas/NNP/LOCATION Gov./NNP Rick/NNP/PERSON Perry/NNP/PERSON endorsed/VBD/endorse "
                        + "Ted/NNP/PERSON Cruz/NNP/PERSON and/CC Jane/NNP/PERSON Roe/NNP/PERSON ./.")
                .paragraph()
                .sentence("“/`` He/PRP is/VBZ/be a/DT fighter/NN ,/, ”/'' the/DT Texan/NNP/ORGANIZATION said/VBD/say ./."));
        assertEquals("Rick Perry", speakerOf(qs, "He is a fighter"));
    }

    @Test
    void aParticipleOpeningTheSentenceHasTheSubjectOfTheClauseAfterIt() {
        // "Noting that ..., Clinton said ...": the one noting is Clinton, not the subject before
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "spoke/VBD/speak on/IN Monday/NNP ./.").paragraph()
                .sentence("Noting/VBG/note that/IN the/DT economy/NN had/VBD/have grown/VBN/grow ,/, Hillary/NNP/PERSON "
                        + "Clinton/NNP/PERSON said/VBD/say the/DT plan/NN would/MD work/VB/work ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "the economy"));
        assertEquals("Hillary Clinton", speakerOf(qs, "the plan"));
    }

    @Test
    void anAdverbSetOffByCommasStandsBetweenANameAndItsRelativeClause() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("Bernie/NNP/PERSON Sanders/NNP/PERSON ,/, meanwhile/RB ,/, who/WP sits/VBZ/sit at/IN zero/CD "
                        + "endorsements/NNS ,/, said/VBD/say the/DT fact/NN speaks/VBZ/speak volumes/NNS ./."));
        assertEquals("Bernie Sanders", speakerOf(qs, "the fact speaks"));
    }

    @Test
    void aVerbWithAClauseOfItsOwnBeforeTheClosingCueIsPartOfTheSpeech() {
        // "... and he finds that in government work, he said": "he finds that" is said, not a cue
        List<Quote> qs = quotes(new TaggedText().sentence(RYAN + "spoke/VBD/speak ./.").paragraph()
                .sentence("His/PRP$ loss/NN drives/VBZ/drive him/PRP ,/, and/CC he/PRP finds/VBZ/find that/DT in/IN "
                        + "government/NN work/NN ,/, he/PRP said/VBD/say ./."));
        assertEquals("Paul Ryan", speakerOf(qs, "His loss drives him"));
    }

    @Test
    void aPaperTheTaggerMissedIsNamedByTheTitleBeforeItsNoun() {
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "lost/VBD/lose Wyoming/NNP/LOCATION ./.").paragraph()
                .sentence("“/`` The/DT train/NN has/VBZ/have left/VBN/leave ,/, ”/'' wrote/VBD/write Time/NNP magazine/NN ./."));
        assertEquals("Time", speakerOf(qs, "The train"));
    }

    @Test
    void aNameAfterWhileOpensAClauseAndIsItsSubject() {
        // "..., while Mike Huckabee, the former governor, proposed ...": not the noun before "while"
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Bobby/NNP/PERSON Jindal/NNP/PERSON signed/VBD/sign an/DT order/NN against/IN any/DT "
                        + "Syrian/JJ refugee/NN ,/, while/IN Mike/NNP/PERSON Huckabee/NNP/PERSON ,/, the/DT former/JJ "
                        + "governor/NN ,/, proposed/VBD/propose we/PRP “/`` wake/VB/wake up/RP ”/'' ./."));
        assertEquals("Mike Huckabee", speakerOfQuoteWith(qs, "wake up"));
    }

    @Test
    void aPhraseInAReasonIsTheWordsOfTheClauseTheReasonIsGivenIn() {
        // "Clinton ..., portraying Sanders as hypocritical because he had accepted “about $200,000”"
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON hit/VBD/hit back/RB ,/, portraying/VBG/portray "
                        + "Bernie/NNP/PERSON Sanders/NNP/PERSON as/IN hypocritical/JJ because/IN he/PRP had/VBD/have "
                        + "accepted/VBN/accept “/`` about/IN $/$ 200,000/CD ”/'' ./."));
        assertEquals("Hillary Clinton", speakerOfQuoteWith(qs, "about $"));
    }

    @Test
    void theSecondOfTwoVerbsHasTheSubjectOfTheFirst() {
        // "When told ..., Bush thought for a moment and said": not the body named in the "when" clause;
        // "Organizers acknowledged that ... and said they hoped ...": not a "they" inside the first clause
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("When/WRB told/VBN/tell he/PRP could/MD join/VB/join the/DT White/NNP/ORGANIZATION "
                        + "House/NNP/ORGANIZATION ,/, George/NNP/PERSON Bush/NNP/PERSON thought/VBD/think for/IN a/DT "
                        + "moment/NN and/CC said/VBD/say that/IN it/PRP is/VBZ/be an/DT advantage/NN ./.")
                .paragraph()
                .sentence("Jane/NNP/PERSON Roe/NNP/PERSON acknowledged/VBD/acknowledge that/IN Facebook/NNP/ORGANIZATION "
                        + "helped/VBD/help arrange/VB/arrange the/DT events/NNS and/CC said/VBD/say they/PRP "
                        + "hoped/VBD/hope for/IN more/JJR ./."));
        assertEquals("George Bush", speakerOf(qs, "it is an advantage"));
        assertEquals("Jane Roe", speakerOf(qs, "they hoped"));
    }

    @Test
    void aJournalistTheTaggerRanIntoTheirPapersNameIsAPerson() {
        // the tagger's organisation "Sui-Lee Wee of the" before "New York Times": no name ends in "of
        // the"; a name of two words before "of the" and a paper is a journalist, whom "Wee" takes up
        List<Quote> qs = quotes(new TaggedText()
                .sentence("The/DT agency/NN acted/VBD/act ,/, according/VBG/accord to/IN Sui/NNP/ORGANIZATION "
                        + "-/HYPH/ORGANIZATION Lee/NNP/ORGANIZATION Wee/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "the/DT/ORGANIZATION New/NNP/ORGANIZATION York/NNP/ORGANIZATION Times/NNP/ORGANIZATION ./.")
                .sentence("All/DT sites/NNS were/VBD/be disinfected/VBN/disinfect ,/, reports/VBZ/report Wee/NNP ./."));
        assertEquals("Sui-Lee Wee", speakerOf(qs, "All sites"));
    }

    @Test
    void anAgeWithNoPersonSubjectJustBeforeIsTheStorysFigure() {
        // the sentences just before "The 56-year-old said" have no person for a subject; the one the
        // story opens with and names most is meant, not the one named last
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Jose/NNP/PERSON Mourinho/NNP/PERSON agreed/VBD/agree to/TO replace/VB/replace "
                        + "Mauricio/NNP/PERSON Pochettino/NNP/PERSON ./.")
                .paragraph()
                .sentence("Pochettino/NNP/PERSON was/VBD/be sacked/VBN/sack ./.")
                .paragraph()
                .sentence("Talks/NNS with/IN Mourinho/NNP/PERSON 's/POS agents/NNS went/VBD/go on/RP ./.")
                .paragraph()
                .sentence("The/DT boss/NN had/VBD/have been/VBN/be out/IN of/IN work/NN ./.")
                .paragraph()
                .sentence("The/DT 56-year-old/JJ said/VBD/say :/: “/`` I/PRP am/VBP/be excited/JJ ./. ”/''"));
        assertEquals("Jose Mourinho", speakerOf(qs, "I am excited"));
    }

    @Test
    void theNarratorOfADocumentSpeaksForItsOwner() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON has/VBZ/have a/DT new/JJ ad/NN ./.")
                .paragraph()
                .sentence("“/`` Why/WRB not/RB ?/. ”/'' the/DT ad/NN 's/POS narrator/NN says/VBZ/say ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "Why not"));
    }

    @Test
    void aVerbInsideWhatWasSaidIsNotTheFirstOfAPair() {
        // "Obama said the economy grew in May and added": "grew" is in what Obama said; "added" is his
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Barack/NNP/PERSON Obama/NNP/PERSON said/VBD/say the/DT economy/NN grew/VBD/grow in/IN "
                        + "May/NNP and/CC added/VBD/add that/IN more/JJR work/NN remains/VBZ/remain ./."));
        assertEquals("Barack Obama", speakerOf(qs, "more work remains"));
    }

    @Test
    void aStateIsReadWholeAndOnlyBeforeAnOffice() {
        // "West Virginia Sen." is not Virginia's; "Iowa caucus winner" is no office, so Cruz stays Texan
        List<Quote> qs = quotes(new TaggedText()
                .sentence("West/NNP/LOCATION Virginia/NNP/LOCATION Sen./NNP Jane/NNP/PERSON Roe/NNP/PERSON and/CC "
                        + "Virginia/NNP/LOCATION Sen./NNP John/NNP/PERSON Doe/NNP/PERSON met/VBD/meet Iowa/NNP/LOCATION "
                        + "caucus/NN winner/NN Ted/NNP/PERSON Cruz/NNP/PERSON ./.")
                .paragraph()
                .sentence("“/`` We/PRP agree/VBP/agree ,/, ”/'' the/DT West/NNP/LOCATION Virginia/NNP/LOCATION "
                        + "senator/NN said/VBD/say ./.")
                .sentence("“/`` So/RB do/VBP/do I/PRP ,/, ”/'' the/DT Texas/NNP/LOCATION senator/NN said/VBD/say ./."));
        assertEquals("Jane Roe", speakerOf(qs, "We agree"));
        assertEquals("Ted Cruz", speakerOf(qs, "So do I"));
    }

    @Test
    void aNounOfAnOpeningPhraseIsNoRelativeClausesHead() {
        // "During the debate Clinton said “...,” CNN reported": Clinton's words, which CNN reports
        List<Quote> qs = quotes(new TaggedText()
                .sentence("During/IN the/DT debate/NN Hillary/NNP/PERSON Clinton/NNP/PERSON said/VBD/say “/`` I/PRP "
                        + "have/VBP/have a/DT plan/NN ,/, ”/'' CNN/NNP/ORGANIZATION reported/VBD/report ./."));
        assertEquals("Hillary Clinton", speakerOf(qs, "I have a plan"));
    }

    @Test
    void aGivenNameAloneSaysTheGenderWhenTheStoryGivesNoSurname() {
        // "Melanie" is never given a surname; "he" is not her
        List<Quote> qs = quotes(new TaggedText().sentence(TRUMP + "spoke/VBD/speak ./.").paragraph()
                .sentence("Melanie/NNP/PERSON said/VBD/say yes/UH ./.")
                .paragraph()
                .sentence("“/`` I/PRP love/VBP/love you/PRP ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Donald Trump", speakerOf(qs, "I love you"));
    }

    @Test
    void titlesTheTaggerFoldedIntoABodyOrAPersonLeaveThePersonsName() {
        // The tagger's person "Tanaiste Leo Varadkar", its bodies "VFI Chief Executive", "Judge Ford"
        // and "Another City Councilor Ely Estante", and the post-nominal "QC": each speaker is the
        // person by name, not a title or a body.
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Tanaiste/NNP/PERSON Leo/NNP/PERSON Varadkar/NNP/PERSON spoke/VBD/speak on/IN RTE/NNP/ORGANIZATION ./.")
                .paragraph().sentence("He/PRP said/VBD/say :/: “/`` We/PRP asked/VBD/ask for/IN comfort/NN ./. ”/''")
                .paragraph().sentence("VFI/NNP/ORGANIZATION Chief/NNP/ORGANIZATION Executive/NNP/ORGANIZATION ,/, Padraig/NNP/PERSON "
                        + "Cribben/NNP/PERSON ,/, said/VBD/say :/: “/`` The/DT impact/NN is/VBZ/be huge/JJ ./. ”/''")
                .paragraph().sentence("His/PRP$ Honour/NNP/ORGANIZATION Judge/NNP/ORGANIZATION Neil/NNP/ORGANIZATION Ford/NNP/ORGANIZATION "
                        + "QC/NNP/ORGANIZATION sentenced/VBD/sentence Hartley/NNP/PERSON ./.")
                .paragraph().sentence("Judge/NNP/ORGANIZATION Ford/NNP/ORGANIZATION said/VBD/say :/: “/`` You/PRP knew/VBD/know "
                        + "the/DT dangers/NNS ./. ”/''")
                .paragraph().sentence("Another/DT/ORGANIZATION City/NNP/ORGANIZATION Councilor/NNP/ORGANIZATION Ely/NNP/ORGANIZATION "
                        + "Estante/NNP/ORGANIZATION said/VBD/say :/: “/`` Our/PRP$ message/NN is/VBZ/be clear/JJ ./. ”/''"));
        assertEquals("Leo Varadkar", speakerOf(qs, "We asked"));
        assertEquals("Padraig Cribben", speakerOf(qs, "The impact"));
        assertEquals("Neil Ford", speakerOf(qs, "You knew"));
        assertEquals("Ely Estante", speakerOf(qs, "Our message"));
    }

    @Test
    void descriptionsWithANounOrABodyBeforeTheTitleFindTheirHolder() {
        // "the city councilor" and "the PAHO Director" describe the councilor and the director named
        // before; "the band leader" names no one's office.
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Councilor/NNP Ed/NNP/PERSON Lopez/NNP/PERSON urged/VBD/urge the/DT utility/NN to/TO act/VB/act ./.")
                .paragraph().sentence("“/`` Power/NN supply/NN is/VBZ/be very/RB bad/JJ ,/, ”/'' the/DT city/NN councilor/NN "
                        + "pointed/VBD/point out/RP ./.")
                .paragraph().sentence("Director/NNP Carissa/NNP/PERSON Etienne/NNP/PERSON spoke/VBD/speak ./.")
                .paragraph().sentence("The/DT PAHO/NNP/ORGANIZATION Director/NNP/ORGANIZATION said/VBD/say :/: “/`` Keep/VB/keep "
                        + "testing/NN ./. ”/''"));
        assertEquals("Ed Lopez", speakerOf(qs, "Power supply"));
        assertEquals("Carissa Etienne", speakerOf(qs, "Keep testing"));
    }

    @Test
    void aRelativesWordBeforeTheNameSaysTheGender() {
        // "daughter Dylan Farrow": Dylan is a woman here, so a later "he" is not her.
        List<Quote> qs = quotes(new TaggedText().sentence("Woody/NNP/PERSON Allen/NNP/PERSON wrote/VBD/write a/DT memoir/NN ./.")
                .sentence("It/PRP covers/VBZ/cover claims/NNS he/PRP abused/VBD/abuse daughter/NN Dylan/NNP/PERSON "
                        + "Farrow/NNP/PERSON ./.").paragraph()
                .sentence("“/`` We/PRP were/VBD/be happy/JJ ,/, ”/'' he/PRP writes/VBZ/write ./."));
        assertEquals("Woody Allen", speakerOf(qs, "We were happy"));
    }

    @Test
    void aParticipleGoesOnFromTheClauseJustBeforeIt() {
        // "..., although Stephen King was among those questioning the decision, writing: “...”" is King's; with another
        // clause between ("after Clinton fell ill, Axelrod wrote to her, adding") the nearer subject speaks.
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Hachette/NNP/ORGANIZATION cancelled/VBD/cancel the/DT release/NN ,/, although/IN Stephen/NNP/PERSON "
                        + "King/NNP/PERSON was/VBD/be among/IN those/DT questioning/VBG/question the/DT decision/NN ,/, "
                        + "writing/VBG/write on/IN Twitter/NNP/ORGANIZATION :/: “/`` "
                        + "Who/WP is/VBZ/be next/JJ ?/. ”/''").paragraph()
                .sentence("After/IN Hillary/NNP/PERSON Clinton/NNP/PERSON fell/VBD/fall ill/JJ ,/, David/NNP/PERSON "
                        + "Axelrod/NNP/PERSON wrote/VBD/write to/TO her/PRP ,/, adding/VBG/add :/: “/`` Get/VB/get "
                        + "well/RB ./. ”/''"));
        assertEquals("Stephen King", speakerOf(qs, "Who is next"));
        assertEquals("David Axelrod", speakerOf(qs, "Get well"));
    }

    @Test
    void aParticipleDescribingTheAppositivesNounDoesNotEndTheSource() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Ian/NNP/PERSON Goldin/NNP/PERSON ,/, the/DT founding/VBG/found director/NN of/IN the/DT "
                        + "Oxford/NNP/ORGANIZATION Martin/NNP/ORGANIZATION School/NNP/ORGANIZATION ,/, told/VBD/tell "
                        + "reporters/NNS that/IN prices/NNS will/MD rise/VB/rise ./."));
        assertEquals("Ian Goldin", speakerOf(qs, "prices will rise"));
    }

    @Test
    void aGivenNameTheListLacksStandingAloneIsThePersonNamedInFullBefore() {
        // "Canada’s Sowmyan wants ...", "Sagufta from Fiji turns ...": the tagger calls the lone given
        // names miscellany and a place, but each is the winner the list named in full.
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Winners/NNS :/: Sowmyan/NNP/PERSON Jegatheesan/NNP/PERSON of/IN Canada/NNP/LOCATION and/CC "
                        + "Sagufta/NNP/PERSON Salma/NNP/PERSON of/IN Fiji/NNP/LOCATION ./.").paragraph()
                .sentence("Hafiz/NNP/PERSON Usama/NNP/PERSON Tanveer/NNP/PERSON builds/VBZ/build water/NN kits/NNS ./.").paragraph()
                .sentence("Canada/NNP/LOCATION 's/POS Sowmyan/NNP/MISC wants/VBZ/want better/JJR data/NNS ./.").paragraph()
                .sentence("He/PRP said/VBD/say :/: “/`` We/PRP must/MD change/VB/change course/NN ./. ”/''").paragraph()
                .sentence("Sagufta/NNP/LOCATION from/IN Fiji/NNP/LOCATION turns/VBZ/turn waste/NN into/IN furniture/NN ./.")
                .sentence("She/PRP employs/VBZ/employ mothers/NNS ./.")
                .sentence("She/PRP said/VBD/say :/: “/`` This/DT award/NN helps/VBZ/help ./. ”/''"));
        assertEquals("Sowmyan Jegatheesan", speakerOf(qs, "We must"));
        assertEquals("Sagufta Salma", speakerOf(qs, "This award"));
    }

    @Test
    void theSubjectOfAWhileClauseOutranksTheObjectOfAParticipleBeforeIt() {
        // "... and training Capo while Tinsley applies for jobs. “...,” he said": Tinsley is a clause's
        // subject, Capo (the dog) the object of a participle the tagger read as a noun.
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Dylan/NNP/PERSON Tinsley/NNP/PERSON adopted/VBD/adopt a/DT dog/NN called/VBN/call Capo/NNP/PERSON ./.")
                .paragraph().sentence("They/PRP watch/VBP/watch films/NNS ,/, and/CC training/NN Capo/NNP/PERSON while/IN "
                        + "Tinsley/NNP/PERSON applies/VBZ/apply for/IN jobs/NNS ./.").paragraph()
                .sentence("“/`` I/PRP wish/VBP/wish I/PRP was/VBD/be home/RB ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Dylan Tinsley", speakerOf(qs, "I wish"));
    }
}
