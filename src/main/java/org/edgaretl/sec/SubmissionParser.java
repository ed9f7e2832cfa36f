package org.edgaretl.sec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Reads any EDGAR filing file (full-submission SGML, privacy-enhanced-message wrapped SGML, {@code .nc}
 * and {@code <SUBMISSION>} archives, HTML/inline-XBRL or plain-text primary documents) into a
 * {@link Submission}. A cursor walks the text once; nothing here backtracks over the whole file.
 */
public final class SubmissionParser {

    private static final Pattern UUENCODE_BEGIN = Pattern.compile("(?m)^begin [0-7]{3,4} \\S");
    // "(?=<)": both patterns are alternations, which the regex engine would otherwise try at every position
    private static final Pattern SGML_TEXT_TAGS = Pattern.compile(
            "(?=<)(?:<PAGE>[ \\t]{0,40}\\d{0,6}|</?(?:PAGE|TABLE|CAPTION|S|C|FN|R|F\\d{1,2}|PRE)>)", Pattern.CASE_INSENSITIVE);
    /** A bare {@code <TABLE>} is the SGML table markup of 1990s text filings, not HTML; one with attributes is HTML. */
    private static final Pattern HTML_SNIFF = Pattern.compile(
            "(?=<)(?:<(?:html|body|div|p|font|br|center|b|span|head|title|xbrl|tr|td)[\\s>/]|<table\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BINARY_NAME = Pattern.compile(".*\\.(jpg|jpeg|gif|png|pdf|zip|xlsx?|json)$");
    private static final Pattern HTML_NAME = Pattern.compile(".*\\.html?(\\.gz)?$");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});");

    private SubmissionParser() {
    }

    public static Submission parse(String sourceName, byte[] bytes) {
        return parseText(sourceName, TextDecoder.decode(sourceName, bytes));
    }

    public static Submission parseText(String sourceName, String text) {
        List<String> warnings = new ArrayList<>();
        int headerStart = indexOfAny(text, 0, "-HEADER>", "<SEC-HEADER>", "<IMS-HEADER>");
        int docStart = text.indexOf("<DOCUMENT>");
        int submissionStart = text.indexOf("<SUBMISSION>");
        if (headerStart >= 0 && (docStart < 0 || headerStart < docStart)) {
            int headerEnd = indexOfAny(text, headerStart, "-HEADER>", "</SEC-HEADER>", "</IMS-HEADER>");
            if (headerEnd < 0) {
                warnings.add("header is not closed");
                headerEnd = docStart >= 0 ? docStart : text.length();
            }
            SecHeader header = ColonHeaderParser.parse(text.substring(headerStart, headerEnd));
            List<SubmissionDocument> docs = documents(sourceName, text, headerEnd, warnings);
            return new Submission(sourceName, SourceFormat.SGML, header, docs, warnings);
        }
        if (submissionStart >= 0 && (docStart < 0 || submissionStart < docStart)
                && text.substring(0, submissionStart).isBlank()) {
            int headerEnd = docStart >= 0 ? docStart : text.length();
            SecHeader header = TagHeaderParser.parse(text.substring(submissionStart, headerEnd));
            List<SubmissionDocument> docs = documents(sourceName, text, headerEnd, warnings);
            return new Submission(sourceName, SourceFormat.NC, header, docs, warnings);
        }
        if (docStart < 0 && text.stripLeading().startsWith("<TYPE>")) {
            // one document saved without its <DOCUMENT> wrapper (an exhibit cut out of a submission)
            List<SubmissionDocument> docs = documents(sourceName, "<DOCUMENT>\n" + text, 0, warnings);
            return new Submission(sourceName, SourceFormat.SGML, SecHeader.EMPTY, docs, warnings);
        }
        if (docStart >= 0 && text.indexOf("<TYPE>", docStart) >= 0 && text.substring(0, docStart).isBlank()) {
            List<SubmissionDocument> docs = documents(sourceName, text, docStart, warnings);
            return new Submission(sourceName, SourceFormat.SGML, SecHeader.EMPTY, docs, warnings);
        }
        boolean html = looksLikeHtml(text) || HTML_NAME.matcher(sourceName.toLowerCase()).matches();
        SubmissionDocument only = document("", "", fileName(sourceName), "", text, 0, true);
        return new Submission(sourceName, html ? SourceFormat.HTML : SourceFormat.TEXT, SecHeader.EMPTY,
                List.of(only), warnings);
    }

    private static List<SubmissionDocument> documents(String sourceName, String text, int from, List<String> warnings) {
        List<SubmissionDocument> docs = new ArrayList<>();
        int at = text.indexOf("<DOCUMENT>", from);
        while (at >= 0) {
            Deadline.check();
            int metaEnd = text.indexOf("<TEXT>", at);
            int[] bounds = nextAndEnd(text, at);
            int nextDoc = bounds[0];
            int docEnd = bounds[1];
            if (docEnd < 0 || (nextDoc >= 0 && docEnd > nextDoc)) {
                warnings.add("document at offset " + at + " is not closed");
                docEnd = nextDoc >= 0 ? nextDoc : text.length();
            }
            if (metaEnd < 0 || metaEnd > docEnd) {
                metaEnd = docEnd;
                warnings.add("document at offset " + at + " has no <TEXT>");
            }
            Map<String, String> meta = metadata(text.substring(at + 10, metaEnd));
            int bodyStart = Math.min(metaEnd + 6, docEnd);
            int bodyEnd = text.lastIndexOf("</TEXT>", docEnd);
            if (bodyEnd < bodyStart) {
                bodyEnd = docEnd;
            }
            String type = meta.getOrDefault("TYPE", "").toUpperCase();
            // Exhibit 1 (underwriting / terms agreements) holds the term sheet of an offering: the financings need it.
            boolean wanted = docs.isEmpty() || type.startsWith("8-K") || type.startsWith("EX-99")
                    || type.matches("EX-1(?:[^0-9].*)?");
            docs.add(document(type, meta.get("SEQUENCE"), meta.get("FILENAME"), meta.get("DESCRIPTION"),
                    text.substring(bodyStart, bodyEnd), at, wanted));
            at = nextDoc;
        }
        if (docs.isEmpty()) {
            warnings.add(sourceName + ": no <DOCUMENT> in the submission");
        }
        return docs;
    }

    /**
     * {@code text.indexOf("<DOCUMENT>", at + 10)} and {@code text.indexOf("</DOCUMENT>", at)}, found on one scan
     * for the "DOCUMENT>" both end in rather than one scan of the document each.
     */
    private static int[] nextAndEnd(String text, int at) {
        int nextDoc = -1;
        int docEnd = -1;
        for (int h = text.indexOf("DOCUMENT>", at + 1); h >= 0 && (nextDoc < 0 || docEnd < 0);
                h = text.indexOf("DOCUMENT>", h + 1)) {
            if (docEnd < 0 && h - 2 >= at && text.startsWith("</", h - 2)) {
                docEnd = h - 2;
            }
            if (nextDoc < 0 && h - 1 >= at + 10 && text.charAt(h - 1) == '<') {
                nextDoc = h - 1;
            }
        }
        return new int[] {nextDoc, docEnd};
    }

    /** Reads {@code <TAG>value} pairs that precede a document's {@code <TEXT>}, one per line or run together. */
    private static Map<String, String> metadata(String meta) {
        Map<String, String> values = new java.util.HashMap<>();
        int i = meta.indexOf('<');
        while (i >= 0) {
            int close = meta.indexOf('>', i);
            if (close < 0) {
                break;
            }
            String tag = meta.substring(i + 1, close).strip().toUpperCase();
            int next = meta.indexOf('<', close + 1);
            int lineEnd = meta.indexOf('\n', close + 1);
            int end = next < 0 ? meta.length() : next;
            if (lineEnd >= 0 && lineEnd < end) {
                end = lineEnd;
            }
            values.putIfAbsent(tag, meta.substring(close + 1, end).strip());
            i = next;
        }
        return values;
    }

    private static SubmissionDocument document(String type, String sequence, String filename, String description,
                                               String body, int offset, boolean renderText) {
        DocumentFormat format = classify(type, filename, body);
        if (!format.hasText()) {
            return new SubmissionDocument(type, sequence, filename, description, format, "", Map.of(), offset);
        }
        if (!renderText) {
            return new SubmissionDocument(type, sequence, filename, description, format, "", Map.of(), offset);
        }
        if (format == DocumentFormat.HTML) {
            HtmlText.Rendered rendered = HtmlText.render(body);
            return new SubmissionDocument(type, sequence, filename, description, format, rendered.text(),
                    rendered.deiFacts(), offset);
        }
        return new SubmissionDocument(type, sequence, filename, description, format, plainText(body), Map.of(), offset);
    }

    private static DocumentFormat classify(String type, String filename, String body) {
        String head = body.length() > 4096 ? body.substring(0, 4096) : body;
        String lowerName = filename == null ? "" : filename.toLowerCase();
        if (head.contains("<PDF>") || type.equals("GRAPHIC") || type.equals("ZIP") || type.equals("EXCEL")
                || BINARY_NAME.matcher(lowerName).matches()
                || (head.contains("begin ") && UUENCODE_BEGIN.matcher(head).find())) {
            return DocumentFormat.BINARY;
        }
        String stripped = head.stripLeading();
        boolean xmlDeclared = stripped.startsWith("<?xml") || stripped.startsWith("<XML>");
        // a bare <TABLE> or <PAGE> is 1990s SGML layout markup in a plain-text body, not HTML
        boolean hasHtml = HTML_SNIFF.matcher(withoutSgmlTags(head)).find();
        if (type.startsWith("EX-101") || lowerName.endsWith(".xml") || lowerName.endsWith(".xsd")
                || (xmlDeclared && !head.toLowerCase().contains("<html"))) {
            return DocumentFormat.XML;
        }
        if (hasHtml || lowerName.endsWith(".htm") || lowerName.endsWith(".html")) {
            return DocumentFormat.HTML;
        }
        return DocumentFormat.TEXT;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return HTML_SNIFF.matcher(withoutSgmlTags(head)).find();
    }

    /** Plain-text bodies lose the SGML layout tags of 1990s filings and have their character references decoded. */
    static String plainText(String body) {
        String text = withoutSgmlTags(body);
        if (startsAtAny(ENTITY, text, '&')) {
            text = Parser.unescapeEntities(text, false);
        }
        return text.replace('\u00A0', ' ');
    }

    /**
     * {@code SGML_TEXT_TAGS.matcher(text).replaceAll("")}. Every tag starts with "<", so the regex is tried
     * only there (found by indexOf) rather than by the regex engine at every character of the body.
     */
    private static String withoutSgmlTags(String text) {
        int at = text.indexOf('<');
        if (at < 0) {
            return text;
        }
        Matcher m = SGML_TEXT_TAGS.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            Deadline.check();
            if (m.region(at, text.length()).lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, at);
                copied = m.end();
                at = text.indexOf('<', copied);
            } else {
                at = text.indexOf('<', at + 1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** {@code pattern.matcher(text).find()} for a pattern without anchors or lookbehind whose matches open with {@code first}. */
    private static boolean startsAtAny(Pattern pattern, String text, char first) {
        Matcher m = pattern.matcher(text);
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            Deadline.check();
            if (m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The smallest index from {@code from} of any of the needles, which are of one length and all end in
     * {@code suffix}: one scan of the text for the suffix, not one per needle (a text without a header has
     * neither, and was read twice to the end).
     */
    private static int indexOfAny(String text, int from, String suffix, String... needles) {
        int length = needles[0].length();
        for (int s = text.indexOf(suffix, from); s >= 0; s = text.indexOf(suffix, s + 1)) {
            int at = s + suffix.length() - length;
            if (at < from) {
                continue;
            }
            for (String needle : needles) {
                if (text.startsWith(needle, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static String fileName(String sourceName) {
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return slash >= 0 ? sourceName.substring(slash + 1) : sourceName;
    }
}
