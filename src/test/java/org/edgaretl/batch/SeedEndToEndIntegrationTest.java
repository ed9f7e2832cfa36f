package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seed filing through the whole job: every row it yields, in CSV and in the database, equals its label. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:seed;DB_CLOSE_DELAY=-1")
class SeedEndToEndIntegrationTest {

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @Test
    void theSeedYieldsExactlyWhatItsLabelSays() throws Exception {
        JsonNode label = new ObjectMapper().readTree(getClass().getResource("/labels/immunogen-1995-08-8k.json"));
        Path input = JobTestSupport.inputOf(tmp.resolve("in"), "seed/immunogen-1995-08-8k.txt");
        Path output = tmp.resolve("out");

        assertThat(launcher.ingest(input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, String>> filings = JobTestSupport.rows(output.resolve("filings.csv"));
        assertThat(filings).hasSize(1);
        Map<String, String> filing = filings.get(0);
        for (Iterator<Map.Entry<String, JsonNode>> it = label.get("filing").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            assertThat(filing.get(field.getKey())).as(field.getKey()).isEqualTo(text(field.getValue()));
        }
        assertThat(filing.get("filing_id")).startsWith("sha256:").hasSize(23);
        assertThat(filing.get("source_file")).isEqualTo("seed/immunogen-1995-08-8k.txt");

        List<Map<String, String>> events = JobTestSupport.rows(output.resolve("events.csv"));
        assertThat(events).extracting(e -> e.get("item_code") + "|" + e.get("regime") + "|" + e.get("title") + "|"
                + e.get("reported")).containsExactly(
                "5|pre-2004|Other Events|true", "7|pre-2004|Financial Statements and Exhibits|true");
        assertThat(events.get(0).get("text")).contains("$3.6 million of subordinated");

        assertThat(JobTestSupport.rows(output.resolve("exhibits.csv")))
                .extracting(e -> e.get("exhibit_number") + "|" + e.get("description"))
                .containsExactly("99.1|The Registrant's Press Release dated August 17, 1995.");

        List<Map<String, String>> financings = JobTestSupport.rows(output.resolve("financings.csv"));
        assertThat(financings).hasSize(1);
        Map<String, String> financing = financings.get(0);
        JsonNode expected = label.get("financings").get(0);
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String want = text(field.getValue());
            if (field.getKey().equals("amount")) {
                assertThat(new BigDecimal(financing.get("amount"))).isEqualByComparingTo(want);
            } else {
                assertThat(financing.get(field.getKey())).as(field.getKey()).isEqualTo(want);
            }
        }
        assertThat(financing.get("evidence")).contains("$3.6 million");
        assertThat(JobTestSupport.rows(output.resolve("rejects.csv"))).isEmpty();

        assertThat(jdbc.queryForObject("SELECT amount FROM financings WHERE filing_id = ?", BigDecimal.class,
                filing.get("filing_id"))).isEqualByComparingTo("3600000");
        assertThat(jdbc.queryForObject("SELECT report_date FROM filings WHERE filing_id = ?", String.class,
                filing.get("filing_id"))).isEqualTo("1995-08-16");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM events WHERE filing_id = ? AND reported", Integer.class,
                filing.get("filing_id"))).isEqualTo(2);
    }

    /** The CSV form of a label value: empty for null, the number or text otherwise. */
    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }
}
