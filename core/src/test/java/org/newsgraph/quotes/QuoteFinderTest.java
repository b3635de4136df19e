package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.testing.TaggedText;

class QuoteFinderTest {
    private static List<Quote> quotes(TaggedText t) {
        return QuotesOf.find(t);
    }

    private static Quote direct(List<Quote> qs, String startsWith) {
        return qs.stream().filter(q -> q.kind() == Quote.QuoteKind.direct && q.text().startsWith(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError("no direct quote starting " + startsWith + " in " + qs));
    }

    private static String speaker(Quote q) {
        return QuotesOf.speakerName(q);
    }

    private static final String ALIYEV = "President/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON of/IN Azerbaijan/NNP ";
    private static final String RAZA = "General/NNP Nadeem/NNP/PERSON Raza/NNP/PERSON ";

    @Test
    void aCueClosedByAColonIntroducesTheNextQuoteNotTheOneBefore() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("Caitlyn/NNP/PERSON Smith/NNP/PERSON and/CC Kate/NNP/PERSON York/NNP/PERSON wrote/VBD/write songs/NNS ./.")
                .sentence("“/`` It/PRP is/VBZ/be a/DT different/JJ muscle/NN ,/, ”/'' York/NNP/PERSON said/VBD/say ./.")
                .sentence("“/`` You/PRP have/VBP/have to/TO step/VB/step out/RP ./. ”/''")
                .sentence("Smith/NNP/PERSON agreed/VBD/agree :/: “/`` It/PRP is/VBZ/be a/DT different/JJ job/NN "
                        + "altogether/RB ./. ”/''"));
        Quote york = QuotesOf.holding(qs, "You have to step out"); // (the part after "York said." joins her quote)
        assertEquals("Kate York", speaker(york));
        assertFalse(york.text().contains("different job"), "one quotation each: " + qs);
        assertEquals("Caitlyn Smith", speaker(direct(qs, "It is a different job")));
    }

    @Test
    void nameAfterTheQuoteIsTheSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say ./."));
        Quote q = direct(qs, "We will win");
        assertEquals("We will win,", q.text());
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals("Aliyev", q.source().text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void descriptionAfterTheQuoteResolvesToTheNamedPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` So/RB far/RB so/RB good/JJ ,/, ”/'' the/DT head/NN of/IN state/NN said/VBD/say ./."));
        Quote q = direct(qs, "So far");
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals("the head of state", q.source().text());
    }

    @Test
    void pronounFollowsTheSubjectOfTheLastSentenceNotTheLastName() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence(RAZA + ",/, in/IN turn/NN ,/, congratulated/VBD/congratulate President/NNP Aliyev/NNP/PERSON ./.")
                .paragraph()
                .sentence("“/`` I/PRP must/MD say/VB/say this/DT ./.")
                .sentence("Your/PRP$ victory/NN was/VBD/be ours/PRP ,/, ”/'' he/PRP added/VBD/add ./."));
        Quote q = direct(qs, "I must say");
        assertEquals("Nadeem Raza", speaker(q));
        assertEquals("he", q.source().text());
        assertEquals("added", q.cue().text());
    }

    @Test
    void pronounSkipsNamesInsideEarlierQuotes() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` I/PRP met/VBD/meet " + RAZA + "today/NN ./.")
                .sentence("It/PRP went/VBD/go well/RB ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals("Ilham Aliyev", speaker(direct(qs, "I met")));
    }

    @Test
    void cueBeforeTheQuoteWithAColon() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence(ALIYEV + "said/VBD/say :/: “/`` The/DT talks/NNS went/VBD/go very/RB well/RB ./. ”/''"));
        Quote q = direct(qs, "The talks");
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals("said", q.cue().text());
    }

    @Test
    void verbBeforeSourceAfterTheQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` We/PRP stand/VBP/stand together/RB here/RB ,/, ”/'' said/VBD/say Aliyev/NNP/PERSON ./."));
        assertEquals("Ilham Aliyev", speaker(direct(qs, "We stand")));
    }

    @Test
    void organisationCanSpeak() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("“/`` The/DT report/NN is/VBZ/be false/JJ and/CC biased/JJ ,/, ”/'' the/DT Kremlin/NNP/LOCATION "
                        + "said/VBD/say ./."));
        Quote q = direct(qs, "The report");
        assertEquals("Kremlin", speaker(q));
    }

    @Test
    void spokesmanForAnOrganisationSpeaksForIt() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("“/`` We/PRP reject/VBP/reject the/DT claims/NNS entirely/RB ,/, ”/'' a/DT spokesman/NN for/IN the/DT "
                        + "United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION told/VBD/tell reporters/NNS ./."));
        Quote q = direct(qs, "We reject");
        assertEquals("United Nations", speaker(q));
    }

    @Test
    void quoteSplitByItsCueIsOneQuoteInTwoParts() {
        TaggedText t = new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` The/DT victory/NN ,/, ”/'' he/PRP said/VBD/say ,/, “/`` was/VBD/be ours/PRP and/CC ours/PRP "
                        + "alone/RB ./. ”/''");
        List<Quote> qs = quotes(t);
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals("The victory, was ours and ours alone.", q.text());
        String body = t.annotated().text();
        assertEquals(List.of("The victory,", "was ours and ours alone."),
                q.parts().stream().map(p -> body.substring(p.start(), p.end())).toList());
    }

    @Test
    void phraseUnderALaterReportingVerbDoesNotJoinTheQuoteBefore() {
        // '“...,” he said. But, he added, he opposed bans “willy-nilly.”' : the phrase belongs to the
        // second report, not to the quotation the first cue split.
        TaggedText t = new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` We/PRP will/MD act/VB/act ,/, ”/'' he/PRP said/VBD/say ./.")
                .sentence("But/CC ,/, he/PRP added/VBD/add ,/, he/PRP opposed/VBD/oppose bans/NNS “/`` willy-nilly/RB ./. ”/''");
        Quote q = direct(quotes(t), "We will act");
        assertEquals("We will act,", q.text());
        assertNull(q.parts());
    }

    @Test
    void aCueWithALongCircumstanceBetweenTwoPartsStillSplitsOneQuote() {
        TaggedText t = new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                // (the tagger left "N.Y." inside the sentence, so the second part does not open one)
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say at/IN a/DT rally/NN in/IN "
                        + "Binghamton/NNP/LOCATION ,/, N.Y./NNP “/`` We/PRP will/MD govern/VB/govern ./. ”/''");
        List<Quote> all = quotes(t);
        Quote q = direct(all, "We will win");
        assertEquals("We will win, We will govern.", q.text(), all.toString());
        assertEquals(Quote.QuoteKind.direct, q.kind());
    }

    @Test
    void aNicknameInMarksIsNoQuoteAndSplitsNone() {
        TaggedText t = new TaggedText()
                .sentence("“/`` This/DT is/VBZ/be a/DT big/JJ year/NN !/. ”/''")
                .sentence("Del./NNP Marcia/NNP/PERSON “/`` Cia/NNP/ORGANIZATION ”/'' Price/NNP/PERSON shouted/VBD/shout ./.")
                .sentence("“/`` The/DT nation/NN is/VBZ/be watching/VBG/watch ./. ”/''");
        List<Quote> qs = quotes(t);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("This is a big year! The nation is watching.", qs.get(0).text());
        assertEquals("Marcia Price", speaker(qs.get(0)));
    }

    @Test
    void aProgrammeNamedWhereSomethingWasSaidIsNotWhatWasSaid() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' " + ALIYEV + "said/VBD/say on/IN CNN/NNP/ORGANIZATION "
                        + "'s/POS “/`` State/NNP of/IN the/DT Union/NNP ./. ”/''"));
        assertEquals(List.of("We will win,"), qs.stream().map(Quote::text).toList());
    }

    @Test
    void aDigestsLabelAfterADashNamesTheQuotedSource() {
        // HuffPost's polling newsletter: "headline - Source: “...”", the source a brand the tagger calls a noun
        List<Quote> qs = quotes(new TaggedText()
                .sentence("But/CC polls/NNS did/VBD/do predict/VB/predict the/DT caucus/NN —/: HuffPollster/NN :/: “/`` "
                        + "Most/JJS pollsters/NNS fared/VBD/fare much/RB better/JJR with/IN the/DT results/NNS ./. ”/''"));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(Quote.QuoteKind.direct, qs.get(0).kind());
        assertEquals("HuffPollster", qs.get(0).source().text());
        assertEquals("HuffPollster", speaker(qs.get(0)));
    }

    @Test
    void quoteRunningOverTwoParagraphsIsOneQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` The/DT first/JJ part/NN of/IN the/DT speech/NN ends/VBZ/end here/RB ./.").paragraph()
                .sentence("“/`` The/DT second/JJ part/NN closes/VBZ/close it/PRP ,/, ”/'' he/PRP said/VBD/say ./."));
        Quote q = direct(qs, "The first part");
        assertTrue(q.text().endsWith("closes it,"), q.text());
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals(1, qs.stream().filter(x -> x.kind() == Quote.QuoteKind.direct).count());
    }

    @Test
    void quoteWithoutCueContinuesThePreviousSpeakerAndTheirAttribution() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` We/PRP are/VBP/be ready/JJ ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say ./.").paragraph()
                .sentence("“/`` Our/PRP$ people/NNS want/VBP/want peace/NN and/CC prosperity/NN ./. ”/''"));
        Quote first = direct(qs, "We are ready");
        Quote q = direct(qs, "Our people");
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals(first.cue(), q.cue());
        assertEquals(first.source(), q.source());
    }

    @Test
    void straightQuotesGuillemetsAndGermanMarksAllWork() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("\"/`` Straight/JJ marks/NNS work/VBP/work ,/, \"/'' he/PRP said/VBD/say ./.").paragraph()
                .sentence("«/`` Guillemets/NNS work/VBP/work too/RB ,/, »/'' he/PRP added/VBD/add ./.").paragraph()
                .sentence("„/`` German/JJ marks/NNS work/VBP/work ,/, “/'' he/PRP noted/VBD/note ./."));
        assertEquals("Ilham Aliyev", speaker(direct(qs, "Straight marks")));
        assertEquals("Ilham Aliyev", speaker(direct(qs, "Guillemets")));
        assertEquals("Ilham Aliyev", speaker(direct(qs, "German marks")));
    }

    @Test
    void aClosingMarkThatOpensAParagraphAfterAnInvisibleDirectionMarkOpensAQuote() {
        String body = "Fans wrote back.\n\n\u202a\u201dSorry Sarah, you should have said it!!\u201d posted Sharon Geyer.";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, 16), Span.bounds(18, body.length())));
        assertEquals(1, marks.size(), marks.toString());
        assertEquals("Sorry Sarah, you should have said it!!", body.substring(marks.get(0).start(), marks.get(0).end()));
    }

    @Test
    void twoClosingSingleMarksCloseADoubleQuotation() {
        // wire copy types ’’ for ”: “It was an attempt to mislead voters,’’ Will Moy ... told the BBC.
        String body = "“It was an attempt to mislead,’’ Will Moy told the BBC. “And it is wrong.’’";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, body.length())));
        assertEquals(List.of("It was an attempt to mislead,", "And it is wrong."),
                marks.stream().map(m -> body.substring(m.start(), m.end())).toList());
    }

    @Test
    void anInnerClosingMarkBeforeTheWireCopysCloserStaysInTheQuotation() {
        String body = "He told me, “Smith said ‘go away.’’’ Smith later denied it.";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, body.length())));
        assertEquals(List.of("Smith said ‘go away.’"), marks.stream().map(m -> body.substring(m.start(), m.end())).toList());
    }

    @Test
    void anOpeningMarkTypedWhereTheClosingOneGoesClosesTheQuote() {
        String body = "Chuck Todd was shocked. \u201cDo you want to be associated with a fascist?\u201c he asked.";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, body.length())));
        assertEquals(1, marks.size(), marks.toString());
        assertEquals("Do you want to be associated with a fascist?", body.substring(marks.get(0).start(), marks.get(0).end()));
    }

    @Test
    void aStraightMarkBeforeASpaceAndASingleMarkOpensAQuotation() {
        // A quotation that opens with an inner one, typed with a space between the marks.
        String body = "Lotfy has said the message is, \" 'We are watching you.' It's a powerful tool.\" Others agree.";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, body.length())));
        assertEquals(1, marks.size(), marks.toString());
        assertTrue(body.substring(marks.get(0).start(), marks.get(0).end()).trim().startsWith("'We are watching you."));
        assertTrue(body.substring(marks.get(0).start(), marks.get(0).end()).endsWith("powerful tool."));
    }

    @Test
    void aTextWithNoDoubleMarksQuotesWithSingleOnes() {
        String body = "'We will get it done,' Johnson said. 'There is no alternative.' The students' union did not "
                + "agree, and in the '90s it said ‘never’.";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, body.length())));
        List<String> quoted = marks.stream().map(m -> body.substring(m.start(), m.end())).toList();
        assertEquals(List.of("We will get it done,", "There is no alternative.", "never"), quoted);
        String doubled = "\"We will,\" he said of the 'plan' and 'it's over.'";
        assertEquals(1, QuoteMarks.find(doubled, List.of(Span.bounds(0, doubled.length()))).size(),
                "with double marks in the text, single ones are an inner quotation's or apostrophes");
        // A plural's apostrophe closes a quotation when no other mark does.
        String owner = "He called the claims 'ridiculous' and said so. He called it 'absurd' and added: 'We will sue,' he said.";
        assertEquals(List.of("ridiculous", "absurd", "We will sue,"), QuoteMarks.find(owner, List.of(Span.bounds(0, owner.length())))
                .stream().map(m -> owner.substring(m.start(), m.end())).toList());
        // A statement over two paragraphs: the first is left open, the second opens with a mark.
        String over = "He replied: 'Have you seen the table?\n\n'We are safe now.' Then he left.";
        int para = over.indexOf("\n\n");
        List<QuotedSpan> two = QuoteMarks.find(over, List.of(Span.bounds(0, para), Span.bounds(para + 2, over.length())));
        assertEquals(List.of("Have you seen the table?", "We are safe now."),
                two.stream().map(m -> over.substring(m.start(), m.end())).toList());
    }

    @Test
    void aClosingMarkAWrongEncodingTurnedIntoAQuestionMarkStillCloses() {
        // 'called it “illegitimate.? Wilson also wrote ...': else the quote runs to the paragraph's end
        // and on into the next paragraph's quotation, as a quote over paragraphs would
        String body = "He called it \u201cillegitimate.? Wilson also wrote that he hopes so.\n\n\u201cIs that so?\u201d she asked.";
        int para = body.indexOf("\n\n");
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, para), Span.bounds(para + 2, body.length())));
        assertEquals(2, marks.size(), marks.toString());
        assertEquals("illegitimate.", body.substring(marks.get(0).start(), marks.get(0).end()));
        assertTrue(marks.get(0).closed());
        // a real question mark after a word or an abbreviation closes nothing: “Why? ...”, “... the U.S.? ...”
        for (String words : List.of("Why? Because I can.", "Is this the U.S.? I can't believe it,", "Is it at 9 a.m.? Fine,")) {
            String asked = "She said \u201c" + words + "\u201d";
            List<QuotedSpan> one = QuoteMarks.find(asked, List.of(Span.bounds(0, asked.length())));
            assertEquals(words, asked.substring(one.get(0).start(), one.get(0).end()));
        }
    }

    @Test
    void aClosingMarkBeforeAnEllipsisOpensAQuoteAtAParagraphsStart() {
        String body = "\u201d \u2026 in the case of Wyoming, the train has left,\u201d wrote Time magazine.";
        List<QuotedSpan> marks = QuoteMarks.find(body, List.of(Span.bounds(0, body.length())));
        assertEquals(1, marks.size(), marks.toString());
        assertTrue(body.substring(marks.get(0).start(), marks.get(0).end()).endsWith("the train has left,"));
    }

    @Test
    void aPassiveReportingVerbsAgentIsNotWhatWasSaid() {
        // "The poem was praised by the poet Jane Doe, who tweeted, “...”": Doe's tweet, not "by the poet ..."
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT poem/NN was/VBD/be praised/VBN/praise by/IN the/DT poet/NN "
                + "Jane/NNP/PERSON Doe/NNP/PERSON ,/, who/WP tweeted/VBD/tweet ,/, “/`` It/PRP is/VBZ/be so/RB right/JJ ./. ”/''"));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Jane Doe", speaker(direct(qs, "It is so right")));
    }

    @Test
    void scareQuotesAreNotSpeech() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence(ALIYEV + "called/VBD/call the/DT plan/NN “/`` a/DT trap/NN ”/'' ./."));
        assertTrue(qs.stream().noneMatch(q -> q.kind() == Quote.QuoteKind.direct), qs.toString());
    }

    @Test
    void unclosedQuotationMarkRunsToTheEndOfItsParagraph() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "said/VBD/say :/: “/`` This/DT never/RB ends/VBZ/end "
                + "and/CC never/RB will/MD ./.").paragraph().sentence("The/DT end/NN ./."));
        Quote q = direct(qs, "This never ends");
        assertEquals("This never ends and never will.", q.text());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void indirectSpeechAfterSaidWithAndWithoutThat() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence(ALIYEV + "arrived/VBD/arrive ./.")
                .sentence("The/DT president/NN said/VBD/say relations/NNS have/VBP/have a/DT long/JJ history/NN ./.")
                .sentence("He/PRP stressed/VBD/stress that/IN the/DT talks/NNS will/MD continue/VB/continue ./."));
        List<Quote> indirect = qs.stream().filter(q -> q.kind() == Quote.QuoteKind.indirect).toList();
        assertEquals(2, indirect.size(), qs.toString());
        assertEquals("relations have a long history", indirect.get(0).text());
        assertEquals("Ilham Aliyev", speaker(indirect.get(0)));
        assertEquals("the talks will continue", indirect.get(1).text());
        assertEquals("Ilham Aliyev", speaker(indirect.get(1)));
    }

    @Test
    void whatASurveyFoundOrShowedIsReportedByIt() {
        // PolNeAR counts findings as attributions: "Pew found that ...", "the poll shows that ..."
        List<Quote> qs = quotes(new TaggedText()
                .sentence("The/DT Pew/NNP/ORGANIZATION Research/NNP/ORGANIZATION Center/NNP/ORGANIZATION found/VBD/find "
                        + "that/IN most/JJS voters/NNS oppose/VBP/oppose the/DT plan/NN ./.")
                .sentence("Its/PRP$ poll/NN also/RB shows/VBZ/show that/IN support/NN has/VBZ/have fallen/VBN/fall ./."));
        List<Quote> indirect = qs.stream().filter(q -> q.kind() == Quote.QuoteKind.indirect).toList();
        assertEquals(List.of("most voters oppose the plan", "support has fallen"), indirect.stream().map(Quote::text).toList());
        assertEquals("Pew Research Center", speaker(indirect.get(0)));
    }

    @Test
    void expressedConfidenceThatIsACue() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "expressed/VBD/express confident/JJ that/IN the/DT "
                + "visit/NN will/MD help/VB/help ./."));
        Quote q = qs.stream().filter(x -> x.kind() == Quote.QuoteKind.indirect).findFirst().orElseThrow();
        assertEquals("the visit will help", q.text());
        assertEquals("expressed confident", q.cue().text());
    }

    @Test
    void passiveAnnouncementHasNoSpeaker() {
        List<Quote> qs = quotes(new TaggedText().sentence("Kazakhstan/NNP signed/VBD/sign ./.")
                .sentence("It/PRP was/VBD/be announced/VBN/announce that/IN the/DT border/NN will/MD close/VB/close ./."));
        assertEquals(1, qs.size(), qs.toString());
        for (Quote q : qs) {
            assertNull(q.speaker());
        }
    }

    @Test
    void saidWithoutAClauseIsNotIndirectSpeech() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "said/VBD/say so/RB ./."));
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void strayMarksOnlyQuotationMarksAndNoSentencesDoNotCrash() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            quotes(new TaggedText().sentence("”/'' ”/'' “/`` \"/'' «/`` »/'' „/``"));
            quotes(new TaggedText());
            quotes(new TaggedText().sentence("“/``"));
        });
    }

    @Test
    void aFiveThousandWordQuoteIsFoundQuickly() {
        StringBuilder s = new StringBuilder("“/`` ");
        for (int i = 0; i < 5000; i++) {
            s.append("word/NN ");
        }
        s.append(",/, ”/'' Aliyev/NNP/PERSON said/VBD/say ./.");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                    .sentence(s.toString()));
            Quote q = direct(qs, "word word");
            assertNotNull(q.speaker());
        });
    }

    @Test
    void partsOfAnInterruptedQuoteAreOneQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` We/PRP knew/VBD/know what/WP to/TO expect/VB/expect ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say ./.")
                .sentence("“/`` They/PRP would/MD try/VB/try to/TO sell/VB/sell everything/NN ./. ”/''"));
        Quote q = direct(qs, "We knew");
        assertEquals(2, q.parts().size());
        assertEquals("We knew what to expect, They would try to sell everything.", q.text());
        assertEquals(1, qs.size(), qs.toString());
    }

    @Test
    void quotedPhraseInsideReportedSpeechIsOneIndirectQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "said/VBD/say that/IN “/`` peace/NN matters/VBZ/matter ”/'' "
                + "in/IN the/DT region/NN ./."));
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertEquals(Quote.QuoteKind.indirect, q.kind());
        assertEquals("“peace matters” in the region", q.text());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void accordingToIsACue() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` The/DT border/NN stays/VBZ/stay closed/JJ for/IN now/RB ,/, ”/'' "
                + "according/VBG/accord to/TO the/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION ./."));
        Quote q = direct(qs, "The border");
        assertEquals("according to", q.cue().text());
        assertEquals("United Nations", speaker(q));
    }

    @Test
    void participleCueTakesTheSubjectOfTheSentence() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "left/VBD/leave early/RB ,/, saying/VBG/say “/`` the/DT "
                + "talks/NNS are/VBP/be over/RB for/IN today/NN ./. ”/''"));
        Quote q = direct(qs, "the talks");
        assertEquals("saying", q.cue().text());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void accordingToAtEitherEndOfASentence() {
        List<Quote> qs = quotes(new TaggedText()
                .sentence("According/VBG/accord to/TO the/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION ,/, "
                        + "the/DT border/NN stays/VBZ/stay closed/JJ ./.")
                .sentence("Turnout/NN was/VBD/be very/RB low/JJ ,/, according/VBG/accord to/TO the/DT "
                        + "United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION ./."));
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("the border stays closed", qs.get(0).text());
        assertEquals("United Nations", speaker(qs.get(0)));
        assertEquals("Turnout was very low", qs.get(1).text());
        assertEquals("according to", qs.get(1).cue().text());
    }

    @Test
    void cueClosingTheSentenceAttributesWhatComesBefore() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.")
                .sentence("The/DT talks/NNS will/MD go/VB/go on/RP next/JJ week/NN ,/, Aliyev/NNP/PERSON said/VBD/say ./."));
        Quote q = qs.stream().filter(x -> x.kind() == Quote.QuoteKind.indirect).findFirst().orElseThrow();
        assertEquals("The talks will go on next week", q.text());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void wordsBeforeACueThatGoesOnWithAParticipleAreSpeechToo() {
        // "..., Aliyev said on Monday, adding that ...": both clauses are his; but an adverbial before a
        // clause that is no cue ("Earlier this week, Todd pressed ..., insisting") is nobody's words.
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.")
                .sentence("The/DT talks/NNS will/MD go/VB/go on/RP ,/, Aliyev/NNP/PERSON said/VBD/say on/IN Monday/NNP ,/, "
                        + "adding/VBG/add that/IN prices/NNS would/MD fall/VB/fall ./.")
                .sentence("Earlier/RBR this/DT week/NN ,/, Aliyev/NNP/PERSON pressed/VBD/press the/DT envoy/NN on/IN taxes/NNS ,/, "
                        + "insisting/VBG/insist that/IN rates/NNS should/MD rise/VB/rise ./."));
        Quote before = QuotesOf.starting(qs, "The talks");
        assertEquals("The talks will go on", before.text());
        assertEquals("Ilham Aliyev", speaker(before));
        assertEquals("said", before.cue().text());
        assertEquals("Ilham Aliyev", speaker(QuotesOf.starting(qs, "prices would fall")));
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Earlier")), qs.toString());
    }

    @Test
    void aNamedPersonAndAVerbTheListLacksClosingTheSentenceCueTheQuote() {
        // "“...,” Ruperto Supena, chairman of the coalition, has raised emotionally.": the verb is no
        // reporting verb, but a name and a verb alone after the quotation's comma say who spoke;
        // "“...,” Smith left the room" has an object and cues nothing.
        List<Quote> qs = quotes(new TaggedText()
                .sentence("“/`` Iloilo/NNP/LOCATION is/VBZ/be dying/VBG/die ,/, ”/'' Ruperto/NNP/PERSON Supena/NNP/PERSON ,/, "
                        + "chairman/NN of/IN the/DT coalition/NN ,/, has/VBZ/have raised/VBN/raise emotionally/RB ./.")
                .paragraph().sentence("“/`` We/PRP are/VBP/be tired/JJ ,/, ”/'' Anna/NNP/PERSON Lopez/NNP/PERSON left/VBD/leave "
                        + "the/DT room/NN ./.")
                .paragraph().sentence("Though/IN the/DT bill/NN was/VBD/be branded/VBN/brand “/`` dead/JJ on/IN arrival/NN ,/, ”/'' "
                        + "Anna/NNP/PERSON Lopez/NNP/PERSON persisted/VBD/persist ./."));
        assertTrue(qs.stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("persisted")),
                "a phrase inside the writer's clause is no statement: " + qs);
        Quote q = QuotesOf.starting(qs, "Iloilo");
        assertEquals("Ruperto Supena", speaker(q));
        assertEquals("raised", q.cue().text());
        assertTrue(qs.stream().noneMatch(x -> x.text().startsWith("We are tired") && x.cue() != null), qs.toString());
    }

    @Test
    void aVerbInsideTheWordsBeforeTheMarksYieldsToTheCueAfterThem() {
        // 'Nothing the president said “will ease fears,” the senator said': "the president said" is a
        // relative clause of "Nothing", part of what the senator said, not a cue of its own.
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("Nothing/NN the/DT general/NN said/VBD/say “/`` will/MD ease/VB/ease fears/NNS ,/, ”/'' "
                        + "Aliyev/NNP/PERSON said/VBD/say ./."));
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertTrue(q.text().startsWith("Nothing the general said “will ease fears"), q.toString());
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals("Aliyev", q.source().text());
    }

    @Test
    void wordsLeadingIntoAQuotationBelongToIt() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("With/IN many/JJ systems/NNS ,/, “/`` there/EX is/VBZ/be no/DT single/JJ failure/NN ,/, ”/'' "
                        + "he/PRP said/VBD/say ./."));
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertEquals(Quote.QuoteKind.indirect, q.kind());
        assertTrue(q.text().startsWith("With many systems, “there is"), q.text());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void parentheticalPartyLabelAndAppositiveStayInTheSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP need/VBP/need answers/NNS now/RB ,/, ”/'' "
                + "Rep./NNP Jim/NNP/PERSON Jordan/NNP/PERSON (/-LRB- R-Ohio/NNP )/-RRB- ,/, a/DT panel/NN member/NN ,/, "
                + "said/VBD/say ./."));
        Quote q = direct(qs, "We need answers");
        assertEquals("Jim Jordan", speaker(q));
        assertTrue(q.source().text().startsWith("Rep. Jim Jordan"), q.source().text());
    }

    @Test
    void titleAloneResolvesToTheTitledPerson() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` The/DT talks/NNS went/VBD/go well/RB ,/, ”/'' the/DT president/NN said/VBD/say ./."));
        Quote q = direct(qs, "The talks");
        assertEquals("Ilham Aliyev", speaker(q));
        assertEquals("the president", q.source().text());
    }

    @Test
    void nestedQuotationStaysInsideTheOuterQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` He/PRP told/VBD/tell me/PRP ,/, ‘/`` We/PRP will/MD win/VB/win ,/, ’/'' and/CC I/PRP "
                        + "believed/VBD/believe him/PRP ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say ./."));
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertTrue(q.text().contains("‘We will win,’"), q.text());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void aSecondVerbOfTheSameSpeakerStartsASecondQuote() {
        List<Quote> qs = quotes(new TaggedText().sentence("Ben/NNP/PERSON Carson/NNP/PERSON said/VBD/say Trump/NNP/PERSON "
                + "is/VBZ/be a/DT “/`` good/JJ man/NN ,/, ”/'' and/CC said/VBD/say that/IN Rubio/NNP/PERSON "
                + "is/VBZ/be “/`` weak/JJ like/IN a/DT baby/NN ./. ”/''"));
        List<Quote> reported = qs.stream().filter(q -> q.kind() == Quote.QuoteKind.indirect).toList();
        assertEquals(2, reported.size(), qs.toString());
        assertEquals("Trump is a “good man,”", reported.get(0).text());
        assertTrue(reported.get(1).text().startsWith("Rubio is"), reported.get(1).text());
        assertEquals("Ben Carson", speaker(reported.get(1)));
    }

    @Test
    void aParticipleGoingOnFromAPhraseKeepsTheSpeakerOfTheFirstVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("Rival/JJ Hillary/NNP/PERSON Clinton/NNP/PERSON called/VBD/call "
                + "him/PRP a/DT “/`` stiff/NN ,/, ”/'' adding/VBG/add that/IN Trump/NNP/PERSON was/VBD/be “/`` not/RB "
                + "having/VBG/have a/DT good/JJ night/NN ./. ”/''"));
        Quote first = qs.stream().filter(q -> q.text().startsWith("him a")).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("him a “stiff,”", first.text());
        Quote second = qs.stream().filter(q -> q.text().startsWith("that Trump was")).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("Hillary Clinton", speaker(second));
        assertEquals("Rival Hillary Clinton", second.source().text());
    }

    @Test
    void aPhraseAfterAnAsideBetweenSubjectAndVerbIsTheSubjects() {
        // "Cruz, leading in Iowa polls, questioned Trump's “New York values” and ...": the aside does
        // not keep the verb from its subject, and the owner after the verb is no inverted source.
        List<Quote> qs = quotes(new TaggedText().sentence("Ted/NNP/PERSON Cruz/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("Cruz/NNP/PERSON ,/, leading/VBG/lead in/IN Iowa/NNP/LOCATION polls/NNS ,/, questioned/VBD/question "
                + "Trump/NNP/PERSON 's/POS “/`` New/NNP York/NNP values/NNS ”/'' and/CC his/PRP$ readiness/NN to/TO "
                + "lead/VB/lead ./."));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Trump's “New York values” and his readiness to lead", qs.get(0).text());
        assertEquals("Ted Cruz", speaker(qs.get(0)));
    }

    @Test
    void marksClosingMidClauseAfterTheVerbGiveTheClause() {
        // 'Comey testified “thousands” of emails ...': the marks hold a word of the clause, not all of it;
        // but in '“distasteful,” Santilli said' the comma inside the marks closes the clause.
        List<Quote> qs = quotes(new TaggedText().sentence("James/NNP/PERSON Comey/NNP/PERSON testified/VBD/testify "
                + "“/`` thousands/NNS ”/'' of/IN emails/NNS had/VBD/have not/RB been/VBN/be turned/VBN/turn over/RP ./."));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("“thousands” of emails had not been turned over", qs.get(0).text());
        assertEquals("James Comey", speaker(qs.get(0)));
    }

    @Test
    void aLongAppositiveWithARelativeClauseStillLeadsToItsName() {
        // 33 words between the name and its verb
        List<Quote> qs = quotes(new TaggedText().sentence("Rich/NNP/PERSON Heffley/NNP/PERSON ,/, a/DT top/JJ Tallahassee/NNP/LOCATION GOP/NNP "
                + "operative/NN who/WP played/VBD/play a/DT major/JJ role/NN in/IN John/NNP/PERSON McCain/NNP/PERSON 's/POS "
                + "big/JJ Florida/NNP/LOCATION win/NN in/IN 2008/CD and/CC is/VBZ/be now/RB running/VBG/run Jeb/NNP/PERSON Bush/NNP/PERSON 's/POS "
                + "early-vote/JJ efforts/NNS in/IN the/DT whole/JJ state/NN ,/, said/VBD/say the/DT absentee/JJ program/NN is/VBZ/be "
                + "a/DT “/`` critical/JJ part/NN of/IN our/PRP$ strategy/NN ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "the absentee");
        assertEquals("Rich Heffley", speaker(q));
    }

    @Test
    void aSecondThatClauseGoesOnWithTheSameReport() {
        // "... and that the committee would continue to investigate": "continue" before "to" is no new speaker
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT DNC/NNP/ORGANIZATION said/VBD/say the/DT staffers/NNS "
                + "'/POS actions/NNS were/VBD/be “/`` completely/RB unacceptable/JJ ”/'' and/CC that/IN the/DT committee/NN "
                + "would/MD continue/VB/continue to/TO investigate/VB/investigate the/DT incident/NN ./."));
        Quote q = QuotesOf.holding(qs, "unacceptable");
        assertTrue(q.text().endsWith("investigate the incident"), q.text());
    }

    @Test
    void thatSaidIsTheWritersTurnNotACue() {
        List<Quote> qs = quotes(new TaggedText().sentence("Melania/NNP/PERSON Trump/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("That/DT said/VBD/say ,/, she/PRP also/RB noted/VBD/note ,/, “/`` He/PRP will/MD punch/VB/punch "
                        + "back/RB ./. ”/''")
                .sentence("That/DT said/VBD/say ,/, the/DT campaign/NN has/VBZ/have struggled/VBN/struggle to/TO "
                        + "raise/VB/raise money/NN ./."));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("noted", qs.get(0).cue().text());
        assertEquals("Melania Trump", speaker(qs.get(0)));
    }

    @Test
    void aConnectiveBeforeTheMarksIsNeitherCueNorReportedSpeech() {
        // The tagger reads "being" in "That being said" as a noun; the phrase is still no cue, and
        // "Still," is no part of what was said.
        List<Quote> qs = quotes(new TaggedText().sentence("Owen/NNP/PERSON Dempsey/NNP/PERSON studied/VBD/study it/PRP ./.")
                .sentence("That/DT being/NN said/VBD/say ,/, “/`` people/NNS should/MD not/RB panic/VB/panic ,/, ”/'' "
                        + "he/PRP said/VBD/say ./.")
                .sentence("Still/RB ,/, “/`` nobody/NN should/MD worry/VB/worry ,/, ”/'' he/PRP said/VBD/say ./."));
        assertEquals(2, qs.size(), qs.toString());
        for (Quote q : qs) {
            assertEquals(Quote.QuoteKind.direct, q.kind(), q.toString());
            assertEquals("he", q.source().text());
            assertEquals("Owen Dempsey", speaker(q));
        }
    }

    @Test
    void aPhraseEndingInAConjunctionIsNoSource() {
        // "... the legal footing for a peace deal and said ...": the second verb is the ministry's
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT ministry/NN said/VBD/say it/PRP viewed/VBD/view the/DT "
                + "move/NN as/IN “/`` another/DT measure/NN contradicting/VBG/contradict ”/'' the/DT legal/JJ footing/NN "
                + "for/IN a/DT deal/NN and/CC said/VBD/say it/PRP would/MD raise/VB/raise tensions/NNS ./."));
        assertTrue(qs.stream().noneMatch(q -> q.source() != null && q.source().text().endsWith("and")), qs.toString());
        assertTrue(qs.stream().anyMatch(q -> q.text().startsWith("it viewed") && q.source().text().equals("The ministry")),
                qs.toString());
    }

    @Test
    void anOwnersDescriptionOpeningTheSentenceIsTheParticiplesSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("His/PRP$ chief/JJ aide/NN doubled/VBD/double down/RP on/IN "
                + "attacks/NNS ,/, saying/VBG/say she/PRP is/VBZ/be experienced/JJ “/`` on/IN paper/NN ./. ”/''"));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("His chief aide", qs.get(0).source().text());
    }

    @Test
    void aPhraseThatAClauseGoesOnFromAfterTheVerbIsWhatWasSaidNotWhoSaidIt() {
        // After a title in marks, "said the days when ..." holds no source: the days are the object.
        List<Quote> qs = quotes(new TaggedText().sentence("Hemsley/NNP/PERSON ,/, the/DT author/NN of/IN “/`` Going/VBG/go "
                + "Viral/NNP ,/, ”/'' about/IN the/DT spread/NN of/IN news/NN ,/, said/VBD/say the/DT days/NNS when/WRB the/DT nation/NN had/VBD/have one/CD story/NN "
                + "are/VBP/be gone/VBN/go ./."));
        assertTrue(qs.stream().noneMatch(q -> q.source() != null && q.source().text().equals("the days")), qs.toString());
        // ... but a name's circumstance goes on after it: "said Dan Golvach when asked"
        List<Quote> named = quotes(new TaggedText().sentence("“/`` Most/JJS would/MD agree/VB/agree ,/, ”/'' said/VBD/say "
                + "Dan/NNP/PERSON Golvach/NNP/PERSON when/WRB asked/VBN/ask ./."));
        assertEquals("Dan Golvach", named.get(0).source().text());
    }

    @Test
    void aListenerBeforeTheReportedClauseIsNotWhatWasSaid() {
        List<Quote> qs = quotes(new TaggedText().sentence("Fauci/NNP/PERSON told/VBD/tell reporters/NNS he/PRP would/MD "
                        + "be/VB/be in/IN trouble/NN ./.")
                .sentence("Fauci/NNP/PERSON told/VBD/tell a/DT webinar/NN hosted/VBN/host by/IN the/DT university/NN "
                        + "he/PRP would/MD be/VB/be “/`` in/IN serious/JJ trouble/NN ./. ”/''"));
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("he would be in trouble", qs.get(0).text());
        assertTrue(qs.get(1).text().startsWith("he would be “in serious trouble"), qs.get(1).text());
        assertEquals("Fauci", qs.get(1).source().text());
    }

    @Test
    void aPhraseInAClauseThatAReportingVerbReportsIsTheReportersNotTheClauseSubjects() {
        List<Quote> qs = quotes(new TaggedText().sentence("Gordon/NNP/PERSON Sondland/NNP/PERSON told/VBD/tell visiting/VBG/visit "
                + "Ukraine/NNP/LOCATION officials/NNS they/PRP would/MD need/VB/need to/TO “/`` deliver/VB/deliver ./. ”/''"));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Gordon Sondland", speaker(qs.get(0)));
        // ... and a clause opening the text has no reporter before it (no index before the first token)
        List<Quote> opening = quotes(new TaggedText().sentence("They/PRP would/MD need/VB/need to/TO “/`` deliver/VB/deliver ./. ”/''"));
        assertTrue(opening.stream().allMatch(q -> q.speaker() == null), opening.toString());
    }

    @Test
    void aVerbOpeningTheTextBeforeAPhraseInMarksDoesNotFail() {
        List<Quote> qs = quotes(new TaggedText().sentence("Blasted/VBD/blast Trump/NNP/PERSON as/IN “/`` a/DT disaster/NN ”/'' ./."));
        assertNotNull(qs);
    }

    @Test
    void overlappingQuotesDoNotLeadIntoEachOther() {
        String body = "“We will win and we will keep winning,” he said.";
        Article article = new Article(null, "T", null, null, null, "en", body, List.of(org.newsgraph.model.Span.of(body, 0, body.length())));
        Quote first = new Quote("We will win and we", 1, 19, Quote.QuoteKind.direct, null, null, null);
        Quote next = new Quote("we will keep winning,", 16, 37, Quote.QuoteKind.direct, null, null,
                org.newsgraph.model.Span.of(body, 42, 46));
        assertFalse(QuoteFinder.leadsInto(article, first, next));
    }

    @Test
    void aVerbAfterClosingMarksWithNoSourceWordAfterItDoesNotFail() {
        List<Quote> qs = quotes(new TaggedText().sentence("What/WP the/DT “/`` experts/NNS ”/'' said/VBD/say was/VBD/be "
                + "wrong/JJ ./."));
        assertNotNull(qs);
    }

    @Test
    void aReportingVerbBetweenNounsIsStillTheCue() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP have/VBP/have a/DT deal/NN ,/, ”/'' the/DT club/NN "
                + "confirm/VBP/confirm today/NN ./."));
        assertEquals("confirm", qs.get(0).cue().text());
    }

    @Test
    void aBareSaidReportsTheWholeClauseItsSubjectIncluded() {
        List<Quote> qs = quotes(new TaggedText().sentence("Nancy/NNP/PERSON Pelosi/NNP/PERSON said/VBD/say the/DT aides/NNS "
                + "they/PRP hired/VBD/hire were/VBD/be “/`` very/RB professional/JJ ./. ”/''"));
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).text().startsWith("the aides they hired"), qs.get(0).text());
    }

    @Test
    void aParticiplesCircumstanceBetweenQuoteAndCueIsSkipped() {
        List<Quote> qs = quotes(new TaggedText().sentence("Donald/NNP/PERSON Trump/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("“/`` You/PRP know/VBP/know what/WP I/PRP want/VBP/want ?/. ").sentence("I/PRP want/VBP/want to/TO "
                + "wait/VB/wait ”/'' before/IN discussing/VBG/discuss specifics/NNS ,/, he/PRP said/VBD/say ./."));
        Quote q = QuotesOf.starting(qs, "You know");
        assertEquals("said", q.cue() == null ? null : q.cue().text(), qs.toString());
        assertEquals("Donald Trump", speaker(q));
    }

    @Test
    void aPhraseAfterTheSecondVerbBelongsToThatVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("Protesters/NNS led/VBN/lead by/IN Jane/NNP/PERSON Doe/NNP/PERSON "
                + "marched/VBD/march through/IN the/DT streets/NNS ./.").paragraph()
                .sentence("She/PRP called/VBD/call for/IN answers/NNS about/IN the/DT shooting/NN ,/, walking/VBG/walk "
                + "the/DT streets/NNS while/IN chanting/VBG/chant ,/, “/`` Hands/NNS up/RB ,/, do/VBP/do n't/RB "
                + "shoot/VB/shoot ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "Hands up");
        assertEquals("Jane Doe", speaker(q));
        assertTrue(!q.text().contains("answers"), q.text());
    }

    @Test
    void anUncuedQuoteAfterReportedSpeechGoesOnWithIt() {
        TaggedText t = new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say ,/, adding/VBG/add "
                        + "that/IN the/DT talks/NNS had/VBD/have gone/VBN/go well/RB ./.")
                .sentence("“/`` Our/PRP$ friends/NNS in/IN Islamabad/NNP/LOCATION know/VBP/know it/PRP too/RB ./. ”/''");
        List<Quote> qs = quotes(t);
        Quote first = direct(qs, "We will win");
        assertNull(first.parts(), "the last quote joined the first across the reported clause: " + qs);
        Quote reported = qs.stream().filter(q -> q.text().startsWith("the talks")).findFirst()
                .orElseThrow(() -> new AssertionError(qs));
        String body = t.annotated().text();
        assertEquals(List.of("the talks had gone well", "Our friends in Islamabad know it too."),
                reported.parts().stream().map(p -> body.substring(p.start(), p.end())).toList());
        assertEquals("Ilham Aliyev", speaker(reported));
    }

    @Test
    void aTranscriptInMarksIsOneQuoteATurnSpokenByThePersonItsLabelNames() {
        TaggedText t = new TaggedText().sentence("Gov./NNP Mike/NNP/PERSON Pence/NNP/PERSON spoke/VBD/speak to/TO "
                        + "Chris/NNP/PERSON Wallace/NNP/PERSON ./.").paragraph()
                .sentence("“/`` WALLACE/NNP :/: Will/MD she/PRP be/VB/be there/RB ?/.").paragraph()
                .sentence("“/`` PENCE/NNP :/: She/PRP will/MD not/RB be/VB/be attending/VBG/attend the/DT debate/NN ./.")
                .sentence("I/PRP ca/MD n't/RB wait/VB/wait ./.");
        List<Quote> qs = quotes(t);
        Quote asked = direct(qs, "Will she");
        assertEquals("Will she be there?", asked.text());
        assertEquals("Chris Wallace", speaker(asked));
        assertEquals("WALLACE", asked.source().text());
        Quote answered = direct(qs, "She will not");
        assertEquals("Mike Pence", speaker(answered));
    }

    @Test
    void curlyQuotesInsideAStraightQuoteDoNotCloseIt() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("\"/`` She/PRP thinks/VBZ/think this/DT is/VBZ/be an/DT episode/NN of/IN “/`` Shark/NNP Tank/NNP ./. ”/''")
                .sentence("But/CC this/DT is/VBZ/be a/DT serious/JJ business/NN ,/, \"/'' Aliyev/NNP/PERSON said/VBD/say ./."));
        Quote q = direct(qs, "She thinks");
        assertTrue(q.text().endsWith("a serious business,"), q.text());
        assertEquals("Ilham Aliyev", speaker(q));
        // but a straight mark that wraps a paragraph with quotes of its own is the site's, not a quote
        List<Quote> wrapped = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("\"/`` “/`` We/PRP will/MD win/VB/win ,/, ”/'' Aliyev/NNP/PERSON said/VBD/say before/IN "
                        + "adding/VBG/add that/IN the/DT talks/NNS went/VBD/go well/RB ./. \"/''"));
        assertEquals("We will win,", direct(wrapped, "We will").text());
    }

    @Test
    void accordingToBeforeAQuotationOfSeveralSentencesTakesItWhole() {
        List<Quote> qs = quotes(new TaggedText().sentence("Rush/NNP/PERSON Limbaugh/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("According/VBG/accord to/TO Limbaugh/NNP/PERSON ,/, “/`` She/PRP would/MD not/RB have/VB/have "
                        + "time/NN ./.")
                .sentence("It/PRP is/VBZ/be up/RB to/TO the/DT opponents/NNS ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "She would");
        assertEquals("Rush Limbaugh", speaker(q));
        assertTrue(q.text().contains("up to the opponents"), q.text());
    }

    @Test
    void reportedSpeechEndsWhereAnotherSpeakersCueBegins() {
        List<Quote> qs = quotes(new TaggedText().sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON debated/VBD/debate "
                        + "Donald/NNP/PERSON Trump/NNP/PERSON ./.").paragraph()
                .sentence("When/WRB Clinton/NNP/PERSON noted/VBD/note that/IN Trump/NNP/PERSON has/VBZ/have not/RB "
                        + "paid/VBN/pay taxes/NNS ―/NFP as/IN was/VBD/be true/JJ for/IN years/NNS ―/NFP Trump/NNP/PERSON "
                        + "boasted/VBD/boast ,/, “/`` That/DT makes/VBZ/make me/PRP smart/JJ ./. ”/''"));
        Quote smart = direct(qs, "That makes");
        assertEquals("Donald Trump", speaker(smart));
        Quote noted = qs.stream().filter(q -> q.text().startsWith("Trump has not")).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("Hillary Clinton", speaker(noted));
        assertTrue(!noted.text().contains("boasted"), noted.text());
    }

    @Test
    void anAsideBetweenTheSourceAndItsVerbKeepsTheCue() {
        TaggedText t = new TaggedText().sentence("Roy/NNP/PERSON Blunt/NNP/PERSON spoke/VBD/speak ./.").paragraph()
                .sentence("“/`` We/PRP will/MD win/VB/win ,/, ”/'' Smith/NNP/PERSON ,/, after/IN a/DT long/JJ pause/NN ,/, "
                        + "said/VBD/say ./.")
                .sentence("“/`` It/PRP is/VBZ/be a/DT good/JJ year/NN ./. ”/''");
        List<Quote> qs = quotes(t);
        Quote q = direct(qs, "We will win");
        assertEquals("Smith", q.source().text());
        assertEquals("said", q.cue().text());
        assertEquals(2, q.parts().size(), "the quotation after the cue goes on with it: " + qs);
    }

    @Test
    void aCapitalWordAndColonInsideATweetIsNoTranscriptTurn() {
        List<Quote> qs = quotes(new TaggedText().sentence("Donald/NNP/PERSON Trump/NNP/PERSON tweeted/VBD/tweet ./.").paragraph()
                .sentence("Trump/NNP/PERSON wrote/VBD/write :/: “/`` WOW/UH :/: a/DT great/JJ day/NN for/IN all/DT "
                        + "of/IN us/PRP ./. ”/''"));
        Quote q = QuotesOf.holding(qs, "great day");
        assertEquals("Donald Trump", speaker(q));
        assertEquals("wrote", q.cue().text());
    }

    @Test
    void aOneWordAnswerWithItsCueIsSpeechNotATitle() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "expects/VBZ/expect a/DT deal/NN ./.").paragraph()
                .sentence("“/`` Absolutely/RB ,/, ”/'' he/PRP said/VBD/say when/WRB asked/VBN/ask by/IN a/DT reporter/NN "
                        + "if/IN that/DT remains/VBZ/remain his/PRP$ view/NN ./."));
        Quote q = direct(qs, "Absolutely");
        assertEquals("Ilham Aliyev", speaker(q));
        assertTrue(qs.stream().noneMatch(x -> x.text().startsWith("when asked")), qs.toString());
    }

    @Test
    void aPhraseBeforeACommaIsNotSpeechWithoutAVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "spoke/VBD/speak ./.").paragraph()
                .sentence("In/IN his/PRP$ campaign/NN speech/NN ,/, he/PRP tells/VBZ/tell one/CD joke/NN ./."));
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aCueSetOffByCommasInsideTheSentenceAttributesBothSides() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "spoke/VBD/speak at/IN length/NN ./.").paragraph()
                .sentence("The/DT talks/NNS ,/, he/PRP said/VBD/say ,/, will/MD go/VB/go on/RP for/IN weeks/NNS ./."));
        Quote q = QuotesOf.starting(qs, "The talks");
        assertEquals("The talks will go on for weeks", q.text());
        assertEquals(2, q.parts().size());
        assertEquals("Ilham Aliyev", speaker(q));
    }

    @Test
    void aCueClosingTheSentenceTakesTheWordsBeforeItEvenWhenTheTaggerMissedTheirVerb() {
        List<Quote> qs = quotes(new TaggedText().sentence("The/DT rejection/NN of/IN the/DT treaty/NN signals/NNS "
                + "“/`` the/DT beginning/NN of/IN the/DT end/NN ”/'' for/IN the/DT EU/NNP/ORGANIZATION ,/, said/VBD/say "
                + "Geert/NNP/PERSON Wilders/NNP/PERSON ./."));
        Quote q = QuotesOf.starting(qs, "The rejection");
        assertEquals("Geert Wilders", speaker(q));
    }

    @Test
    void twoShortSentencesInMarksAreSpeechNotATitle() {
        List<Quote> qs = quotes(new TaggedText().sentence(ALIYEV + "arrived/VBD/arrive ./.").paragraph()
                .sentence("“/`` Here/RB comes/VBZ/come the/DT president/NN ,/, ”/'' she/PRP said/VBD/say ,/, clapping/VBG/clap ./.")
                .sentence("“/`` The/DT Leader/NNP ./.").sentence("Big/NNP Daddy/NNP ./. ”/''"));
        Quote q = QuotesOf.starting(qs, "Here comes");
        assertTrue(q.text().endsWith("Big Daddy."), q.text());
        assertTrue(QuoteFinder.isTitle("Face the Nation"));
        assertFalse(QuoteFinder.isTitle("The Leader. Big Daddy."));
    }

    @Test
    void aQuotationAfterTheWritersOwnSentenceIsAQuotationOfItsOwn() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` People/NNS visited/VBD/visit my/PRP$ profile/NN ,/, ”/'' said/VBD/say "
                + "Joseph/NNP/PERSON Minga/NNP/PERSON ./.")
                .sentence("He/PRP learned/VBD/learn that/IN a/DT hundred/CD people/NNS look/VBP/look ./.")
                .sentence("“/`` It/PRP really/RB made/VBD/make me/PRP think/VB/think twice/RB ./. ”/''"));
        Quote first = QuotesOf.starting(qs, "People visited");
        Quote second = QuotesOf.starting(qs, "It really made me");
        assertTrue(first != second && first.parts() == null, qs.toString());
        assertEquals("Joseph Minga", speaker(second));
    }

    @Test
    void aShortSentenceInMarksStandingAloneIsSpeech() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` We/PRP will/MD build/VB/build the/DT wall/NN ,/, ”/'' "
                + "Donald/NNP/PERSON Trump/NNP/PERSON said/VBD/say ./.").paragraph()
                .sentence("“/`` Building/VBG/build it/PRP ?/.").sentence("Not/RB negotiable/JJ ./. ”/''"));
        assertEquals("Donald Trump", speaker(QuotesOf.starting(qs, "Building it")));
    }

    @Test
    void anAsFrameAfterTheMarksGivesTheMarkedWordsToItsSource() {
        List<Quote> qs = quotes(new TaggedText().sentence("Michael/NNP/PERSON Reed/NNP/PERSON led/VBD/lead the/DT deal/NN ./.")
                .paragraph().sentence("The/DT merger/NN creates/VBZ/create a/DT “/`` new/JJ Gannett/NNP/ORGANIZATION ,/, ”/'' as/IN "
                + "Reed/NNP/PERSON dubbed/VBD/dub the/DT combination/NN ./."));
        Quote q = QuotesOf.holding(qs, "new Gannett");
        assertEquals("new Gannett,", q.text());
        assertEquals("Michael Reed", speaker(q));
    }

    @Test
    void aVerbOfManneredSpeechAfterTheMarksIsACue() {
        List<Quote> qs = quotes(new TaggedText().sentence("“/`` This/DT is/VBZ/be fantastic/JJ !/. ”/'' beamed/VBD/beam "
                + "Donald/NNP/PERSON Hartley/NNP/PERSON of/IN Alabama/NNP/LOCATION ./."));
        Quote q = QuotesOf.starting(qs, "This is fantastic");
        assertEquals("Donald Hartley", speaker(q));
        assertEquals("beamed", q.cue().text());
    }
}
