package org.edgaretl.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MasterIndexTest {

    private static final String DAILY = """
            Description:           Daily Index of EDGAR Dissemination Feed by Company Name
            Last Data Received:    January 2, 2025
            Comments:              webmaster@sec.gov
            Anonymous FTP:         ftp://ftp.sec.gov/edgar/
            \s
            CIK|Company Name|Form Type|Date Filed|File Name
            --------------------------------------------------------------------------------
            1000045|NICHOLAS FINANCIAL INC|8-K|20250102|edgar/data/1000045/0000950170-25-000123.txt
            1000045|NICHOLAS FINANCIAL INC|10-Q|20250102|edgar/data/1000045/0000950170-25-000124.txt
            320193|A|B COMPANY|8-K/A|20250102|edgar/data/320193/0000320193-25-000001.txt
            99|EVIL|8-K|20250102|edgar/data/99/../../../etc/passwd
            """;

    @Test
    void readsTheDailyFormatAndCountsLinesThatAreNotEntries() throws IOException {
        List<IndexEntry> entries = new ArrayList<>();
        MasterIndex.Problems problems = MasterIndex.read("daily", new BufferedReader(new StringReader(DAILY)), entries::add);

        assertThat(entries).extracting(IndexEntry::cik, IndexEntry::companyName, IndexEntry::formType, IndexEntry::accessionNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1000045", "NICHOLAS FINANCIAL INC", "8-K", "0000950170-25-000123"),
                        org.assertj.core.groups.Tuple.tuple("1000045", "NICHOLAS FINANCIAL INC", "10-Q", "0000950170-25-000124"),
                        org.assertj.core.groups.Tuple.tuple("320193", "A|B COMPANY", "8-K/A", "0000320193-25-000001"));
        assertThat(entries.get(0).dateFiled()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(entries.get(2).cik10()).isEqualTo("0000320193");
        assertThat(problems.lines()).singleElement().asString().startsWith("(line 11) not a submission path");
    }

    @Test
    void readsTheQuarterlyDateFormat() throws IOException {
        String quarterly = "x\nCIK|Company Name|Form Type|Date Filed|File Name\n----\n"
                + "1000045|NICHOLAS FINANCIAL INC|8-K|2025-01-03|edgar/data/1000045/0000950170-25-000200.txt\n";
        List<IndexEntry> entries = new ArrayList<>();
        MasterIndex.read("q", new BufferedReader(new StringReader(quarterly)), entries::add);
        assertThat(entries).singleElement().extracting(IndexEntry::dateFiled).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void aFileWithoutTheHeaderIsNoIndex() {
        assertThatThrownBy(() -> MasterIndex.read("error.html", new BufferedReader(new StringReader("<html>Too Many Requests</html>")), e -> { }))
                .hasMessageContaining("error.html is not an EDGAR master index");
    }

    @Test
    void filtersKeepTheFormsAndCiksAsked() {
        IndexEntry eightK = new IndexEntry("320193", "APPLE", "8-k", LocalDate.of(2025, 1, 2), "edgar/data/320193/0000320193-25-000001.txt");
        IndexEntry tenQ = new IndexEntry("320193", "APPLE", "10-Q", LocalDate.of(2025, 1, 2), "edgar/data/320193/0000320193-25-000002.txt");
        FetchRequest defaults = new FetchRequest(LocalDate.of(2025, 1, 2), null, FetchRequest.DEFAULT_FORMS, null,
                java.nio.file.Path.of("d"), false, false);
        assertThat(defaults.keeps(eightK)).isTrue();
        assertThat(defaults.keeps(tenQ)).isFalse();
        FetchRequest otherCik = new FetchRequest(LocalDate.of(2025, 1, 2), null, List.of(), Set.of("0000000001"),
                java.nio.file.Path.of("d"), false, false);
        assertThat(otherCik.keeps(tenQ)).isFalse();
        assertThat(new FetchRequest(LocalDate.of(2025, 1, 2), null, List.of(), Set.of("0000320193"),
                java.nio.file.Path.of("d"), false, false).keeps(tenQ)).isTrue();
    }

    @Test
    void layoutFollowsEdgar() {
        LocalDate d = LocalDate.of(2025, 8, 4);
        assertThat(EdgarLayout.dailyIndex(d)).isEqualTo("edgar/daily-index/2025/QTR3/master.20250804.idx");
        assertThat(EdgarLayout.fullIndex(d)).isEqualTo("edgar/full-index/2025/QTR3/master.idx");
        assertThat(EdgarLayout.feed(d)).isEqualTo("edgar/Feed/2025/QTR3/20250804.nc.tar.gz");
        assertThat(EdgarLayout.url(java.net.URI.create("https://www.sec.gov"), "edgar/data/1/x.txt"))
                .hasToString("https://www.sec.gov/Archives/edgar/data/1/x.txt");
        assertThatThrownBy(() -> EdgarLayout.local(java.nio.file.Path.of("/tmp/d"), "../x")).hasMessageContaining("leaves");
    }

    @Test
    void theUserAgentMustCarryAContactEmail() {
        assertThat(UserAgent.problem(null)).startsWith("no User-Agent is declared").contains("EDGAR_ETL_USER_AGENT");
        assertThat(UserAgent.problem("Example Corp")).contains("holds no contact e-mail");
        assertThat(UserAgent.problem("Example Corp\nx@example.com")).contains("one line");
        assertThat(UserAgent.problem("Example Corp data@example.com")).isNull();
    }

    @Test
    void theRateAgainstSecIsCappedAtTen() {
        UserAgent agent = new UserAgent("Example Corp data@example.com");
        assertThatThrownBy(() -> FetchSettings.of(FetchSettings.SEC, agent).withRate(11))
                .hasMessageContaining("at most 10 requests per second");
        assertThat(FetchSettings.of(java.net.URI.create("http://127.0.0.1:8080"), agent).withRate(500).rate()).isEqualTo(500);
        assertThatThrownBy(() -> FetchSettings.of(FetchSettings.SEC, agent).withRate(1)).hasMessageContaining("at least 2");
        // The default: 5 a second as the server counts them, 2 in flight, so 3 starts a second.
        FetchSettings defaults = FetchSettings.of(FetchSettings.SEC, agent);
        assertThat(defaults.inFlight()).isEqualTo(2);
        assertThat(defaults.cycle()).isEqualTo(java.time.Duration.ofNanos(333_333_334));
        assertThat(defaults.withRate(2).inFlight()).isEqualTo(1);
        assertThat(defaults.withRate(2).cycle()).isEqualTo(java.time.Duration.ofSeconds(1));
    }
}
