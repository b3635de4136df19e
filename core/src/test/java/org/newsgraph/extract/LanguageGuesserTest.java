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

    @Test
    void declaredLanguageIsBelievedWhenTheTextIsInItsScriptAndNothingContradictsIt() {
        assertEquals("sq", LanguageGuesser.guess("Dy persona janë arrestuar në Pejë nën dyshime se kanë kryer"
                + " veprimtari të paligjshme, duke shitur mallra pa leje.", "sq"));
        assertEquals("uk", LanguageGuesser.guess("Міністр заявив у вівторок, що уряд не планує підвищувати податки.", "uk"));
    }

    @Test
    void defaultDeclarationIsOverruledByTheTextsFunctionWords() {
        assertEquals("de", LanguageGuesser.guess("Die Regierung hat am Montag beschlossen, dass die neue Regelung"
                + " nicht vor dem Sommer in Kraft tritt, und sie wird auch nicht geändert.", "en"));
    }

    @Test
    void declaredLanguageOfTheSevenIsCheckedWhenTheTextDoesNotConfirmIt() {
        assertEquals("lt", LanguageGuesser.guess("Nasdaq Vilniaus biržoje pirmadienį įvykusiame dvylikos metų trukmės"
                + " Vyriausybės vertybinių popierių aukcione paklausa viršijo pasiūlą.", "en"));
    }

    @Test
    void scriptWrittenInOneLanguageNamesIt() {
        assertEquals("ka", LanguageGuesser.guess("ახლა კი სტატისტიკას გაგაცნობთ. საქართველოში კორონავირუსი", "en"));
        assertEquals("gu", LanguageGuesser.guess("આખી દુનિયામાં કોરોનાના કહેર વચ્ચે રાજકોટના મનોચિકિત્સક", null));
        assertEquals("ja", LanguageGuesser.guess("政府は火曜日、今年は増税する計画はないと発表した。", null));
    }
}
