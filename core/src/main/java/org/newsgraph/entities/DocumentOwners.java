package org.newsgraph.entities;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Whose words a document is, when a document is the source: "Ivana Trump's brief said", "a Times
 * article hailed", "the Clinton ad asks" name their owner; a bare "the article read" or "the clip
 * says" goes back to the last such document the story named with its owner ("a Times article ...
 * the article read"), or to the one its sentence said made it ("The RNC released an ad ...").
 * One instance per document.
 */
public final class DocumentOwners {
    /** Nouns for someone's words, whose owner is the speaker. */
    private static final Set<String> WORDS_NOUNS = Set.of("account", "statement", "report", "tweet", "tweets", "post",
            "letter", "speech", "remarks", "words", "interview", "email", "memo", "book", "memoir", "op-ed", "column",
            "editorial", "website", "blog", "testimony", "announcement", "lawsuit", "suit", "complaint", "filing", "page",
            "release", "order", "ruling", "opinion", "ad", "advertisement", "survey", "poll", "article", "piece",
            "story", "clip", "spot", "video", "commercial", "brief", "transcript", "message", "document", "decision",
            "study", "notice", "motion", "resolution", "petition", "newsletter", "mailer", "flyer", "script", "plan",
            "proposal", "summary", "accusation", "feed");
    /** Words for one campaign advertisement, which the story may call by any of them in turn. */
    private static final Set<String> AD_NOUNS = Set.of("ad", "advertisement", "clip", "spot", "video", "commercial");
    /** Nouns for a court filing, any of which takes up another: "Podliska’s lawsuit ... the suit reads". */
    private static final Set<String> SUIT_NOUNS = Set.of("lawsuit", "suit", "complaint");
    /** How far back an "it" looks for the document it takes up, in sentences. */
    private static final int DOCUMENT_LOOK_BACK_SENTENCES = 2;
    /** How far back a bare "the article" looks for the article named before, in tokens (a few paragraphs). */
    private static final int LOOK_BACK_TOKENS = 300;

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;

    DocumentOwners(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
    }

    /** Whether the word names a document or someone's words: "statement", "article", "ad", "plan". */
    public static boolean isDocument(Token head) {
        return WORDS_NOUNS.contains(head.text().toLowerCase(Locale.ROOT));
    }

    /** The owner of the document the phrase {@code [first, head]} names, or null when it is not one or has none. */
    String ownerOf(int first, int head) {
        if (!isDocument(text.token(head))) {
            return null;
        }
        String owner = namedOwner(first, head);
        if (owner != null || !text.token(first).text().equalsIgnoreCase("the")) {
            return owner;
        }
        String noun = text.token(head).text().toLowerCase(Locale.ROOT);
        for (int i = first - 1; i >= Math.max(0, first - LOOK_BACK_TOKENS); i--) {
            String w = text.token(i).text().toLowerCase(Locale.ROOT);
            if (insideQuote.test(text.token(i).start()) || !sameKind(w, noun)) {
                continue;
            }
            if (personBetween(i, first)) {
                return null; // "A Clinton campaign memo ... Robby Mook wrote ... the memo stated": its writer, named since
            }
            int start = phraseStart(i);
            owner = namedOwner(start, i);
            if (owner == null && !text.token(start).text().equalsIgnoreCase("the")) {
                owner = maker(start); // "Hillary Clinton has a new campaign ad": who brought it in
            }
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }

    /**
     * The writer of the document an "it" at this token takes up ("The email ... was sent by Jeremy
     * Bash. “...,” it reads"): the nearest document named in the two sentences before or this one,
     * when it opens its sentence and no body that "it" could stand for instead is named after that
     * sentence. Its owner or the one it was sent or written by; null when there is no such
     * document or its writer is not named.
     */
    String writerOfDocumentBefore(int pronoun) {
        Sentence here = text.sentenceOfToken(pronoun);
        if (here == null) {
            return null;
        }
        int floor = text.sentences().get(Math.max(0, here.index() - DOCUMENT_LOOK_BACK_SENTENCES)).firstToken();
        int lastBodySentence = -1;
        for (int i = pronoun - 1; i >= floor; i--) {
            EntityMention m = entities.at(i);
            EntityType type = m == null ? null : entities.typeOf(m);
            boolean body = type == EntityType.ORGANIZATION || (type == EntityType.COUNTRY && m.kind() == MentionKind.COUNTRY_NAME);
            if (body && !insideQuote.test(m.span().start())) { // (not "Two Americans were killed")
                lastBodySentence = Math.max(lastBodySentence, text.sentenceOfToken(i).index());
            }
            if (insideQuote.test(text.token(i).start()) || !isDocument(text.token(i)) || !text.token(i).pos().startsWith("NN")) {
                continue;
            }
            if (lastBodySentence > text.sentenceOfToken(i).index()) {
                return null; // "... the committee. “...,” it said": a body named in a later sentence is what "it" takes up
            }
            int start = phraseStart(i);
            if (start != text.sentenceOfToken(i).firstToken()) {
                return null; // only a document the sentence is about: "The email, released by ..., was sent by ..."
            }
            String owner = namedOwner(start, i);
            return owner != null ? owner : personBy(i);
        }
        return null;
    }

    /** Verbs whose "by" names who wrote a document ("sent by Jeremy Bash"), not who passed it on ("released by Judicial Watch") or judged it. */
    private static final Set<String> AUTHORING = Set.of("write", "send", "sign", "author", "draft", "pen", "email",
            "issue", "compose", "dictate");
    /** Most words between the participle and its "by": "was sent at 7:19 p.m. EST by". */
    private static final int PARTICIPLE_TO_BY = 6;

    /**
     * Who a "by" phrase after the document in its sentence says wrote or sent it ("The email,
     * released by Judicial Watch, was sent ... by then-Department of Defense Chief of Staff Jeremy
     * Bash"): the last person or body named in it, or null.
     */
    private String personBy(int document) {
        Sentence s = text.sentenceOfToken(document);
        for (int j = document + 1; s != null && j < s.endToken(); j++) {
            if (!text.token(j).text().equals("by") || !writtenBy(j, document)) {
                continue;
            }
            String writer = null;
            for (int k = j + 1; k < s.endToken() && !text.token(k).text().equals(","); k++) {
                EntityMention m = entities.at(k);
                EntityType type = m == null ? null : entities.typeOf(m);
                if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                    writer = m.entity(); // (the last one: the title's body comes before the person)
                }
            }
            if (writer != null) {
                return writer;
            }
        }
        return null;
    }

