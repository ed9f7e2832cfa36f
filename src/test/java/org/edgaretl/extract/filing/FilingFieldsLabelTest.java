package org.edgaretl.extract.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.extract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every filing field of every labelled corpus filing, compared the way evaluate.py compares them. */
class FilingFieldsLabelTest {

    private static final FilingPipeline PIPELINE = new FilingPipeline();

    static Stream<String> labels() throws IOException, URISyntaxException {
        Path dir = Path.of(FilingFieldsLabelTest.class.getResource("/labels").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("labels")
    void filingFieldsMatchTheLabel(String label) {
        String json = Fixtures.text("labels/" + label);
        String file = JsonPath.read(json, "$.file");
        Map<String, Object> want = JsonPath.read(json, "$.filing");
        Filing got = filing(file);
        Map<String, Object> actual = columns(got);
        for (Map.Entry<String, Object> e : want.entrySet()) {
            String field = e.getKey();
            if (field.equals("accession_number") && e.getValue() == null && got.accessionNumber() != null) {
                // as evaluate.py: an accession number that the file's EDGAR-style name states is not a guess
                assertThat(got.accessionSource()).as(file).isEqualTo(FieldSource.FILE_NAME);
                assertThat(Path.of(file).getFileName().toString()).as(file).contains(got.accessionNumber());
                continue;
            }
            assertThat(norm(field, actual.get(field))).as(file + " " + field)
                    .isEqualTo(norm(field, e.getValue()));
        }
    }

    @Test
    void theSeedComesOutExactlyAsItsLabel() {
        String json = Fixtures.text("labels/immunogen-1995-08-8k.json");
        Map<String, Object> want = JsonPath.read(json, "$.filing");
        Map<String, Object> got = columns(filing("seed/immunogen-1995-08-8k.txt"));
        assertThat(want).hasSize(14);
        want.forEach((field, value) -> assertThat(got.get(field)).as(field).isEqualTo(value));
    }

    static Filing filing(String file) {
        ProcessedFile result = PIPELINE.process(file, Fixtures.bytes("corpus/" + file));
        assertThat(result.isRejected()).as(file + " rejected: " + result.reject()).isFalse();
        return result.extracted().filing();
    }

    private static Map<String, Object> columns(Filing f) {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        List<Object> values = java.util.Arrays.asList(f.accessionNumber(), f.cik(), f.companyName(), f.formType(),
                str(f.filedDate()), str(f.reportDate()), f.stateOfIncorporation(), f.commissionFileNumber(),
                f.irsEmployerId(), f.businessAddress(), f.businessPhone(), f.signerName(), f.signerTitle(),
                str(f.signedDate()));
        List<String> names = List.of("accession_number", "cik", "company_name", "form_type", "filed_date",
                "report_date", "state_of_incorporation", "commission_file_number", "irs_employer_id",
                "business_address", "business_phone", "signer_name", "signer_title", "signed_date");
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), values.get(i));
        }
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** evaluate.py's normalization: case, punctuation, company suffixes; CIK and file numbers without leading zeros. */
    static String norm(String field, Object value) {
        String v = value == null ? "" : value.toString();
        if (field.equals("cik")) {
            v = v.replaceFirst("^0+", "");
        }
        if (field.equals("commission_file_number")) {
            v = Precedence.fileNumber(v);
        }
        v = Normalizer.normalize(v, Normalizer.Form.NFKC).toLowerCase().strip();
        v = v.replaceAll("[\\s.,;:'\"’`()\\-/&]+", " ").strip();
        v = v.replaceAll("\\b(incorporated|inc|corp|corporation|co|company|ltd|llc|plc|the)\\b", "");
        return v.replaceAll("\\s+", " ").strip();
    }
}
