package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    @Test
    void recognisesEnglish() {
        assertEquals("en", LanguageGuesser.guess("The minister said on Tuesday that the government has no plan to"
                + " raise taxes this year, and that the budget was in good shape for the first time in a decade."));
    }

    @Test
    void recognisesGerman() {
        assertEquals("de", LanguageGuesser.guess("Die Regierung hat am Montag beschlossen, dass die neue Regelung"
                + " nicht vor dem Sommer in Kraft tritt. Der Minister sagte, man wolle sich mit den Ländern auf"
                + " einen gemeinsamen Plan einigen."));
    }

    @Test
    void recognisesFrench() {
        assertEquals("fr", LanguageGuesser.guess("Le gouvernement a annoncé mardi une réforme des retraites qui"
                + " doit entrer en vigueur dans les prochains mois. Les syndicats ont appelé à la grève pour le"
                + " mois prochain et la mobilisation est attendue dans toute la France."));
    }

    @Test
    void answersNullForVeryShortText() {
        assertNull(LanguageGuesser.guess("The end"));
        assertNull(LanguageGuesser.guess("Der Tag"));
    }

    @Test
    void answersNullForEmptyText() {
        assertNull(LanguageGuesser.guess(""));
    }

    @Test
    void answersNullForTextWithoutFunctionWords() {
        assertNull(LanguageGuesser.guess("Kelby harbour reopened Wednesday morning after three stormy days"));
    }
}
