package org.edgaretl.sec;

import org.edgaretl.domain.RejectReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a filing file into text. EDGAR files are ASCII, UTF-8, or (in the 1990s and in
 * many HTML documents) Windows-1252/Latin-1, usually without a declaration that can be trusted, so the
 * decoder tries strict UTF-8 first and falls back to Windows-1252, which maps every byte.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private TextDecoder() {
    }

    /** Decodes the bytes, rejecting content that is evidently not text (binary files). */
    public static String decode(String sourceName, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ParseException(RejectReason.EMPTY_FILE, sourceName + ": the file is empty");
        }
        String binary = binarySignature(bytes);
        if (binary != null) {
            throw new ParseException(RejectReason.BINARY_CONTENT, sourceName + ": the file is " + binary + ", not a filing text");
        }
        // decoded without a CharsetDecoder's char buffer, which would double the memory of a large file
        String text;
        if (isAscii(bytes)) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        } else if (isUtf8(bytes)) {
            text = new String(bytes, StandardCharsets.UTF_8);
        } else {
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return normalizeLineBreaks(text);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes) {
        // eight bytes per step: a byte is non-ASCII when its high bit is set
        int i = 0;
        for (int last = bytes.length - Long.BYTES; i <= last; i += Long.BYTES) {
            if (((long) LONGS.get(bytes, i) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing
     * above U+10FFFF), the same test as a strict {@code CharsetDecoder}.
     */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min = 0x80;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = b == 0xE0 ? 0xA0 : 0x80;
                max = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = b == 0xF0 ? 0x90 : 0x80;
                max = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** Names a binary format by its magic bytes, or by a high share of control bytes in the first 8 KB. */
    static String binarySignature(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return "a PDF document";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "GIF8")) {
            return "an image";
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return "a zip archive";
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > sample ? "binary data" : null;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String normalizeLineBreaks(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u0000') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    }
}
