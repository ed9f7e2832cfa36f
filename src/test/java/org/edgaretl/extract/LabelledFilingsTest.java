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
import org.edgaretl.domain.Exhibit;
import org.edgaretl.domain.Filing;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds the events and exhibits of every hand-labelled filing (src/test/resources/labels) to their labels. */
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
        Extracted got = extract(json);
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
        assertThat(extract(json).exhibits().stream().map(x -> ExhibitList.key(x.exhibitNumber())).toList())
                .containsExactlyInAnyOrderElementsOf(want.stream().map(ExhibitList::key).toList());
    }

    private record Extracted(List<Event> events, List<Exhibit> exhibits) {
    }

    private static Extracted extract(String json) throws IOException {
        String file = JsonPath.read(json, "$.file");
        Submission submission = SubmissionParser.parse(file, Files.readAllBytes(CORPUS.resolve(file)));
        DocumentIndex index = DocumentIndex.of(submission);
        Filing filing = new FilingFieldsExtractor().extract(submission, index, "test-id", file, "0".repeat(64)).filing();
        return new Extracted(new EventExtractor().extract(submission, index, filing).events(),
                new ExhibitExtractor().extract(submission, index, filing));
    }
}
