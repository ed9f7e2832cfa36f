package org.edgaretl.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
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
 * every index) fails with the reason instead of skipping or repeating files. A partition's reader reads
 * only its range {@code [from, to)} of the listing.
 */
public class FilingFileReader extends AbstractItemCountingItemStreamItemReader<FilingFile> {

    private final InputDirectory input;
    private final Predicate<String> selection;
    private final FileRange range;
    private List<InputItem> items = List.of();
    private InputCursor cursor;
    private String fingerprint;

    public FilingFileReader(String name, InputDirectory input) {
        this(name, input, source -> true, null);
    }

    /**
     * @param selection the source names to read (all others are left out of the listing)
     * @param range     the partition's share of the selected listing, or {@code null} for all of it
     */
    public FilingFileReader(String name, InputDirectory input, Predicate<String> selection, FileRange range) {
        this.input = input;
        this.selection = selection;
        this.range = range;
        setName(name);
    }

    /** Reads only the named sources. */
    public static Predicate<String> only(Set<String> sources) {
        return sources::contains;
    }

    /**
     * The selection of a run: every source, or only those listed one per line in {@code onlyFile} (a fixed
     * list, as reprocess-rejects saves it, so that a restart reads the same list).
     */
    public static Predicate<String> selection(String onlyFile) throws IOException {
        return onlyFile == null ? source -> true : only(new HashSet<>(Files.readAllLines(Path.of(onlyFile))));
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
            items = selectedItems(input, selection);
        } catch (IOException e) {
            throw new ItemStreamException("cannot list the input " + input.root() + ": " + e.getMessage(), e);
        }
        fingerprint = fingerprint(items);
        if (range != null) {
            if (items.size() != range.total()) {
                throw new ItemStreamException("the input " + input.root() + " holds " + items.size() + " items, but "
                        + range.total() + " when the run was partitioned: it changed during the run; run with --fresh to start over");
            }
            items = items.subList(range.from(), range.to());
        }
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

    /** The listing a run reads: the input's items whose source names the selection keeps, in order. */
    static List<InputItem> selectedItems(InputDirectory input, Predicate<String> selection) throws IOException {
        return input.items().stream().filter(item -> selection.test(item.sourceName())).toList();
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
