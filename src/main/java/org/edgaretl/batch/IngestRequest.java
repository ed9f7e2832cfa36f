package org.edgaretl.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an operator asks of one ingest.
 *
 * @param input     directory (or archive) of filings
 * @param output    directory of the run's CSV files and {@code summary.json}
 * @param fresh     abandon an unfinished run of the same input and output instead of resuming it, and start over
 * @param runDate   the night a scheduled run stands for ({@code YYYY-MM-DD}), an identifying parameter: the same
 *                  night again resumes its unfinished run or reports it complete; {@code null} for a manual run
 * @param reprocess process every file even when the source registry holds the same bytes
 * @param only      a file listing the only source names to read (one a line), or {@code null} for all
 */
public record IngestRequest(Path input, Path output, boolean fresh, String runDate, boolean reprocess, Path only) {

    public IngestRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }

    public static IngestRequest of(Path input, Path output) {
        return new IngestRequest(input, output, false, null, false, null);
    }
}
