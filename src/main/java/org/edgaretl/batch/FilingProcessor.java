package org.edgaretl.batch;

import org.edgaretl.domain.Stage;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Reject;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.input.FilingFile;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs one filing file through the Spring-free pipeline; a file that could not be read becomes a reject. */
public class FilingProcessor implements ItemProcessor<FilingFile, ProcessedFile> {

    private final FilingPipeline pipeline;

    public FilingProcessor(FilingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public ProcessedFile process(FilingFile file) {
        if (!file.isReadable()) {
            return ProcessedFile.rejected(new Reject(file.sourceName(), Stage.READ, file.readError(), file.readErrorMessage()));
        }
        return pipeline.process(file.sourceName(), file.bytes());
    }
}
