package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void missingParametersTakeTheDefaults() {
        assertEquals(new Paging(Paging.DEFAULT_LIMIT, 0), Paging.parse(null, " "));
        assertEquals(new Paging(10, 20), Paging.parse("10", "20"));
    }

    @Test
    void badValuesAreRejectedNamingTheParameterAndValue() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> Paging.parse("abc", null));
        assertTrue(e.getMessage().contains("limit") && e.getMessage().contains("'abc'"), e.getMessage());
        assertThrows(BadRequestException.class, () -> Paging.parse("0", null));
        assertThrows(BadRequestException.class, () -> Paging.parse("501", null));
        assertThrows(BadRequestException.class, () -> Paging.parse(null, "-1"));
        assertThrows(BadRequestException.class, () -> Paging.parse("99999999999", null));
        assertEquals(400, new BadRequestException("x").status());
    }
}
