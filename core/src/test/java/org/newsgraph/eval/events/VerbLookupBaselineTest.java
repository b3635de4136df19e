package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.testing.TaggedText;
import org.newsgraph.testing.TestVocabulary;

class VerbLookupBaselineTest {
    /** Answers every text with one prepared annotation. */
    private static Annotator fixed(String tagged) {
        AnnotatedText t = new TaggedText().sentence(tagged).annotated();
        return new Annotator() {
            @Override
            public AnnotatedText annotate(String text) {
                return t;
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
    }

    private static List<Event> code(String tagged) {
        VerbLookupBaseline b = new VerbLookupBaseline(fixed(tagged), new EntityResolver(TestVocabulary.VOCABULARY),
                TestVocabulary.EVENTS);
        return b.events(new GoldSentence("s", "ignored", null, List.of()));
    }

    @Test
    void theFirstPatternVerbWithTheFirstCountryBeforeAndAfterIsTheEvent() {
        List<Event> es = code("Greece/NNP and/CC Turkey/NNP said/VBD/say they/PRP condemned/VBD/condemn Cyprus/NNP and/CC "
                + "attacked/VBD/attack Syria/NNP ./.");
        assertEquals(1, es.size());
        Event e = es.get(0);
        assertEquals(List.of("GRC", "ACCUSE", "CYP", "111"), List.of(e.actor().code(), e.plover(), e.recipient().code(), e.cameo()));
    }

    @Test
    void withoutACountryOnEitherSideThereIsNoEvent() {
        assertTrue(code("The/DT minister/NN condemned/VBD/condemn Cyprus/NNP ./.").isEmpty());
    }
}
