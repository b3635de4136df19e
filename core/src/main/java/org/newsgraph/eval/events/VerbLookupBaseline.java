package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.events.CameoCode;
import org.newsgraph.events.EventPattern;
import org.newsgraph.events.EventVocabulary;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The simplest honest event coder, to show what the engine's rules add: in each sentence, the
 * first verb whose lemma anchors a verb pattern of the event vocabulary gives the code (its
 * one-word pattern where it has one); the actor is the first country named before that verb, the
 * recipient the first country named after it. Same annotator, same country vocabulary, same CAMEO
 * table as the engine; no phrases, passives, negation, pronouns, people or organisations.
 */
public final class VerbLookupBaseline implements EventSystem {
    private final Annotator annotator;
    private final EntityResolver entities;
    private final EventVocabulary vocab;

    public VerbLookupBaseline(Annotator annotator, EntityResolver entities, EventVocabulary vocab) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    @Override
    public String name() {
        return "verb-lookup baseline";
    }

    @Override
    public List<Event> events(GoldSentence gold) {
        AnnotatedText text = annotator.annotate(gold.text());
        DocumentEntities found = entities.resolve(text);
        List<Event> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int verb = firstPatternVerb(text, s);
            if (verb < 0) {
                continue;
            }
            EntityMention actor = null;
            EntityMention recipient = null;
            for (EntityMention m : found.in(s)) {
                if (!m.isCountry()) {
                    continue;
                }
                if (m.endToken() <= verb && actor == null) {
                    actor = m;
                } else if (m.firstToken() > verb && recipient == null) {
                    recipient = m;
                }
            }
            if (actor == null || recipient == null) {
                continue;
            }
            Entity a = found.entity(actor.entity());
            Entity r = found.entity(recipient.entity());
            if (a.country().equals(r.country())) {
                continue;
            }
            CameoCode cameo = vocab.cameo(pattern(text.token(verb)).cameo());
            Token t = text.token(verb);
            out.add(new Event(cameo.plover(), cameo.mode(), cameo.context(), cameo.code(), cameo.quadClass(), cameo.goldstein(),
                    new Actor(a.id(), a.name(), a.country(), actor.span()),
                    new Actor(r.id(), r.name(), r.country(), recipient.span()), gold.date(), false, false,
                    Span.of(text.text(), t.start(), t.end())));
        }
        return out;
    }

    private int firstPatternVerb(AnnotatedText text, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.token(i);
            if (t.isVerb() && pattern(t) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The token's one-word verb pattern, else the shortest verb pattern it anchors, else null. */
    private EventPattern pattern(Token t) {
        EventPattern best = null;
        for (EventPattern p : vocab.patterns(t.lemma().toLowerCase(Locale.ROOT))) {
            if (p.verb() && (best == null || p.lemmas().size() < best.lemmas().size())) {
                best = p;
            }
        }
        return best;
    }
}
