package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.MentionKind;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The event stage. A pattern of {@code event-patterns.tsv} anchors an event on a verb or noun;
 * actor and recipient are taken from the same sentence only (never joined from elsewhere in the
 * article): for an active verb the nearest actor-capable mention before it that is not the object
 * of a preposition, and the first one after it; for a passive the "by" phrase is the actor; for a
 * noun the possessor or "of" phrase, and the phrase after "over", "against", "on" or "with".
 * A sentence gives each (actor, recipient, code) once. Stateless between documents; thread-safe.
 */
public final class EventCoder {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("over", "against", "on", "with", "to", "into", "upon");
    private static final Set<String> REMOTE_MODE_WORDS = Set.of("video", "videoconference", "video-conference",
            "videolink", "telephone", "phone", "online", "virtual", "virtually", "teleconference");
    private static final int PATTERN_GAP = 3;

    private final EventVocabulary vocab;

    public EventCoder(EventVocabulary vocab) {
        this.vocab = vocab;
    }

    public List<Event> code(Article article, AnnotatedText text, DocumentEntities entities, List<Quote> quotes) {
        ReferenceResolver refs = new ReferenceResolver(text, entities, offset -> insideDirectQuote(quotes, offset));
        List<Event> events = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Set<String> seen = new HashSet<>();
            List<Token> tokens = text.tokensOf(s);
            List<Candidate> candidates = candidates(text, entities, refs, s);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Match m = match(text, s, i);
                if (m == null) {
                    continue;
                }
                Event e = event(article, text, s, tokens, candidates, m);
                if (e != null && seen.add(e.actor().code() + ">" + e.recipient().code() + ":" + e.cameo())) {
                    events.add(e);
                }
                i = m.end() - 1;
            }
        }
        return events;
    }

    private record Match(EventPattern pattern, int anchor, int end) {}

    /** A mention or resolved pronoun that can be an actor: token range, entity, and code. */
    private record Candidate(int first, int end, Entity entity, String code, Span span) {}

    private Match match(AnnotatedText text, Sentence s, int i) {
        Token t = text.token(i);
        for (EventPattern p : vocab.patterns(t.lemma().toLowerCase(Locale.ROOT))) {
            // A noun pattern may start at its modifier: "military cooperation", "economic cooperation".
            boolean nounAnchor = t.isNoun() || (p.lemmas().size() > 1 && t.pos().startsWith("JJ"));
            if (p.verb() ? !t.isVerb() : !nounAnchor) {
                continue;
            }
            int last = i;
            boolean ok = true;
            for (int k = 1; k < p.lemmas().size() && ok; k++) {
                ok = false;
                for (int j = last + 1; j < s.endToken() && j <= last + PATTERN_GAP; j++) {
                    if (text.token(j).lemma().equalsIgnoreCase(p.lemmas().get(k))) {
                        last = j;
                        ok = true;
                        break;
                    }
                }
            }
            if (ok) {
                return new Match(p, i, last + 1);
            }
        }
        return null;
    }

    private Event event(Article article, AnnotatedText text, Sentence s, List<Token> tokens, List<Candidate> candidates,
            Match m) {
        boolean negated = negatedBefore(text, s, m.anchor());
        String code = m.pattern().cameo();
        if (negated && m.pattern().negatedCameo() != null) {
            code = m.pattern().negatedCameo();
            negated = false; // "has not recognized" is itself the event: a rejection
        }
        CameoCode cameo = vocab.cameo(code);
        Candidate actor;
        Candidate recipient;
        if (m.pattern().verb()) {
            boolean passive = passive(text, s, m.anchor());
            Candidate subject = nearestBefore(text, candidates, m.anchor());
            Candidate after = passive ? afterBy(text, candidates, m.end(), s.endToken()) : firstAfter(candidates, m.end(), null);
            actor = passive ? after : subject;
            recipient = passive ? subject : after;
            if (!passive && actor != null && (recipient == null || sameSide(actor, recipient))) {
                recipient = anyOther(candidates, actor);
            }
        } else {
            actor = possessor(text, candidates, m.anchor(), m.end());
            if (actor == null) {
                actor = nearestBefore(text, candidates, m.anchor());
            }
            recipient = afterPreposition(text, candidates, m.anchor() + 1, s.endToken(), actor);
            if (recipient == null && cameo.quadClass() <= 2 && actor != null) {
                recipient = anyOther(candidates, actor);
            }
        }
        if (actor == null || recipient == null || sameSide(actor, recipient)) {
            return null;
        }
        String mode = cameo.mode();
        if (cameo.plover() != null && cameo.plover().equals("CONSULT") && remote(tokens)) {
            mode = "phone";
        }
        Span evidence = Span.of(text.text(), text.token(m.anchor()).start(), text.token(m.end() - 1).end());
        return new Event(cameo.plover(), mode, cameo.context(), cameo.code(), cameo.quadClass(), cameo.goldstein(),
                actor(actor), actor(recipient), EventDating.date(tokens, article.publishedDate()),
                EventDating.historical(tokens, article.publishedDate(), cameo.quadClass() == 4), negated, evidence);
    }

    private static Actor actor(Candidate c) {
        return new Actor(c.entity().id(), c.entity().name(), c.code(), c.span());
    }

    private static boolean sameSide(Candidate a, Candidate b) {
        return a.entity().id().equals(b.entity().id()) || a.code().equals(b.code())
                || (b.entity().type() == EntityType.COUNTRY && b.code().equals(a.entity().country()))
                || (a.entity().type() == EntityType.COUNTRY && a.code().equals(b.entity().country()));
    }

    /** Outermost mentions and resolved pronouns of the sentence that carry an actor code. */
    private static List<Candidate> candidates(AnnotatedText text, DocumentEntities entities, ReferenceResolver refs, Sentence s) {
        List<Candidate> out = new ArrayList<>();
        List<EntityMention> mentions = entities.in(s);
        for (EntityMention m : mentions) {
            boolean nested = mentions.stream().anyMatch(o -> o != m && o.firstToken() <= m.firstToken()
                    && m.endToken() <= o.endToken() && (o.endToken() - o.firstToken()) > (m.endToken() - m.firstToken()));
            Entity e = entities.entity(m.entity());
            String code = m.kind() == MentionKind.CAPITAL ? e.country() + "GOV" : e.code();
            if (!nested && code != null && e.country() != null) {
                out.add(new Candidate(m.firstToken(), m.endToken(), e, code, m.span()));
            }
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.token(i);
            if (ReferenceResolver.isPronoun(t) && entities.at(i) == null) {
                String id = refs.pronoun(i);
                Entity e = id == null ? null : entities.entity(id);
                if (e != null && e.code() != null && e.country() != null) {
                    out.add(new Candidate(i, i + 1, e, e.code(), Span.of(text.text(), t.start(), t.end())));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /** The nearest candidate ending before the anchor that is not a preposition's object. */
    private static Candidate nearestBefore(AnnotatedText text, List<Candidate> candidates, int anchor) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.end() <= anchor && !afterPreposition(text, c.first())) {
                best = c;
            }
        }
        return best;
    }

    private static boolean afterPreposition(AnnotatedText text, int first) {
        if (first == 0) {
            return false;
        }
        int k = first - 1;
        String pos = text.token(k).pos();
        if (pos.equals("DT") && k > 0) {
            pos = text.token(k - 1).pos();
        }
        return pos.equals("IN") || pos.equals("TO");
    }

    private static Candidate firstAfter(List<Candidate> candidates, int from, Candidate not) {
        for (Candidate c : candidates) {
            if (c.first() >= from && c != not) {
                return c;
            }
        }
        return null;
    }

    /** In a passive, the actor is the object of "by". */
    private static Candidate afterBy(AnnotatedText text, List<Candidate> candidates, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.token(i).text().equalsIgnoreCase("by")) {
                return firstAfter(candidates, i + 1, null);
            }
        }
        return null;
    }

    /** "Azerbaijan's victory", "the Russian attack", "the victory of Azerbaijan". */
    private static Candidate possessor(AnnotatedText text, List<Candidate> candidates, int anchor, int end) {
        for (Candidate c : candidates) {
            boolean before = c.end() == anchor || (c.end() == anchor - 1 && text.token(anchor - 1).pos().equals("POS"))
                    || (c.end() + 1 == anchor && text.token(c.end()).pos().startsWith("JJ"));
            boolean ofAfter = c.first() >= 2 && c.first() - 2 <= end && text.token(c.first() - 1).text().equals("of")
                    && c.first() - 1 >= anchor + 1 && c.first() - 1 <= end + 1;
            if (before || ofAfter) {
                return c;
            }
        }
        return null;
    }

    private static Candidate afterPreposition(AnnotatedText text, List<Candidate> candidates, int from, int end, Candidate actor) {
        for (int i = from; i < end; i++) {
            String w = text.token(i).text().toLowerCase(Locale.ROOT);
            if (RECIPIENT_PREPOSITIONS.contains(w) || w.equals("between") || w.equals("and") && actor != null && i > 0
                    && actor.end() == i) {
                Candidate c = firstAfter(candidates, i + 1, actor);
                if (c != null && c.first() <= i + 3) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Candidate anyOther(List<Candidate> candidates, Candidate actor) {
        for (Candidate c : candidates) {
            if (c != actor && !sameSide(actor, c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean negatedBefore(AnnotatedText text, Sentence s, int anchor) {
        for (int k = anchor - 1; k >= s.firstToken() && k >= anchor - 4; k--) {
            Token t = text.token(k);
            if (NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!t.isVerb() && !t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean passive(AnnotatedText text, Sentence s, int anchor) {
        if (!text.token(anchor).pos().equals("VBN")) {
            return false;
        }
        for (int k = anchor - 1; k >= s.firstToken() && k >= anchor - 3; k--) {
            Token t = text.token(k);
            if (t.lemma().equals("be")) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean remote(List<Token> tokens) {
        for (Token t : tokens) {
            if (REMOTE_MODE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideDirectQuote(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (q.kind() == Quote.QuoteKind.direct && q.start() <= offset && offset < q.end()) {
                return true;
            }
        }
        return false;
    }
}