    private boolean writtenBy(int by, int floor) {
        for (int v = by - 1; v > floor && v >= by - PARTICIPLE_TO_BY; v--) {
            if (text.token(v).pos().equals("VBN")) {
                return AUTHORING.contains(text.token(v).lemma());
            }
        }
        return false;
    }

    private static boolean sameKind(String word, String noun) {
        return word.equals(noun) || (AD_NOUNS.contains(word) && AD_NOUNS.contains(noun))
                || (SUIT_NOUNS.contains(word) && SUIT_NOUNS.contains(noun));
    }

    /**
     * The person or body named inside the phrase before its head: an owner ("Ivana Trump's"), a
     * modifier ("the Clinton ad"), or a paper's short name the tagger left unmarked ("a Times article").
     */
    private String namedOwner(int first, int head) {
        for (int i = first; i < head; i++) { // the first name: "the Vox Populi (Voice of the People) column"
            EntityMention m = entities.at(i);
            if (m != null) {
                EntityType type = entities.typeOf(m);
                if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                    return m.entity();
                }
            } else if (text.token(i).isProperNoun()) {
                String body = bodyEndingIn(text.token(i).text());
                if (body != null) {
                    return body;
                }
            }
        }
        return null;
    }

    /** The organisation whose name ends in this word ("Times" of "New York Times"), when one does. */
    private String bodyEndingIn(String word) {
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.ORGANIZATION && (e.name().endsWith(" " + word) || e.name().equals(word))) {
                return e.id();
            }
        }
        return null;
    }

    /** Whether a person is named, outside quotes, in a sentence after the one of {@code from} and before {@code to}'s. */
    private boolean personBetween(int from, int to) {
        Sentence fromSentence = text.sentenceOfToken(from);
        Sentence toSentence = text.sentenceOfToken(to);
        if (fromSentence == null || toSentence == null) {
            return false;
        }
        int after = fromSentence.endToken();
        int before = toSentence.firstToken();
        for (int i = after; i < before; i++) {
            EntityMention m = entities.at(i);
            if (m != null && entities.typeOf(m) == EntityType.PERSON && !insideQuote.test(m.span().start())) {
                return true;
            }
        }
        return false;
    }

    /** Where the noun phrase ending at this token begins: back over its determiners, modifiers and owners. */
    private int phraseStart(int head) {
        Sentence s = text.sentenceOfToken(head);
        int i = head;
        while (s != null && i - 1 >= s.firstToken()) {
            String pos = text.token(i - 1).pos();
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
                    || pos.equals("CD") || pos.equals("PRP$") || pos.equals("HYPH"))) {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * The person or body named nearest before the phrase in its sentence: who made the document ("The
     * Times said Cook provided a written statement" is Cook's).
     */
    private String maker(int phraseStart) {
        Sentence s = text.sentenceOfToken(phraseStart);
        for (int i = phraseStart - 1; s != null && i >= s.firstToken(); i--) {
            EntityMention m = entities.at(i);
            if (m != null && !insideQuote.test(m.span().start())) {
                EntityType type = entities.typeOf(m);
                if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                    return m.entity();
                }
            }
        }
        return null;
    }
}
