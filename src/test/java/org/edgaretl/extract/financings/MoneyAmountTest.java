package org.edgaretl.extract.financings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Written sums from real filings read into a number and an ISO currency. */
class MoneyAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$3.6 million|3600000|USD",
            "US$150,000,000|150000000|USD",
            "$1.25 billion aggregate principal amount|1250000000|USD",
            "3,600,000|3600000|USD",
            "$ 250,000,000|250000000|USD",
            "C$1,250,000,000 aggregate principal amount|1250000000|CAD",
            "Cdn$2 million|2000000|CAD",
            "€36,700,000|36700000|EUR",
            "£3.125 billion|3125000000|GBP",
            "$300.0 million|300000000|USD",
            "$0.5 million|500000|USD",
            "$18,128,740,000|18128740000|USD"})
    void readsWrittenAmounts(String written, String value, String currency) {
        MoneyAmount amount = MoneyAmount.parse(written).orElseThrow();

        assertThat(amount.value()).isEqualByComparingTo(value);
        assertThat(amount.currency()).isEqualTo(currency);
    }

    @Test
    void findsEverySumOfASentenceInOrder() {
        List<MoneyAmount> found = MoneyAmount.findAll("Nuance sold 5,760,369 shares of Nuance common stock for a purchase "
                + "price of $100.0 million, and warrants to purchase 3,700,000 shares for a purchase price of $0.5 million.");

        assertThat(found).extracting(a -> a.value().toPlainString()).containsExactly("100000000", "500000");
    }

    @Test
    void numbersWithoutACurrencyMarkAreNotSumsInRunningText() {
        assertThat(MoneyAmount.findAll("sold 5,760,369 shares on August 17, 1995")).isEmpty();
    }
}
