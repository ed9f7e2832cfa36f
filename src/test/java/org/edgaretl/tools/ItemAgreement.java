package org.edgaretl.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.sec.SubmissionParser;

/**
 * Developer tool: over a corpus folder, how often the 8-K items of the SEC header agree with the body's
 * headings (filings with zero item warnings / 8-Ks whose header lists items). Usage: {@code ItemAgreement INPUT}.
 */
public final class ItemAgreement {

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(input)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(txt|htm|html|nc)$"))
                    .filter(p -> !input.relativize(p).startsWith("labels") && !input.relativize(p).startsWith("index"))
                    .sorted().toList();
        }
        FilingPipeline pipeline = new FilingPipeline();
        int withHeaderItems = 0;
        int agreeing = 0;
        for (Path p : paths) {
            String name = input.relativize(p).toString();
            byte[] bytes = Files.readAllBytes(p);
            if (SubmissionParser.parse(name, bytes).header().all("ITEM INFORMATION").isEmpty()) {
                continue;
            }
            ProcessedFile processed = pipeline.process(name, bytes);
            if (processed.isRejected() || processed.extracted().events().isEmpty()) {
                continue; // not an 8-K (Form D, ABS-15G ... carry item lists of their own)
            }
            withHeaderItems++;
            List<String> disputed = processed.extracted().warnings().stream().filter(w -> w.field().equals("item"))
                    .map(w -> w.otherValue() + " only in " + w.source()).toList();
            if (disputed.isEmpty()) {
                agreeing++;
            } else {
                System.out.println(name + ": " + String.join(", ", disputed));
            }
        }
        System.out.printf("header/body item agreement: %d of %d 8-Ks whose header lists items (%.1f%%)%n", agreeing,
                withHeaderItems, withHeaderItems == 0 ? 0.0 : 100.0 * agreeing / withHeaderItems);
    }
}
