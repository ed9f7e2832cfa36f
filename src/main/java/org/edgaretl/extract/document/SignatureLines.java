package org.edgaretl.extract.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.sec.Deadline;

/**
 * The one home of the signature block's marks: the "Pursuant to the requirements of the Securities ..."
 * sentence, the "SIGNATURE(S)" caption and the signed line ("/s/ Name", "By: Name"). Two questions are asked of
 * them: where the item sections end (a line that opens with the sentence, or a caption that a signature follows,
 * since a table of contents lists the caption too), and where a signer may be read (the sentence anywhere,
 * even broken over two lines, then every caption).
 */
public final class SignatureLines {

    /** Only the head of a line is read: the marks open their line or stand in its first words. */
    static final int HEAD = 400;
    private static final String SENTENCE_TEXT = "pursuant\\s+to\\s+the\\s+requirements\\s+of\\s+the\\s+securities";
    private static final Pattern SENTENCE = Pattern.compile("(?i)" + SENTENCE_TEXT);
    private static final Pattern OPENS_WITH_SENTENCE = Pattern.compile("(?i)\\s*" + SENTENCE_TEXT);
    private static final Pattern CAPTION = Pattern.compile("(?i)signatures?\\s?[.:]?");
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)(?:^|[\\s:])/s/|(?:^|[\\s:])//\\s*(?=[A-Z])|(?:^|\\s)\\\\s\\\\|(?-i:(?:^|\\s)By:\\s{1,20}(?=[A-Z][a-z]))");
    /** A caption ends the items only when a signature follows within this many non-blank lines. */
    private static final int LOOKAHEAD = 6;

    private SignatureLines() {
    }

    /** The signed-line mark of a line ("/s/", "//", "\s\", "By: Name"), where the signer's name follows. */
    public static Optional<MatchResult> signedMark(String line) {
        Matcher m = SIGNED.matcher(line);
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    /** Whether the items end at line {@code i}: it opens with the sentence, or is a caption a signature follows. */
    static boolean endsItems(String[] lines, int i) {
        String s = head(lines[i]);
        if (OPENS_WITH_SENTENCE.matcher(s).lookingAt()) {
            return true;
        }
        if (!isCaption(s)) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < lines.length && seen < LOOKAHEAD; j++) {
            String next = head(lines[j]);
            if (next.isBlank()) {
                continue;
            }
            seen++;
            if (OPENS_WITH_SENTENCE.matcher(next).lookingAt() || SIGNED.matcher(next).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines where a signer may be read, in the order to try them: each line where the sentence starts (it
     * may be broken over that line and the next; a sentence broken over two lines counts once), then each caption.
     */
    static List<Integer> blockStarts(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        // the sentence opens with "pursuant", which cannot straddle the space that joins two lines: only lines
        // that hold the word (or precede one that does) need the join and the regex
        boolean[] pursuant = new boolean[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            pursuant[i] = containsIgnoreCase(lines.get(i), "pursuant");
        }
        for (int i = 0; i < lines.size(); i++) {
            Deadline.check();
            if (!pursuant[i] && !pursuant[i + 1]) {
                continue;
            }
            String joined = i + 1 < lines.size() ? lines.get(i) + " " + lines.get(i + 1).strip() : lines.get(i);
            if (SENTENCE.matcher(joined).find() && (starts.isEmpty() || starts.get(starts.size() - 1) != i - 1)) {
                starts.add(i);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Deadline.check();
            if (isCaption(lines.get(i))) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** "SIGNATURE", "Signatures:", alone on its line. */
    private static boolean isCaption(String line) {
        // cheap necessary condition first: the first character after leading white space is an "s"
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && (line.charAt(i) == 's' || line.charAt(i) == 'S')
                && CAPTION.matcher(line.strip()).matches();
    }

    /** Whether the text may hold the word: true whenever a {@code (?i)} pattern (ASCII case folding) finds it. */
    private static boolean containsIgnoreCase(String text, String lowerWord) {
        char first = lowerWord.charAt(0);
        char upper = Character.toUpperCase(first);
        int last = text.length() - lowerWord.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    private static String head(String line) {
        return line.length() > HEAD ? line.substring(0, HEAD) : line;
    }
}
