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
                + " nicht vor dem Sommer in Kraft tritt."));
    }

    @Test
    void recognisesFrench() {
        assertEquals("fr", LanguageGuesser.guess("Le gouvernement a annoncé mardi une réforme des retraites qui"
                + " doit entrer en vigueur dans les prochains mois."));
    }

    @Test
    void recognisesPortugueseRussianAndKorean() {
        assertEquals("pt", LanguageGuesser.guess("O governo anunciou nesta terça-feira novas medidas para proteger"
                + " os trabalhadores e as pequenas empresas."));
        assertEquals("ru", LanguageGuesser.guess("Министр заявил во вторник, что правительство не планирует"
                + " повышать налоги в этом году."));
        assertEquals("ko", LanguageGuesser.guess("정부는 화요일 올해 세금을 인상할 계획이 없다고 밝혔다."));
    }

    @Test
    void answersNullForVeryShortText() {
        assertNull(LanguageGuesser.guess("The end"));
        assertNull(LanguageGuesser.guess("Der Tag"));
    }

    @Test
    void answersNullForEmptyOrNumericText() {
        assertNull(LanguageGuesser.guess(""));
        assertNull(LanguageGuesser.guess("2021-03-03 12:00 +04:00 123 456 789 0"));
    }
}
