package org.edgaretl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.edgaretl.domain.Event;
import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.eval.Normalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the events and exhibits that the pipeline gives every hand-labelled filing (src/test/resources/labels)
 * to their labels; exhibit numbers compare as evaluate.py compares them.
 */
class LabelledFilingsTest {

    private static final Path LABELS = Path.of("src/test/resources/labels");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    static Stream<Path> labels() throws IOException {
        return Files.list(LABELS).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("labels")
    void reportedItemsAndTitlesMatchTheLabel(Path label) throws IOException {
        String json = Files.readString(label);
        ExtractedFiling got = extract(json);
        List<Map<String, Object>> want = JsonPath.read(json, "$.events");
        Set<String> wantReported = want.stream().filter(e -> !Boolean.FALSE.equals(e.get("reported")))
                .map(e -> (String) e.get("item_code")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> gotReported = got.events().stream().filter(Event::reported).map(Event::itemCode)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(gotReported).isEqualTo(wantReported);
        for (Map<String, Object> e : want) {
            Event event = got.events().stream().filter(g -> g.itemCode().equals(e.get("item_code"))).findFirst()
                    .orElseThrow();
            assertThat(event.regime().label()).isEqualTo(e.get("regime"));
            assertThat(event.title()).isEqualTo(e.get("title"));
        }
    }

    @ParameterizedTest
    @MethodSource("labels")
    void exhibitNumbersMatchTheLabel(Path label) throws IOException {
        String json = Files.readString(label);
        List<String> want = JsonPath.read(json, "$.exhibits[*].exhibit_number");
        assertThat(extract(json).exhibits().stream().map(x -> Normalization.normEx(x.exhibitNumber())).toList())
                .containsExactlyInAnyOrderElementsOf(want.stream().map(Normalization::normEx).toList());
    }

    private static ExtractedFiling extract(String json) throws IOException {
        String file = JsonPath.read(json, "$.file");
        ProcessedFile processed = new FilingPipeline().process(file, Files.readAllBytes(CORPUS.resolve(file)));
        assertThat(processed.isRejected()).as("%s", processed.reject()).isFalse();
        return processed.extracted();
    }
}
