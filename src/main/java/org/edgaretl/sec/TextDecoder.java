package org.edgaretl.sec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a filing file into text. EDGAR files are ASCII, UTF-8, or (in the 1990s and in
 * many HTML documents) Windows-1252/Latin-1, usually without a declaration that can be trusted, so the
 * decoder tries strict UTF-8 first and falls back to Windows-1252, which maps every byte.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes the bytes, rejecting content that is evidently not text (binary files). */
    public static String decode(String sourceName, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ParseException("empty_file", sourceName + ": the file is empty");
        }
        String binary = binarySignature(bytes);
        if (binary != null) {
            throw new ParseException("binary_content", sourceName + ": the file is " + binary + ", not a filing text");
        }
        String text = decodeUtf8(bytes);
        if (text == null) {
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

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
