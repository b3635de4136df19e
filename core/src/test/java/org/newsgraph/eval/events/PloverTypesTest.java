package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PloverTypesTest {
    @ParameterizedTest
    @CsvSource({"DEMAND,REQUEST", "DISAPPROVE,ACCUSE", "INVESTIGATE,ACCUSE", "FIGHT,ASSAULT", "agree,AGREE", "COERCE,COERCE"})
    void goldLabelsOfPlover05AreRenamedTo08(String label, String type) {
        assertEquals(type, PloverTypes.fromLabel(label));
    }

    @ParameterizedTest
    @CsvSource({"043,CONSULT", "0871,RETREAT", "085,RETREAT", "081,CONCEDE", "163,COERCE", "162,SANCTION", "191,COERCE",
        "1010,REQUEST", "174L,COERCE", "202,ASSAULT", "112,ACCUSE"})
    void cameoCodesMapByRootExceptWherePloverMovedTheirBase(String cameo, String type) {
        assertEquals(type, PloverTypes.fromCameo(cameo));
    }

    @ParameterizedTest
    @CsvSource({"010", "903", "345", "9"})
    void codesWithoutACameoRootWithAPloverTypeHaveNone(String cameo) {
        assertNull(PloverTypes.fromCameo(cameo));
    }
}
