package org.edgaretl.sec;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the classic SEC-HEADER ({@code KEY:<tab>value} lines, blocks opened by a key with no value and
 * nested by indentation) line by line, in time linear in its length.
 */
final class ColonHeaderParser {

    private ColonHeaderParser() {
    }

    static SecHeader parse(String header) {
        List<HeaderField> fields = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        List<Integer> blockIndents = new ArrayList<>();
        int filerIndex = -1;
        for (String line : header.split("\n")) {
            Deadline.check();
            int colon = line.indexOf(':');
            if (colon <= 0 || line.isBlank() || line.startsWith("<")) {
                continue;
            }
            int indent = indentOf(line);
            String key = line.substring(0, colon).strip().toUpperCase();
            String value = line.substring(colon + 1).strip();
            while (!blockIndents.isEmpty() && blockIndents.get(blockIndents.size() - 1) >= indent) {
                blockIndents.remove(blockIndents.size() - 1);
                blocks.remove(blocks.size() - 1);
            }
            if (value.isEmpty()) {
                if (indent == 0 && isPartyBlock(key)) {
                    filerIndex++;
                }
                blocks.add(key);
                blockIndents.add(indent);
                fields.add(new HeaderField(String.join("/", blocks.subList(0, blocks.size() - 1)), key, "", filerIndex));
            } else {
                fields.add(new HeaderField(String.join("/", blocks), key, value, filerIndex));
            }
        }
        return new SecHeader(fields);
    }

    static boolean isPartyBlock(String key) {
        return key.equals("FILER") || key.equals("SUBJECT COMPANY") || key.equals("FILED BY")
                || key.equals("REPORTING-OWNER") || key.equals("ISSUER");
    }

    private static int indentOf(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                width += 8;
            } else if (c == ' ') {
                width++;
            } else {
                break;
            }
        }
        return width;
    }
}
