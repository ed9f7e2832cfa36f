package org.edgaretl.extract.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsStatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Massachusetts|MA", "State of Delaware|DE", "NEW YORK|NY", "DE|DE",
        "Cayman Islands|E9", "The Netherlands|P7", "Commonwealth of Pennsylvania|PA"})
    void codesPlaceNames(String printed, String code) {
        assertThat(UsStates.code(printed)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Washington, D.C. 20549", "New York, New York 10017", "Delawareans"})
    void ignoresWhatIsNotAPlaceAlone(String printed) {
        assertThat(UsStates.code(printed)).isEmpty();
    }
}
