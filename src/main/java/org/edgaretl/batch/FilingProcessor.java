package org.edgaretl.batch;

import org.edgaretl.domain.Stage;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Reject;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.fetch.IdentityHints;
import org.edgaretl.input.FilingFile;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Runs one filing file through the Spring-free pipeline, with the identity EDGAR's index gives it when a
 * fetch kept the index beside the file; a file that could not be read becomes a reject.
 */
public class FilingProcessor implements ItemProcessor<FilingFile, ProcessedFile> {

    private final FilingPipeline pipeline;
    private final IdentityHints hints;

    public FilingProcessor(FilingPipeline pipeline) {
        this(pipeline, IdentityHints.none());
    }

    public FilingProcessor(FilingPipeline pipeline, IdentityHints hints) {
        this.pipeline = pipeline;
        this.hints = hints;
    }

    @Override
    public ProcessedFile process(FilingFile file) {
        if (!file.isReadable()) {
            return ProcessedFile.rejected(new Reject(file.sourceName(), Stage.READ, file.readError(), file.readErrorMessage()));
        }
        return pipeline.process(file.sourceName(), file.bytes(), hints.of(file.sourceName()).orElse(null));
    }
}
