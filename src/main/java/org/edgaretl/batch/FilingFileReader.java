package org.edgaretl.batch;

import java.io.IOException;
import java.util.List;

import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the filing files of the input directory one by one, in the directory's stable order; its item
 * count is saved with each chunk, so a restart resumes after the last committed file.
 */
public class FilingFileReader extends AbstractItemCountingItemStreamItemReader<FilingFile> {

    private final InputDirectory input;
    private List<String> files = List.of();

    public FilingFileReader(String name, InputDirectory input) {
        this.input = input;
        setName(name);
    }

    @Override
    protected void doOpen() {
        try {
            files = input.list();
        } catch (IOException e) {
            throw new ItemStreamException("cannot list the input directory " + input.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected FilingFile doRead() {
        int next = getCurrentItemCount() - 1;
        return next < files.size() ? input.read(files.get(next)) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // Nothing to skip over: files are addressed by index, so resuming costs no reads.
    }

    @Override
    protected void doClose() {
        files = List.of();
    }
}
