package org.newsgraph.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.VerbGroups;

/**
 * The event stage. A pattern of {@code event-patterns.tsv} anchors an event on a verb or noun;
 * actor and recipient are taken from the same sentence only (never joined from elsewhere in the
 * article), by {@link EventSides}; {@link Modality} turns a promised act into an intent and a
 * hostile one into a threat. A sentence gives one event, from its first anchor that finds both
 * sides ("threatened to shell Iraqi towns" is a threat, not also a shelling; "rejected a US offer
 * to host a summit" is not also a summit), plus the acts of verbs joined to that one by "and"
 * ("kidnapped the advisers and exploded bombs"); each (actor, recipient, code) once. Measured on
 * the PLOVER gold records, later anchors of a sentence were its content far more often than new
 * events. Stateless between documents; thread-safe.
 */
public final class EventCoder {
    private static final Set<String> REMOTE_MODE_WORDS = Set.of("video", "videoconference", "video-conference",
            "videolink", "telephone", "phone", "online", "virtual", "virtually", "teleconference");

    private final EventVocabulary vocab;
    private final AnchorFinder anchors;

    public EventCoder(EventVocabulary vocab) {
        this.vocab = vocab;
        this.anchors = new AnchorFinder(vocab);
    }

    public List<Event> code(Article article, AnnotatedText text, DocumentEntities entities, List<Quote> quotes) {
        ReferenceResolver refs = new ReferenceResolver(text, entities, offset -> insideDirectQuote(quotes, offset));
        List<Event> events = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int attribution = Clauses.attributionStart(text, s);
            List<Candidate> candidates = ActorCandidates.of(text, entities, refs, s, attribution).stream()
                    .filter(c -> c.first() < attribution && !accordingTo(text, s, c)).toList();
            Set<String> seen = new HashSet<>();
            AnchorFinder.Anchor previous = null;
            Candidate previousActor = null;
            for (AnchorFinder.Anchor a : anchors.find(text, s)) {
                if (a.anchor() >= attribution || Modality.conditional(text, s, a.anchor())
                        || a.pattern().roles() == EventPattern.Roles.SUBJECT_OBJECT && Modality.obliged(text, s, a.anchor())) {
                    continue;
                }
                // After the sentence's first event, a later anchor is its content ("refused to meet",
                // "a proposal for signing", "talks on a pullback"), its circumstance ("before they
                // demobilize") or its report ("saying he would welcome him"), unless it is a second
                // verb of the same subject ("kidnapped the advisers and exploded bombs").
                boolean joined = previous != null && joinedByAnd(text, previous, a);
                if (previous != null && !joined) {
                    continue;
                }
                Coded c = event(article, text, s, candidates, a, joined ? previousActor : null);
                if (c == null) {
                    continue;
                }
                previous = a;
                previousActor = c.actor();
                Event e = c.event();
                if (seen.add(e.actor().code() + ">" + e.recipient().code() + ":" + e.cameo())) {
                    events.add(e);
                }
            }
        }
        return events;
    }

    /** An event with the candidate that acts in it. */
    private record Coded(Event event, Candidate actor) {}

    private Coded event(Article article, AnnotatedText text, Sentence s, List<Candidate> candidates, AnchorFinder.Anchor a,
            Candidate knownActor) {
        EventPattern p = a.pattern();
        boolean negated = VerbGroups.negated(text, s, a.anchor());
        String code = p.cameo();
        if (negated && p.negatedCameo() != null) {
            code = p.negatedCameo();
            negated = false; // "has not recognized" is itself the event: a rejection
        } else if (Modality.future(text, s, a.anchor())) {
            String future = Modality.futureCode(code, negated, Modality.conditionFollows(text, s, a.anchor()));
            if (future != null) {
                code = future;
                negated = false; // "would not meet the demands" is itself the event: a refusal
            }
        }
        CameoCode cameo = vocab.cameo(code);
        Candidate[] sides = EventSides.find(text, s, candidates, a, cameo, p.anchor().equals("victory"), knownActor);
        if (sides == null) {
            return null;
        }
        List<Token> tokens = text.tokensOf(s);
        String mode = cameo.mode();
        if ("CONSULT".equals(cameo.plover()) && remote(tokens)) {
            mode = "phone";
        }
        Span evidence = Span.of(text.text(), text.token(a.anchor()).start(), text.token(a.end() - 1).end());
        Event e = new Event(cameo.plover(), mode, cameo.context(), cameo.code(), cameo.quadClass(), cameo.goldstein(),
                sides[0].actor(), sides[1].actor(), EventDating.date(tokens, article.publishedDate()),
                EventDating.historical(tokens, article.publishedDate(), cameo.quadClass() == 4), negated, evidence,
                EventSides.compound(text, candidates, sides[0], sides[1]), EventSides.compound(text, candidates, sides[1], sides[0]));
        return new Coded(e, sides[0]);
    }

    /**
     * "... kidnapped the advisers and exploded bombs": a verb joined by "and" to the previous
     * event's verb, with no other verb between, is a second act of the same subject.
     */
    private static boolean joinedByAnd(AnnotatedText text, AnchorFinder.Anchor previous, AnchorFinder.Anchor a) {
        if (!a.pattern().verb() || !previous.pattern().verb()) {
            return false;
        }
        int and = a.anchor() - 1;
        while (and >= previous.end() && text.token(and).pos().startsWith("RB")) {
            and--;
        }
        if (and < previous.end() || !text.token(and).text().equalsIgnoreCase("and")) {
            return false;
        }
        for (int k = previous.end(); k < and; k++) {
            if (text.token(k).isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a candidate stands in an "according to ..." phrase: the source of the report, not a side of the event. */
    private static boolean accordingTo(AnnotatedText text, Sentence s, Candidate c) {
        for (int k = c.first() - 1; k >= s.firstToken(); k--) {
            String w = text.token(k).text();
            if (text.token(k).pos().equals("DT") && k > s.firstToken() && text.token(k - 1).isNoun()) {
                return false; // "According to reports the UK is pushing": a new noun phrase began after the source's
            }
            String pos = text.token(k).pos();
            if (w.equals(",") || w.equals(";") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
                return false; // "According to reports the UK is pushing ...": the phrase ended at the clause's verb
            }
            if (w.equalsIgnoreCase("according")) {
                return true;
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
