package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.TaggedText;

/** The states' names, demonyms and party tags, and the states HomeStates reads beside a name. */
class UsStatesTest {
    private final UsStates states = UsStates.builtIn();

    private static AnnotatedText text(String tagged) {
        return new TaggedText().sentence(tagged).annotated();
    }

    @Test
    void namesAndDemonymsOfOneOrMoreWords() {
        AnnotatedText t = text("New/NNP Hampshire/NNP and/CC the/DT West/NNP Virginian/NNP and/CC Texan/NNP ./.");
        assertEquals(new UsStates.Named("New Hampshire", 2), states.namedAt(t, 0));
        assertEquals("West Virginia", states.demonymEndingAt(t, 5, 3));
        assertEquals("Texas", states.demonymEndingAt(t, 7, 6));
        assertTrue(states.isDemonym("Vermonter"));
        assertFalse(states.isDemonym("Vermont"));
        assertTrue(states.isState("District of Columbia"));
    }

    @Test
    void partyTagsOfOneTokenOrThreeNeedAKnownState() {
        AnnotatedText t = text("Rubio/NNP ,/, R/NNP -/HYPH Fla./NNP ,/, Graham/NNP ,/, R-S.C./NNP ,/, on/IN D/NNP -/HYPH Day/NNP ./.");
        assertEquals(3, UsStates.partyTagAt(t, 2));
        assertEquals("Florida", states.taggedAt(t, 2));
        assertEquals(1, UsStates.partyTagAt(t, 8));
        assertEquals("South Carolina", states.taggedAt(t, 8));
        assertEquals(8, UsStates.partyTagEndingAt(t, 8));
        assertEquals(2, UsStates.partyTagEndingAt(t, 4));
        assertEquals(0, UsStates.partyTagAt(t, 11)); // "D-Day" names no state
        assertNull(states.taggedAt(t, 11));
    }

    @Test
    void aPersonsStateFromATagATitleBeforeAnOfficeOrTheGazetteer() {
        AnnotatedText t = text("Sen./NNP Jane/NNP Roe/NNP ,/, D/NNP -/HYPH Vt./NNP ,/, Vermont/NNP Sen./NNP John/NNP Doe/NNP ,/, "
                + "Iowa/NNP caucus/NN winner/NN Ted/NNP Cruz/NNP ./.");
        EntityMention roe = new EntityMention("roe", 1, 3, 1, null, MentionKind.NAME);
        EntityMention doe = new EntityMention("doe", 10, 12, 10, null, MentionKind.NAME);
        EntityMention cruz = new EntityMention("cruz", 16, 18, 16, null, MentionKind.NAME);
        assertEquals("Vermont", HomeStates.of(t, List.of(roe), ""));
        assertEquals("Vermont", HomeStates.of(t, List.of(doe), ""));
        assertNull(HomeStates.of(t, List.of(cruz), "")); // a caucus winner holds no office of Iowa's
        assertEquals("Texas", HomeStates.of(t, List.of(cruz), "Texas")); // so the gazetteer's state stands
    }
}
