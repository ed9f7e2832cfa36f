package org.edgaretl.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputCursor;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.input.InputItem;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the items of the input (plain files and archive entries) one by one, in the input's stable order;
 * its item count is saved with each chunk, so a restart resumes after the last committed item. The listing
 * is fingerprinted in the step's context: a restart over an input that changed since (which would shift
 * every index) fails with the reason instead of skipping or repeating files.
 */
public class FilingFileReader extends AbstractItemCountingItemStreamItemReader<FilingFile> {

    private final InputDirectory input;
    private final Predicate<String> selection;
    private List<InputItem> items = List.of();
    private InputCursor cursor;
    private String fingerprint;

    public FilingFileReader(String name, InputDirectory input) {
        this(name, input, source -> true);
    }

    /** @param selection the source names to read (all others are left out of the listing) */
    public FilingFileReader(String name, InputDirectory input, Predicate<String> selection) {
        this.input = input;
        this.selection = selection;
        setName(name);
    }

    /** Reads only the named sources. */
    public static Predicate<String> only(Set<String> sources) {
        return sources::contains;
    }

    /** How many items this run reads in all (known once opened). */
    public int total() {
        return items.size();
    }

    @Override
    public void open(ExecutionContext context) {
        super.open(context);
        String key = getExecutionContextKey("listing");
        String saved = context.containsKey(key) ? context.getString(key) : null;
        if (saved != null && !saved.equals(fingerprint)) {
            throw new ItemStreamException("the input " + input.root() + " changed since the interrupted run ("
                    + items.size() + " items now): resuming would skip or repeat files; run with --fresh to start over");
        }
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putString(getExecutionContextKey("listing"), fingerprint);
    }

    @Override
    protected void doOpen() {
        try {
            items = input.items().stream().filter(item -> selection.test(item.sourceName())).toList();
        } catch (IOException e) {
            throw new ItemStreamException("cannot list the input " + input.root() + ": " + e.getMessage(), e);
        }
        fingerprint = fingerprint(items);
        cursor = input.cursor();
    }

    @Override
    protected FilingFile doRead() {
        int next = getCurrentItemCount() - 1;
        return next < items.size() ? cursor.read(items.get(next)) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // Nothing to read here: items are addressed by index, and the cursor skips forward inside an
        // archive only when the first item after the restart point is read.
    }

    @Override
    protected void doClose() {
        if (cursor != null) {
            cursor.close();
        }
        items = List.of();
    }

    private static String fingerprint(List<InputItem> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (InputItem item : items) {
                sha.update(item.sourceName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return items.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
