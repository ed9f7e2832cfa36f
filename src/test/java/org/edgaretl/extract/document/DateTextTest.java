package org.edgaretl.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Date of Report (Date of earliest event reported): August 16, 1995|1995-08-16",
        "Aug. 16, 1995|1995-08-16",
        "08/16/95|1995-08-16",
        "December 12 , 2023|2023-12-12",
        "on this 29th day of August, 1995|1995-08-29",
        "16 August 1995|1995-08-16",
        "Sept. 5, 2000|2000-09-05"})
    void readsPrintedDates(String text, String iso) {
        assertThat(DateText.find(text)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Rule 14a-12", "February 30, 2001", "(617) 661-9312", "may 2015"})
    void findsNoDateWhereNoneIsPrinted(String text) {
        assertThat(DateText.find(text)).isEmpty();
    }
}
