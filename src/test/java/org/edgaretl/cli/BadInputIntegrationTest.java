package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with a 256 MB heap over a directory of empty, binary, truncated, huge, deeply nested, badly
 * encoded, slow and oddly named files among real filings: the run completes (exit 0), every file ends as a
 * filing row or a reject with the expected reason, and nothing else.
 */
class BadInputIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void everyBadInputIsProcessedOrRejectedWithItsReasonAndTheRunCompletes() throws Exception {
        Path input = tmp.resolve("in put");
        Map<String, String> expected = BadInputs.write(input);
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path log = tmp.resolve("run.log");

        int exit = JarProcess.run(work, log, List.of(
                        "-Dspring.datasource.url=jdbc:h2:file:" + work.resolve("db/edgar") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "-Dedgar.filing-timeout=" + BadInputs.TIMEOUT,
                        // one file per chunk: at 256 MB a chunk holding the 50 MB line beside other files left H2 no room to commit
                        "-Dedgar.chunk-size=1"),
                // One partition thread: 256 MB is one thread's budget for a 50 MB file (README, Configuration); with two
                // threads the other thread's H2 commit could be the one to run out of heap, failing its partition.
                240, "ingest", "--input", input.toString(), "--output", "out", "--threads", "1");

        String output = Files.readString(log);
        assertThat(exit).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError", "StackOverflowError");
        Map<String, String> actual = new LinkedHashMap<>();
        for (Map<String, String> row : rows(work.resolve("out/filings.csv"))) {
            assertThat(actual.put(row.get("source_file"), BadInputs.FILING)).as(row.get("source_file")).isNull();
        }
        for (Map<String, String> row : rows(work.resolve("out/rejects.csv"))) {
            assertThat(row.get("message")).as("a reject names its file").contains(row.get("source_file"));
            assertThat(actual.put(row.get("source_file"), row.get("reason_code"))).as(row.get("source_file")).isNull();
        }
        Map<String, String> wanted = new LinkedHashMap<>(expected);
        wanted.values().removeIf(BadInputs.IGNORED::equals);
        // A million item headings, or one 50 MB line, in 256 MB end in whichever bound is hit first, the time
        // limit or the heap (which depends on what the other partition thread holds at that moment): either is
        // a clean reject of that file alone, which is what this test is about.
        for (String heavy : List.of("heading-storm.txt", "one-line-50mb.txt")) {
            if (List.of("out_of_memory", "timeout").contains(actual.get(heavy))) {
                wanted.put(heavy, actual.get(heavy));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(wanted);
        // 100,000 nested elements are flattened by the parser's depth limit, not a stack overflow: the item is found
        String deepId = rows(work.resolve("out/filings.csv")).stream()
                .filter(r -> r.get("source_file").equals("deep-nesting-8-k.txt")).findFirst().orElseThrow().get("filing_id");
        assertThat(rows(work.resolve("out/events.csv"))).filteredOn(r -> r.get("filing_id").equals(deepId))
                .extracting(r -> r.get("item_code")).containsExactly("5");
    }

    static List<Map<String, String>> rows(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        }
    }
}
