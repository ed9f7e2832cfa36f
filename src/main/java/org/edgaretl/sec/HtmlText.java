package org.edgaretl.sec;

import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML or inline-XBRL document as plain text whose lines follow the block structure
 * (paragraphs, divs, table rows), so that the line-oriented extractors see the same shape as in a
 * 1990s text filing; and collects the inline-XBRL {@code dei:} cover facts on the way.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "table", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "center", "pre", "blockquote", "hr", "title", "body",
            "dt", "dd", "dl", "section", "article", "header", "footer", "page", "font-block");
    /** Elements that break lines in real HTML; the SGML {@code <TABLE>} of a wrapped text filing has none of them. */
    private static final Set<String> LINE_BREAKING = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "ix:header");

    /** The rendered text and the cover facts of one HTML document. */
    public record Rendered(String text, Map<String, String> deiFacts) {
    }

    private HtmlText() {
    }

    public static Rendered render(String html) {
        // read through a deadline-checking reader: the tree builder consumes its input as it goes
        Document doc = Parser.htmlParser().setTrackErrors(0).parseInput(new DeadlineReader(html), "");
        StringBuilder out = new StringBuilder(html.length() / 4);
        TextCollector collector = new TextCollector(doc, out, isTextInHtml(doc));
        NodeTraversor.traverse(collector, doc);
        return new Rendered(tidy(out), collector.deiFacts);
    }

    /**
     * A plain-text filing wrapped in a bare {@code <html><body><div>} has its layout in the source line
     * breaks, not in elements: few block elements for many lines of text.
     */
    private static boolean isTextInHtml(Document doc) {
        // a lazy walk that stops at the 20th block, instead of listing every element of a large document
        long blocks = doc.body().stream().filter(e -> LINE_BREAKING.contains(e.normalName())).limit(20).count();
        if (blocks >= 20) {
            return false;
        }
        String text = doc.body().wholeText();
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0 && lines < 50; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines >= 50;
    }

    /** Adds the cover fact of an inline-XBRL element whose name is {@code dei:...} (first value of a name wins). */
    private static void addDeiFact(Element e, Map<String, String> facts) {
        String tag = e.tagName();
        if (!tag.startsWith("ix:")) {
            return;
        }
        String name = e.attr("name").substring(4);
        String value = e.text().replace('\u00A0', ' ').trim();
        if (!value.isEmpty()) {
            facts.putIfAbsent(name, value);
        }
    }

    /** Collapses spaces within lines and runs of blank lines, keeping at most one blank line. */
    private static String tidy(CharSequence raw) {
        // one pass over the characters instead of a split and a regex replacement per line
        int n = raw.length();
        StringBuilder out = new StringBuilder(n);
        int blankRun = 0;
        int lineStart = 0;
        // rendered HTML has a line break at every block edge: most lines are empty, and a thread-local
        // read per line cost more than the rest of their handling
        Deadline deadline = Deadline.current();
        while (true) {
            if (deadline != null) {
                deadline.tick();
            }
            int mark = out.length();
            boolean inSpaces = false;
            int i = lineStart;
            // what strip() would take off the front is never copied
            while (i < n && raw.charAt(i) != '\n' && (isSpace(raw.charAt(i)) || Character.isWhitespace(raw.charAt(i)))) {
                i++;
            }
            for (; i < n; i++) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    break;
                }
                if (isSpace(c)) {
                    if (!inSpaces) {
                        out.append(' ');
                        inSpaces = true;
                    }
                } else {
                    out.append(c);
                    inSpaces = false;
                }
            }
            stripEnd(out, mark);
            if (out.length() == mark) {
                if (++blankRun > 1 || mark == 0) {
                    if (i >= n) {
                        break;
                    }
                    lineStart = i + 1;
                    continue;
                }
            } else {
                blankRun = 0;
            }
            out.append('\n');
            if (i >= n) {
                break;
            }
            lineStart = i + 1;
        }
        return out.toString();
    }

    /** A character that the old {@code [ \t\u2000-\u200B]+} collapse (after NBSP became a space) made one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B');
    }

    /** {@link String#stripTrailing()} applied to the builder from {@code from} on, in place. */
    private static void stripEnd(StringBuilder out, int from) {
        int end = out.length();
        while (end > from && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private static final class TextCollector implements NodeVisitor {
        /**
         * The cover facts, collected on the same walk as the text (they are often in the skipped
         * {@code ix:header}), with the evaluator of {@code getElementsByAttributeValueStarting("name", "dei:")}
         * and in the same document order, instead of a second walk over the whole tree.
         */
        final Map<String, String> deiFacts = new LinkedHashMap<>();
        private final Evaluator deiName = new Evaluator.AttributeWithValueStarting("name", "dei:");
        private final Document root;
        private final StringBuilder out;
        private int skipDepth;
        /** Inside {@code <pre>} (1990s text filings wrapped in HTML) the source lines are the layout. */
        private int preDepth;

        TextCollector(Document root, StringBuilder out, boolean keepLineBreaks) {
            this.root = root;
            this.out = out;
            this.preDepth = keepLineBreaks ? 1 : 0;
        }

        @Override
        public void head(Node node, int depth) {
            Deadline.check();
            if (node instanceof Element e) {
                if (deiName.matches(root, e)) {
                    addDeiFact(e, deiFacts);
                }
                String tag = e.normalName();
                if (skipDepth > 0 || SKIPPED.contains(tag) || isHidden(e)) {
                    skipDepth++;
                    return;
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
                if (BLOCKS.contains(tag)) {
                    out.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
            } else if (node instanceof TextNode t && skipDepth == 0) {
                if (preDepth > 0) {
                    out.append(t.getWholeText());
                } else {
                    appendOnOneLine(t.getWholeText());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (skipDepth > 0) {
                    skipDepth--;
                    return;
                }
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(tag)) {
                    out.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
            }
        }

        /** Appends {@code text.replace('\n', ' ')} without making that copy of every text node first. */
        private void appendOnOneLine(String text) {
            int start = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                out.append(text, start, nl).append(' ');
                start = nl + 1;
            }
            out.append(text, start, text.length());
        }

        private static boolean isHidden(Element e) {
            String style = e.attr("style");
            if (style.isEmpty()) {
                return false;
            }
            for (int i = 0; i < style.length(); i++) {
                char c = style.charAt(i);
                if (c >= 0x80 || c == 'I') {
                    // the only characters whose lower case can depend on the default locale
                    return style.replace(" ", "").toLowerCase().contains("display:none");
                }
            }
            return containsSkippingSpaces(style, "display:none");
        }

        /** {@code text.replace(" ", "").toLowerCase().contains(needle)} for ASCII text, without the copies. */
        private static boolean containsSkippingSpaces(String text, String needle) {
            for (int start = 0; start < text.length(); start++) {
                char first = text.charAt(start);
                if (first != needle.charAt(0) && Character.toLowerCase(first) != needle.charAt(0)) {
                    continue;
                }
                int i = start;
                int k = 0;
                while (k < needle.length() && i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == ' ') {
                        continue;
                    }
                    if (Character.toLowerCase(c) != needle.charAt(k)) {
                        break;
                    }
                    k++;
                }
                if (k == needle.length()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The HTML source, checking the filing's deadline at every read of the parser. */
    private static final class DeadlineReader extends Reader {
        private final StringReader in;

        DeadlineReader(String html) {
            this.in = new StringReader(html);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            Deadline.checkNow();
            return in.read(buffer, offset, length);
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
