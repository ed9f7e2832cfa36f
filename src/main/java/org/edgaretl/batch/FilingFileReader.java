package org.edgaretl.batch;

import java.io.IOException;
import java.util.List;

import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the filing files of the input directory one by one, in the directory's stable order; its item
 * count is saved with each chunk, so a restart resumes after the last committed file. A partition's
 * reader reads only its range {@code [from, to)} of that order.
 */
public class FilingFileReader extends AbstractItemCountingItemStreamItemReader<FilingFile> {

    private final InputDirectory input;
    private final FileRange range;
    private List<String> files = List.of();

    public FilingFileReader(String name, InputDirectory input) {
        this(name, input, null);
    }

    /** @param range the partition's share of the input, or {@code null} for all of it */
    public FilingFileReader(String name, InputDirectory input, FileRange range) {
        this.input = input;
        this.range = range;
        setName(name);
    }

    @Override
    protected void doOpen() {
        try {
            files = input.list();
            if (range != null) {
                if (files.size() != range.total()) {
                    throw new ItemStreamException("the input directory " + input.root() + " holds " + files.size()
                            + " files, but " + range.total() + " when the run was partitioned; it changed during the run"
                            + " (start over with --fresh)");
                }
                files = files.subList(range.from(), range.to());
            }
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
