package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameTokensTest {
    @Test
    void aSurnameWithOneSlipIsTheSameSurname() {
        assertTrue(NameTokens.oneSlipApart("McClenney", "McLenney"), "a letter left out");
        assertTrue(NameTokens.oneSlipApart("Kiedis", "Keidis"), "two letters swapped");
        assertTrue(NameTokens.oneSlipApart("Bornstein", "Bornsten"), "a letter left out near the end");
        assertTrue(NameTokens.oneSlipApart("Priebus", "Preibus"));
    }

    @Test
    void shortNamesPluralsAndOtherInitialsAreNotForgiven() {
        assertFalse(NameTokens.oneSlipApart("Bush", "Busch"), "too short to guess");
        assertFalse(NameTokens.oneSlipApart("Clinton", "Clintons"), "the family, not a slip");
        assertFalse(NameTokens.oneSlipApart("Sanders", "Landers"), "another first letter");
        assertFalse(NameTokens.oneSlipApart("Johnson", "Jonhston"), "two slips apart");
        assertFalse(NameTokens.oneSlipApart("Kasich", "Kasich"), "the same name is no slip");
    }
}
