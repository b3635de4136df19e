package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Says which entity a phrase refers to: a name or description through its mention, a pronoun
 * through the subject of the nearest earlier sentence that has one of the right kind, as a reader
 * follows "President Aliyev expressed ... “...,” he said". Words inside quotations are skipped
 * when looking back: the "I" and "we" of a quote are the speaker's, not new subjects. One instance
 * per document; not thread-safe (it remembers resolved pronouns as it goes).
 */
public final class ReferenceResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    private static final int LOOK_BACK_SENTENCES = 8;

    /**
     * What a phrase refers to: the entity (or null), the span of the referring words, whether it
     * was a pronoun, and, where no entity stands behind a proper name ("Cross said"), that name.
     */
    public record Reference(String entity, Span source, boolean pronoun, String name) {
        public Reference(String entity, Span source, boolean pronoun) {
            this(entity, source, pronoun, null);
        }
    }

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;
    private final Map<Integer, String> rememberedPronouns = new HashMap<>();

    /** @param insideQuote whether a character offset lies inside quoted words */
    public ReferenceResolver(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
    }

    public static boolean isPronoun(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(w) || GROUP_PRONOUNS.contains(w);
    }

    /** The reference of the phrase in tokens {@code [first, end)}: its head is its last token. */
    public Reference resolve(int first, int end) {
        // The head of "President Aliyev of Azerbaijan", "the head of state" or "Kenneth Baer, a former
        // official" stands before its first "of" or comma.
        int head = end - 1;
        int headEnd = end;
        for (int i = first + 1; i < end; i++) {
            String w = text.token(i).text();
            if (w.equals("of") || w.equals(",") || w.equals("(")) {
                head = i - 1;
                headEnd = w.equals("of") ? end : i;
                break;
            }
        }
        EntityMention m = entities.at(head);
        if (m != null && !speaks(m)) {
            m = null; // "WASHINGTON —" or "in Columbus": a place does not speak, a capital may
        }
        if (m != null && m.firstToken() >= first - 1) {
            // The source is the whole phrase that names the speaker ("Clinton campaign spokesman
            // Brian Fallon"), which may reach beyond the mention on either side.
            int from = Math.min(text.token(first).start(), m.span().start());
            int to = Math.max(text.token(end - 1).end(), m.span().end());
            return new Reference(m.entity(), Span.of(text.text(), from, to), false);
        }
        Token last = text.token(end - 1);
        if (end - first == 1 && isPronoun(last)) {
            String e = pronoun(end - 1);
            return new Reference(e, EntityResolver.spanOf(text, first, end), true);
        }
        // "a spokesman for the ministry", "a Kremlin aide": the organisation or person inside the
        // head phrase speaks (not one named in an appositive: "Geoff Garin, a pollster with Priorities USA").
        Span source = EntityResolver.spanOf(text, first, end);
        for (int i = headEnd - 1; i >= first; i--) {
            EntityMention inner = entities.at(i);
            if (inner != null && speaks(inner)) {
                EntityType type = entities.typeOf(inner);
                if (type == EntityType.ORGANIZATION || type == EntityType.PERSON || type == EntityType.COUNTRY) {
                    return new Reference(inner.entity(), source, false);
                }
            }
        }
        // A proper name the tagger missed ("Cross said", "Xi said") still names the speaker.
        int nameStart = head + 1;
        while (nameStart - 1 >= first && text.token(nameStart - 1).isProperNoun()) {
            nameStart--;
        }
        String name = nameStart <= head ? text.textOf(nameStart, head) : null;
        return new Reference(null, source, false, name);
    }

    /** Whether the entity of a mention can be a speaker: anything but a place, unless a capital. */
    private boolean speaks(EntityMention m) {
        return entities.typeOf(m) != EntityType.LOCATION || m.kind() == MentionKind.CAPITAL;
    }

    /** Counts a resolved pronoun as a mention of its entity, so that a later "he" can follow it. */
    public void remember(int token, String entity) {
        if (entity != null) {
            rememberedPronouns.put(token, entity);
        }
    }

    /** The entity a pronoun at this token refers to, or null. */
    public String pronoun(int token) {
        String w = text.token(token).text().toLowerCase(Locale.ROOT);
        GivenNames.Gender gender = switch (w) {
            case "he", "him", "his" -> GivenNames.Gender.MALE;
            case "she", "her" -> GivenNames.Gender.FEMALE;
            default -> null;
        };
        return subjectBefore(token, PERSON_PRONOUNS.contains(w), gender);
    }

    /**
     * The person (or, with {@code person} false, the organisation or country) that the sentences
     * before this token are about: the subject of the nearest one that names one, outside quotes.
     */
    public String subjectBefore(int token, boolean person) {
        return subjectBefore(token, person, null);
    }

    private String subjectBefore(int token, boolean person, GivenNames.Gender gender) {
        Sentence here = text.sentenceOfToken(token);
        if (here == null) {
            return null;
        }
        for (int si = here.index(), seen = 0; si >= 0 && seen < LOOK_BACK_SENTENCES; si--) {
            Sentence s = text.sentences().get(si);
            int limit = si == here.index() ? token : s.endToken();
            String subject = subjectOf(s, limit, person, gender);
            if (subject != null) {
                return subject;
            }
            if (!whollyQuoted(s)) {
                seen++;
            }
        }
        return null;
    }

    /** The first fitting entity named outside quotes in the sentence, before {@code limit}. */
    private String subjectOf(Sentence s, int limit, boolean person, GivenNames.Gender gender) {
        List<int[]> candidates = new ArrayList<>();
        for (EntityMention m : entities.in(s)) {
            if (m.firstToken() < limit && !insideQuote.test(m.span().start()) && !nested(m)
                    && fits(m.entity(), person, gender)) {
                candidates.add(new int[] {m.firstToken(), Integer.parseInt(m.entity().substring(1)), afterPreposition(m) ? 1 : 0});
            }
        }
        for (Map.Entry<Integer, String> e : rememberedPronouns.entrySet()) {
            if (s.containsToken(e.getKey()) && e.getKey() < limit && fits(e.getValue(), person, gender)) {
                candidates.add(new int[] {e.getKey(), Integer.parseInt(e.getValue().substring(1)), 0});
            }
        }
        // The first name of the sentence, but one in a prepositional phrase ("In an interview with
        // Rusty Humphries, Ham said") only when nothing else fits.
        int[] best = null;
        for (int[] c : candidates) {
            if (best == null || c[2] < best[2] || (c[2] == best[2] && c[0] < best[0])) {
                best = c;
            }
        }
        return best == null ? null : "e" + best[1];
    }

    private boolean afterPreposition(EntityMention m) {
        int i = m.firstToken() - 1;
        if (i >= 0 && text.token(i).pos().equals("DT")) {
            i--;
        }
        return i >= 0 && (text.token(i).pos().equals("IN") || text.token(i).pos().equals("TO"));
    }

    private boolean fits(String entityId, boolean person, GivenNames.Gender gender) {
        EntityType t = entities.entity(entityId).type();
        if (!person) {
            return t == EntityType.ORGANIZATION || t == EntityType.COUNTRY;
        }
        GivenNames.Gender known = entities.genderOf(entityId);
        return t == EntityType.PERSON && (gender == null || known == null || known == gender);
    }

    private boolean nested(EntityMention m) {
        for (EntityMention other : entities.mentions()) {
            if (other != m && other.firstToken() <= m.firstToken() && m.endToken() <= other.endToken()
                    && other.endToken() - other.firstToken() > m.endToken() - m.firstToken()) {
                return true;
            }
        }
        return false;
    }

    private boolean whollyQuoted(Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.token(i);
            if (Character.isLetterOrDigit(t.text().charAt(0)) && !insideQuote.test(t.start())) {
                return false;
            }
        }
        return true;
    }
}
