package org.edgaretl.batch;

import java.util.List;

import org.edgaretl.fetch.Download;
import org.edgaretl.fetch.Mirror;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The files a fetch brings, in the mirror's stable order (from the indexes kept on disk); its item count
 * is saved with each chunk, so a restart resumes after the last committed chunk, and the processor's look
 * at the disk skips whatever a killed run had already completed within it.
 */
public class DownloadReader extends AbstractItemCountingItemStreamItemReader<Download> {

    private final Mirror mirror;
    private List<Download> downloads = List.of();

    public DownloadReader(String name, Mirror mirror) {
        this.mirror = mirror;
        setName(name);
    }

    @Override
    protected void doOpen() {
        downloads = mirror.downloads();
    }

    @Override
    protected Download doRead() {
        int next = getCurrentItemCount() - 1;
        return next < downloads.size() ? downloads.get(next) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // items are addressed by index: nothing to skip over
    }

    @Override
    protected void doClose() {
        downloads = List.of();
    }
}
