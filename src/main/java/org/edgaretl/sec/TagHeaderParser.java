package org.edgaretl.sec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the tag-per-field header of {@code <SUBMISSION>} files (daily feed {@code .nc} and old
 * archives), such as {@code <ACCESSION-NUMBER>0001493152-25-001317<TYPE>8-K}, and names each field
 * with its classic SEC-HEADER key so that extractors see one vocabulary.
 */
final class TagHeaderParser {

    private static final Map<String, String> CLASSIC_KEYS = Map.ofEntries(
            Map.entry("ACCESSION-NUMBER", "ACCESSION NUMBER"),
            Map.entry("TYPE", "CONFORMED SUBMISSION TYPE"),
            Map.entry("PUBLIC-DOCUMENT-COUNT", "PUBLIC DOCUMENT COUNT"),
            Map.entry("PERIOD", "CONFORMED PERIOD OF REPORT"),
            Map.entry("ITEMS", "ITEM INFORMATION"),
            Map.entry("FILING-DATE", "FILED AS OF DATE"),
            Map.entry("DATE-OF-FILING-DATE-CHANGE", "DATE AS OF CHANGE"),
            Map.entry("CONFORMED-NAME", "COMPANY CONFORMED NAME"),
            Map.entry("CIK", "CENTRAL INDEX KEY"),
            Map.entry("ASSIGNED-SIC", "STANDARD INDUSTRIAL CLASSIFICATION"),
            Map.entry("IRS-NUMBER", "IRS NUMBER"),
            Map.entry("STATE-OF-INCORPORATION", "STATE OF INCORPORATION"),
            Map.entry("FISCAL-YEAR-END", "FISCAL YEAR END"),
            Map.entry("FORM-TYPE", "FORM TYPE"),
            Map.entry("ACT", "SEC ACT"),
            Map.entry("FILE-NUMBER", "SEC FILE NUMBER"),
            Map.entry("FILM-NUMBER", "FILM NUMBER"),
            Map.entry("STREET1", "STREET 1"),
            Map.entry("STREET2", "STREET 2"),
            Map.entry("PHONE", "BUSINESS PHONE"),
            Map.entry("COMPANY-DATA", "COMPANY DATA"),
            Map.entry("FILING-VALUES", "FILING VALUES"),
            Map.entry("BUSINESS-ADDRESS", "BUSINESS ADDRESS"),
            Map.entry("MAIL-ADDRESS", "MAIL ADDRESS"),
            Map.entry("SUBJECT-COMPANY", "SUBJECT COMPANY"),
            Map.entry("FILED-BY", "FILED BY"),
            Map.entry("FORMER-COMPANY", "FORMER COMPANY"),
            Map.entry("FORMER-CONFORMED-NAME", "FORMER CONFORMED NAME"));

    private TagHeaderParser() {
    }

    static SecHeader parse(String header) {
        List<HeaderField> fields = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        java.util.Set<String> closable = closingTags(header);
        int filerIndex = -1;
        int i = 0;
        int n = header.length();
        while (i < n) {
            Deadline.check();
            int open = header.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = header.indexOf('>', open);
            if (close < 0) {
                break;
            }
            String tag = header.substring(open + 1, close).strip().toUpperCase();
            int next = header.indexOf('<', close + 1);
            int end = next < 0 ? n : next;
            String value = header.substring(close + 1, end).strip();
            i = end;
            if (tag.startsWith("/")) {
                String name = classic(tag.substring(1));
                int at = blocks.lastIndexOf(name);
                if (at >= 0) {
                    blocks.subList(at, blocks.size()).clear();
                }
                continue;
            }
            if (tag.equals("SUBMISSION")) {
                continue;
            }
            String key = classic(tag);
            if (value.isEmpty() && closable.contains(tag)) {
                if (blocks.isEmpty() && ColonHeaderParser.isPartyBlock(key)) {
                    filerIndex++;
                }
                fields.add(new HeaderField(String.join("/", blocks), key, "", filerIndex));
                blocks.add(key);
            } else {
                fields.add(new HeaderField(String.join("/", blocks), key, value, filerIndex));
            }
        }
        return new SecHeader(fields);
    }

    /** Tags that are ever closed are blocks; the others are single fields whose value runs to the next tag. */
    private static java.util.Set<String> closingTags(String header) {
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (int at = header.indexOf("</"); at >= 0; at = header.indexOf("</", at + 2)) {
            int close = header.indexOf('>', at);
            if (close < 0) {
                break;
            }
            tags.add(header.substring(at + 2, close).strip().toUpperCase());
        }
        return tags;
    }

    private static String classic(String tag) {
        return CLASSIC_KEYS.getOrDefault(tag, tag.replace('-', ' '));
    }
}
