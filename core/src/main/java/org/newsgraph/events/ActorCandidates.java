package org.newsgraph.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.MentionKind;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CalendarWords;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The phrases of one sentence that can be actors, in text order: entity mentions with an actor
 * code (outermost only), pronouns resolved to such an entity, and groups named by a sector noun
 * with a country ("Israeli soldiers", "Burundi's government", "rebels in the Ivory Coast"), which
 * replace the country mention inside them.
 */
final class ActorCandidates {
    /** Bodies without a country that event data still codes as actors. */
    private static final Set<String> STATELESS = Set.of("IGO", "NGO");
    /** Words between a country and its group noun: "Israeli army bulldozers", "Lebanon's new government". */
    private static final int MODIFIER_GAP = 2;
    private static final Set<String> REPORTING = Set.of("say", "announce", "declare", "add", "insist", "state", "warn",
            "tell", "claim", "stress", "confirm", "reply", "respond");
    private static final Set<String> DAYS = CalendarWords.union(CalendarWords.DAYS, CalendarWords.RELATIVE_DAYS);
    private static final Set<String> LOCATING = Set.of("in", "of", "throughout");

    private ActorCandidates() {}

    /** The candidates of sentence {@code s}; {@code attribution} is where its trailing attribution starts (or its end). */
    static List<Candidate> of(AnnotatedText text, DocumentEntities entities, ReferenceResolver refs, Sentence s, int attribution) {
        List<EntityMention> mentions = entities.in(s);
        String onlyCountry = onlyCountry(entities, mentions.stream().filter(m -> m.firstToken() < attribution).toList());
        List<Candidate> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (nested(mentions, m)) {
                continue;
            }
            Entity e = entities.entity(m.entity());
            String code = code(e, m, onlyCountry);
            if (code == null) {
                continue;
            }
            String country = e.country() != null ? e.country() : STATELESS.contains(code) ? code : onlyCountry;
            if (m.kind() == MentionKind.COUNTRY_ADJECTIVE) {
                // "ethnic Albanians in Serbia", "Bosnian Serbs": a people living in another country belong to it.
                Entity home = homeOfMinority(text, entities, mentions, m);
                if (home != null) {
                    out.add(new Candidate(m.firstToken(), m.endToken(), home, home.country() + "CVL", m.span(), home.country()));
                    continue;
                }
            }
            Candidate c = new Candidate(m.firstToken(), m.endToken(), e, code, m.span(), country);
            if (m.isCountry()) {
                c = group(text, s, c, m.kind() == MentionKind.CAPITAL);
            }
            // "Young Algerians blocked roads": a plural demonym names the people, not the state.
            if (m.kind() == MentionKind.COUNTRY_ADJECTIVE && c.bareCountry() && text.token(m.endToken() - 1).pos().endsWith("S")) {
                c = widened(text, c, c.first(), c.end(), country + "CVL");
            }
            out.add(c);
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Candidate> named = List.copyOf(out);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.token(i);
            if (!ReferenceResolver.isPronoun(t) || entities.at(i) != null) {
                continue;
            }
            Span span = Span.of(text.text(), t.start(), t.end());
            // "Iraq said it would allow ...": the pronoun after a reporting verb is its speaker.
            int verb = reportingVerbBefore(text, s, i);
            Candidate speaker = verb < 0 ? null : EventRoles.subject(text, s, named, verb);
            if (speaker != null) {
                out.add(new Candidate(i, i + 1, speaker.entity(), speaker.code(), span, speaker.country()));
                continue;
            }
            String id = refs.pronoun(i);
            Entity e = id == null ? null : entities.entity(id);
            String code = e == null ? null : code(e, null, onlyCountry);
            if (code != null) {
                String country = e.country() != null ? e.country() : STATELESS.contains(code) ? code : onlyCountry;
                out.add(new Candidate(i, i + 1, e, code, span, country));
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        // A group phrase may now cover another mention ("the government of Sindh province"): keep the outer one.
        out.removeIf(c -> out.stream().anyMatch(o -> o != c && o.first() <= c.first() && c.end() <= o.end()
                && o.end() - o.first() > c.end() - c.first()));
        return out;
    }

    /**
     * The actor code of a mention: a capital stands for its government; a person whose country the
     * entity stage did not find takes the country of the sentence when the sentence names exactly
     * one ("President Mugabe" in a sentence about Zimbabwe), as news names a foreign leader's country.
     */
    private static String code(Entity e, EntityMention m, String onlyCountry) {
        if (m != null && m.kind() == MentionKind.CAPITAL && e.country() != null) {
            return e.country() + "GOV";
        }
        if (e.code() == null) {
            return null;
        }
        if (e.country() != null || STATELESS.contains(e.code())) {
            return e.code();
        }
        if (e.type() == EntityType.PERSON && e.sector() != null && onlyCountry != null) {
            return onlyCountry + e.sector();
        }
        return null;
    }

    private static String onlyCountry(DocumentEntities entities, List<EntityMention> mentions) {
        Set<String> countries = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            Entity e = entities.entity(m.entity());
            if (m.isCountry() && e.country() != null) {
                countries.add(e.country());
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * The reporting verb before a pronoun ("said it", "announced on Monday that he", "said on
     * Friday they"), or -1: between them only "that" and a time phrase.
     */
    private static int reportingVerbBefore(AnnotatedText text, Sentence s, int pronoun) {
        for (int k = pronoun - 1; k >= s.firstToken() && k >= pronoun - 5; k--) {
            Token t = text.token(k);
            if (t.isVerb()) {
                return REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT)) ? k : -1;
            }
            boolean timePhrase = t.text().equalsIgnoreCase("that") || t.pos().equals("IN") || t.pos().equals("DT")
                    || t.pos().startsWith("NN") && !t.isCapitalized() || DAYS.contains(t.text().toLowerCase(Locale.ROOT));
            if (!timePhrase) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The country a people named by a demonym live in, where the text says it is another than their
     * own: after "ethnic", the first other country the sentence names ("ethnic Turks ... Sweden's
     * decision"); after another country's adjective, that country ("Bosnian Serbs"). Else null.
     */
    private static Entity homeOfMinority(AnnotatedText text, DocumentEntities entities, List<EntityMention> mentions,
            EntityMention m) {
        if (m.firstToken() == 0) {
            return null;
        }
        String own = entities.entity(m.entity()).country();
        EntityMention before = entities.at(m.firstToken() - 1);
        if (before != null && before.kind() == MentionKind.COUNTRY_ADJECTIVE && text.token(m.endToken() - 1).pos().endsWith("S")) {
            Entity e = entities.entity(before.entity());
            return own.equals(e.country()) ? null : e;
        }
        if (!text.token(m.firstToken() - 1).text().equalsIgnoreCase("ethnic")) {
            return null;
        }
        for (EntityMention o : mentions) {
            Entity e = entities.entity(o.entity());
            if (o.kind() == MentionKind.COUNTRY_NAME && e.country() != null && !e.country().equals(own)) {
                return e;
            }
        }
        return null;
    }

    /** A country mention widened to the group it qualifies, coded country plus the group's sector. */
    private static Candidate group(AnnotatedText text, Sentence s, Candidate c, boolean capital) {
        String country = c.entity().country();
        if (country == null || !c.code().equals(country) && !capital) {
            return c;
        }
        // "Israeli soldiers", "US servicemen", "Burundi's government": the group noun follows.
        int k = c.end();
        if (k < s.endToken() && text.token(k).pos().equals("POS")) {
            k++;
        }
        for (int j = k; j < s.endToken() && j <= k + MODIFIER_GAP; j++) {
            Token t = text.token(j);
            String sector = t.isNoun() ? SectorNouns.of(t.lemma()) : null;
            if (sector != null) {
                return widened(text, c, c.first(), j + 1, country + sector);
            }
            if (!modifier(t)) {
                break;
            }
        }
        // "Opposition groups in Zimbabwe", "Demonstrators in Baghdad": the group noun comes before.
        int p = c.first() - 1;
        if (p > s.firstToken() && text.token(p).lemma().equals("the")) {
            p--;
        }
        if (p <= s.firstToken() || !LOCATING.contains(text.token(p).text().toLowerCase(Locale.ROOT))) {
            return c;
        }
        for (int j = p - 1; j >= s.firstToken() && j >= p - 1 - MODIFIER_GAP; j--) {
            Token t = text.token(j);
            String sector = t.isNoun() ? SectorNouns.of(t.lemma()) : null;
            if (sector != null) {
                // Back over the group's own lower-case modifiers ("seven opposition parties"), not
                // into another named actor ("Albanian rebels in Macedonia" are Albanian).
                int first = j;
                while (first - 1 >= s.firstToken() && lowerModifier(text.token(first - 1))) {
                    first--;
                    String earlier = SectorNouns.of(text.token(first).lemma());
                    sector = earlier != null && text.token(first).isNoun() ? earlier : sector;
                }
                // After a verb the group is its object: "deploy peacekeepers in Iraq" are not Iraq's.
                if (first > s.firstToken() && text.token(first - 1).isVerb()) {
                    return c;
                }
                return widened(text, c, first, c.end(), country + sector);
            }
            if (!modifier(t)) {
                break;
            }
        }
        return c;
    }

    private static boolean lowerModifier(Token t) {
        return (modifier(t) || t.pos().equals("DT")) && !t.isCapitalized();
    }

    private static boolean modifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("HYPH") || pos.equals("CD");
    }

    private static Candidate widened(AnnotatedText text, Candidate c, int first, int end, String code) {
        return new Candidate(first, end, c.entity(), code, Span.of(text.text(), text.token(first).start(), text.token(end - 1).end()),
                c.country());
    }

    private static boolean nested(List<EntityMention> mentions, EntityMention m) {
        return mentions.stream().anyMatch(o -> o != m && o.firstToken() <= m.firstToken() && m.endToken() <= o.endToken()
                && (o.endToken() - o.firstToken()) > (m.endToken() - m.firstToken()));
    }
}
