package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    private static final Optional<LocalDate> MARCH_3 = Optional.of(LocalDate.of(2021, 3, 3));

    @ParameterizedTest
    @ValueSource(strings = {
        "2021-03-03",
        "2021-03-03T08:15:00+04:00",
        "2021/03/03",
        "2021-3-3",
        "Posted 2021-03-03 10:00",
    })
    void readsIsoDates(String s) {
        assertEquals(MARCH_3, DateFinder.find(s, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 3, 2021", "Mar. 3, 2021", "march 3rd 2021", "Wednesday, March 3, 2021"})
    void readsMonthDayYear(String s) {
        assertEquals(MARCH_3, DateFinder.find(s, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 March 2021", "3rd March, 2021", "03 Mar 2021"})
    void readsDayMonthYear(String s) {
        assertEquals(MARCH_3, DateFinder.find(s, TODAY));
    }

    @Test
    void readsDottedDatesDayFirst() {
        assertEquals(MARCH_3, DateFinder.find("03.03.2021", TODAY));
        assertEquals(Optional.of(LocalDate.of(2022, 5, 17)), DateFinder.find("17.05.2022", TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-30", "30 February 2021", "February 30, 2021", "31.04.2021", "2021-13-01"})
    void refusesImpossibleDates(String s) {
        assertEquals(Optional.empty(), DateFinder.find(s, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "March 3, 1850", "03.03.1066"})
    void refusesYearsBefore1900(String s) {
        assertEquals(Optional.empty(), DateFinder.find(s, TODAY));
    }

    @Test
    void acceptsTheFirstDayOf1900() {
        assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), DateFinder.find("1900-01-01", TODAY));
    }

    @Test
    void refusesDatesAfterNotAfterButAcceptsThatDay() {
        LocalDate notAfter = LocalDate.of(2021, 3, 3);
        assertEquals(MARCH_3, DateFinder.find("2021-03-03", notAfter));
        assertEquals(Optional.empty(), DateFinder.find("2021-03-04", notAfter));
        assertEquals(Optional.empty(), DateFinder.find("March 4, 2021", notAfter));
    }

    @Test
    void acceptsAnyDateWhenNotAfterIsNull() {
        assertEquals(Optional.of(LocalDate.of(2999, 1, 1)), DateFinder.find("2999-01-01", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no date here", "16 px", "page 2021", "12345-03-03"})
    void findsNothingWhereThereIsNoDate(String s) {
        assertEquals(Optional.empty(), DateFinder.find(s, TODAY));
    }

    @Test
    void findsNothingInNull() {
        assertEquals(Optional.empty(), DateFinder.find(null, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"الأربعاء، 03 مارس 2021 - 12:09 م", "duminică, 3 martie 2021", "3 marca 2021",
        "3. března 2021", "3 Mart 2021", "3 березня 2021"})
    void readsMonthNamesOfMoreLanguages(String s) {
        assertEquals(MARCH_3, DateFinder.find(s, TODAY));
    }

    @Test
    void twoDigitYearsAreWrittenOutOnlyWhereAskedFor() {
        assertEquals(Optional.empty(), DateFinder.find("03.03.21", TODAY));
        assertEquals(MARCH_3, DateFinder.find(DateFinder.withFullYear("03.03.21"), TODAY));
        assertEquals("version 1.2.3", DateFinder.withFullYear("version 1.2.3"));
    }
}
