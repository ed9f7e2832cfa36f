package org.edgaretl.extract.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.edgaretl.domain.Regime;
import org.edgaretl.sec.Deadline;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/**
 * The primary document of a filing read once for every extractor: its text cut into lines, its item
 * sections with their line spans (per numbering, computed on first use), and its exhibit list. Built once
 * per filing and handed to each extractor, so no extractor splits the text or scans it for headings again.
 * Not thread-safe: one index belongs to the one filing being processed.
 */
public final class DocumentIndex {

    private static final Pattern INDEX_HEADING = Pattern.compile(
            "(?i)(?:exhibit\\s{1,3}index|index\\s{1,3}(?:to|of)\\s{1,3}exhibits|exhibits?\\s{1,3}index|list\\s{1,3}of\\s{1,3}exhibits)[.:]?");
    private static final int HEAD = 200;
    /**
     * Real filings print one or two exhibit indexes; each is read to its end, so a file of thousands of
     * index captions would read the rest of its text once per caption.
     */
    private static final int MAX_INDEXES = 10;

    private final String text;
    private final String[] lines;
    private final List<String> lineList;
    private final Map<Regime, List<ItemSection>> items = new EnumMap<>(Regime.class);
    private final Map<Regime, List<ExhibitEntry>> exhibitLists = new EnumMap<>(Regime.class);
    private List<String> signatureLines;
    private List<Integer> signatureStarts;

    private DocumentIndex(String text) {
        this.text = text;
        this.lines = text.split("\n", -1);
        this.lineList = Collections.unmodifiableList(Arrays.asList(lines));
    }

    public static DocumentIndex of(String text) {
        return new DocumentIndex(text);
    }

    /** The index of the submission's primary document, or of an empty text when it has none. */
    public static DocumentIndex of(Submission submission) {
        return new DocumentIndex(submission.primaryDocument().map(SubmissionDocument::text).orElse(""));
    }

    public String text() {
        return text;
    }

    /** The text's lines, split at each line break, none dropped. */
    public List<String> lines() {
        return lineList;
    }

    /** The item sections under the given numbering, in order of first appearance, once per code. */
    public List<ItemSection> items(Regime regime) {
        return items.computeIfAbsent(regime, r -> ItemHeadings.sections(lines, r));
    }

    /**
     * The text of the items with the given codes (of either numbering) where the numbering is not known or no
     * item section reports one: cut at every heading a looser scan finds (after a page number, or upper case
     * inside a line), in filing order; the whole text when it has no heading at all.
     */
    public List<String> looseItemTexts(Set<String> codes) {
        return ItemHeadings.cut(text, lineList, codes);
    }

    /**
     * The lines of a section as its text holds them: from the heading line (leading blanks dropped) to the
     * last non-blank line (trailing blanks dropped).
     */
    List<String> sectionLines(ItemSection s) {
        int last = s.to() - 1;
        while (last > s.from() && lines[last].isBlank()) {
            last--;
        }
        List<String> out = new ArrayList<>(lineList.subList(s.from(), last + 1));
        out.set(0, out.get(0).stripLeading());
        out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing());
        return out;
    }

    /**
     * The lines as the signature block is read from them: each cut to its first {@value SignatureLines#HEAD}
     * characters, no-break spaces made plain spaces.
     */
    public List<String> signatureLines() {
        if (signatureLines == null) {
            List<String> out = new ArrayList<>(lines.length);
            for (String line : lines) {
                Deadline.check();
                String head = line.length() > SignatureLines.HEAD ? line.substring(0, SignatureLines.HEAD) : line;
                out.add(head.replace('\u00A0', ' '));
            }
            signatureLines = Collections.unmodifiableList(out);
        }
        return signatureLines;
    }

    /**
     * Where the signature block may start, in the order to try them: each "Pursuant to the requirements of the
     * Securities ..." sentence, then each "SIGNATURE(S)" caption (indexes into {@link #signatureLines()}).
     */
    public List<Integer> signatureStarts() {
        if (signatureStarts == null) {
            signatureStarts = List.copyOf(SignatureLines.blockStarts(signatureLines()));
        }
        return signatureStarts;
    }

    /** The exhibit list: entries of the Item 7 / 9.01 section, then of any exhibit index. */
    public List<ExhibitEntry> exhibitList(Regime regime) {
        return exhibitLists.computeIfAbsent(regime, this::readExhibitList);
    }

    private List<ExhibitEntry> readExhibitList(Regime regime) {
        List<ExhibitEntry> entries = new ArrayList<>();
        String exhibitsItem = regime == Regime.PRE_2004 ? "7" : "9.01";
        for (ItemSection s : items(regime)) {
            if (s.code().equals(exhibitsItem)) {
                entries.addAll(ExhibitList.read(sectionLines(s), false));
            }
        }
        int indexes = 0;
        for (int i = 0; i < lines.length && indexes < MAX_INDEXES; i++) {
            Deadline.check();
            String line = lines[i];
            if (line.length() < HEAD && INDEX_HEADING.matcher(line.strip()).matches()) {
                entries.addAll(ExhibitList.read(lineList.subList(i + 1, lines.length), true));
                indexes++;
            }
        }
        return List.copyOf(entries);
    }
}
