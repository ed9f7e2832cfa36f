package org.edgaretl.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void listsFilingFilesRecursivelyInStableOrderAndSkipsOthers() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.htm"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("b/y.nc"), "x");
        Files.writeString(dir.resolve("b/w.txt.gz"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        Files.writeString(dir.resolve("index.idx"), "x");
        assertThat(new InputDirectory(dir, 100).list()).containsExactly("a.txt", "b/c/z.htm", "b/w.txt.gz", "b/y.nc");
    }

    @Test
    void doesNotFollowSymbolicLinksOutOfTheDirectory() throws IOException {
        Path outside = Files.createTempFile("outside", ".txt");
        Files.createSymbolicLink(dir.resolve("link.txt"), outside);
        assertThat(new InputDirectory(dir, 100).list()).isEmpty();
        assertThat(new InputDirectory(dir, 100).read("link.txt").readError().code()).isEqualTo("symbolic_link");
        assertThat(new InputDirectory(dir, 100).read("../x.txt").readError().code()).isEqualTo("outside_input");
        Files.delete(outside);
    }

    @Test
    void decompressesGzipAndRejectsWhatExceedsTheLimitOnceDecompressed() throws IOException {
        byte[] text = "a".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("f.txt.gz")))) {
            out.write(text);
        }
        assertThat(new InputDirectory(dir, 2000).read("f.txt.gz").bytes()).isEqualTo(text);
        FilingFile bomb = new InputDirectory(dir, 500).read("f.txt.gz");
        assertThat(bomb.readError().code()).isEqualTo("too_large");
        assertThat(bomb.readErrorMessage()).contains("f.txt.gz").contains("500");
    }

    @Test
    void rejectsAFileLargerThanTheLimitWithoutReadingIt() throws IOException {
        Files.write(dir.resolve("big.txt"), new byte[2048]);
        FilingFile big = new InputDirectory(dir, 1024).read("big.txt");
        assertThat(big.isReadable()).isFalse();
        assertThat(big.readErrorMessage()).contains("big.txt").contains("2048 bytes");
    }

    @Test
    void namesAMissingInputDirectory() {
        InputDirectory missing = new InputDirectory(dir.resolve("nope"), 10);
        org.assertj.core.api.Assertions.assertThatThrownBy(missing::list)
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope");
    }
}
