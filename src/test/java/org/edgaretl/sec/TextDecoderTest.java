package org.edgaretl.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    /** The bounds of the continuation-byte ranges that UTF-8 well-formedness depends on. */
    private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};

    @Test
    void theUtf8TestAgreesWithAStrictDecoderOnEveryShortSequenceAndRandomBytes() {
        List<String> disagreements = new ArrayList<>();
        for (int b0 = 0x80; b0 <= 0xFF; b0++) {
            for (int b1 : EDGES) {
                for (int b2 : EDGES) {
                    byte[] three = {(byte) b0, (byte) b1, (byte) b2};
                    byte[] four = {(byte) b0, (byte) b1, (byte) b2, (byte) 0x80};
                    for (byte[] bytes : new byte[][] {three, four}) {
                        if (TextDecoder.isUtf8(bytes) != strict(bytes)) {
                            disagreements.add(HexFormat.of().formatHex(bytes));
                        }
                    }
                }
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);
            if (TextDecoder.isUtf8(bytes) != strict(bytes)) {
                disagreements.add(HexFormat.of().formatHex(bytes));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void asciiUtf8AndWindows1252AreDecodedAsBefore() {
        assertThat(TextDecoder.decode("a.txt", "Item 5.\r\nOther".getBytes(StandardCharsets.US_ASCII))).isEqualTo("Item 5.\nOther");
        assertThat(TextDecoder.decode("u.txt", "caf\u00e9 \u201cquoted\u201d".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("caf\u00e9 \u201cquoted\u201d");
        assertThat(TextDecoder.decode("w.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94}))
                .isEqualTo("caf\u00e9 \u201cq\u201d");
        assertThat(TextDecoder.decode("n.txt", ("Item 5.\u0000\nOther events\n").getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("Item 5.\nOther events\n");
    }

    @Test
    void emptyAndBinaryFilesAreTypedRejects() {
        assertThatThrownBy(() -> TextDecoder.decode("e.txt", new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode("z.txt", new byte[] {0, 0, 0, '\n'})).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode("p.txt", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ParseException.class).hasMessageContaining("PDF");
    }

    private static boolean strict(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
