package org.edgaretl.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputArchiveTest {

    private static final String SEED = "seed/immunogen-1995-08-8k.txt";
    private static final String MODERN = "modern/0001493152-25-001317.nc";
    private static final String OLD = "1990s/0000950144-94-000177.txt";

    @TempDir
    Path dir;

    @Test
    void aDailyFeedTarGzYieldsOneItemPerFilingEntryInArchiveOrder() throws Exception {
        Archives.tar(dir.resolve("20250102.nc.tar.gz"), true)
                .addCorpus("0001493152-25-001317.nc", MODERN)
                .addCorpus("a/0000950144-94-000177.txt", OLD)
                .add("index.idx", new byte[] {1, 2})
                .directory("a/b")
                .close();
        Files.write(dir.resolve("plain.txt"), Archives.corpus(SEED));

        InputDirectory input = new InputDirectory(dir, 1 << 22);
        assertThat(input.list()).containsExactly(
                "20250102.nc.tar.gz!0001493152-25-001317.nc",
                "20250102.nc.tar.gz!a/0000950144-94-000177.txt",
                "plain.txt");
        List<FilingFile> read = readAll(input);
        assertThat(read).allMatch(FilingFile::isReadable);
        assertThat(read.get(0).bytes()).isEqualTo(Archives.corpus(MODERN));
        assertThat(read.get(1).bytes()).isEqualTo(Archives.corpus(OLD));
        assertThat(read.get(1).sourceName()).isEqualTo("20250102.nc.tar.gz!a/0000950144-94-000177.txt");
    }

    @Test
    void anArchiveCanBeTheWholeInput() throws Exception {
        Path feed = dir.resolve("20250102.nc.tar.gz");
        Archives.tar(feed, true).addCorpus("x.nc", MODERN).close();
        InputDirectory input = new InputDirectory(feed, 1 << 22);
        assertThat(input.list()).containsExactly("20250102.nc.tar.gz!x.nc");
        assertThat(readAll(input).get(0).bytes()).isEqualTo(Archives.corpus(MODERN));
    }

    @Test
    void entriesThatCouldReachOutsideTheRunAreRejectedUnread() throws Exception {
        Archives.tar(dir.resolve("evil.tar"), false)
                .addCorpus("../escape.txt", SEED)
                .addCorpus("/etc/absolute.txt", SEED)
                .addCorpus("ok/../../deep.txt", SEED)
                .symlink("link.txt", "/etc/passwd")
                .hardlink("hard.txt", "/etc/shadow")
                .addCorpus("good.txt", SEED)
                .close();

        InputDirectory input = new InputDirectory(dir, 1 << 22);
        List<FilingFile> read = readAll(input);
        assertThat(read).extracting(f -> f.sourceName() + " " + f.readError()).containsExactly(
                "evil.tar!../escape.txt unsafe_entry",
                "evil.tar!/etc/absolute.txt unsafe_entry",
                "evil.tar!ok/../../deep.txt unsafe_entry",
                "evil.tar!link.txt unsafe_entry",
                "evil.tar!hard.txt unsafe_entry",
                "evil.tar!good.txt null");
        assertThat(read.get(3).readErrorMessage()).contains("symbolic link");
        assertThat(read.get(4).readErrorMessage()).contains("hard link");
        assertThat(read.get(5).bytes()).isEqualTo(Archives.corpus(SEED));
    }

    @Test
    void zipEntriesAreReadAndZipSymlinksRefused() throws Exception {
        Archives.zip(dir.resolve("bundle.zip"))
                .addCorpus("one.txt", SEED)
                .symlink("two.txt", "../../outside.txt")
                .addCorpus("sub/three.nc", MODERN)
                .close();
        List<FilingFile> read = readAll(new InputDirectory(dir, 1 << 22));
        assertThat(read).extracting(f -> f.sourceName() + " " + f.readError()).containsExactly(
                "bundle.zip!one.txt null", "bundle.zip!two.txt unsafe_entry", "bundle.zip!sub/three.nc null");
        assertThat(read.get(2).bytes()).isEqualTo(Archives.corpus(MODERN));
    }

    @Test
    void entriesBeyondTheSizeLimitAreTooLargeAndTheNextEntryIsStillRead() throws Exception {
        byte[] seed = Archives.corpus(SEED);
        Archives.tar(dir.resolve("b.tgz"), true)
                .add("huge.txt", new byte[seed.length * 2])
                .addCorpus("fine.txt", SEED)
                .close();
        List<FilingFile> read = readAll(new InputDirectory(dir, seed.length));
        assertThat(read.get(0).readError().code()).isEqualTo("too_large");
        assertThat(read.get(0).readErrorMessage()).contains("b.tgz!huge.txt");
        assertThat(read.get(1).bytes()).isEqualTo(seed);
    }

    @Test
    void anyItemCanBeReadAloneAsARestartWould() throws Exception {
        Archives.tar(dir.resolve("f.tar.gz"), true)
                .addCorpus("1.txt", SEED).addCorpus("2.txt", OLD).addCorpus("3.nc", MODERN).close();
        InputDirectory input = new InputDirectory(dir, 1 << 22);
        List<InputItem> items = input.items();
        try (InputCursor cursor = input.cursor()) {
            assertThat(cursor.read(items.get(2)).bytes()).isEqualTo(Archives.corpus(MODERN));
            assertThat(cursor.read(items.get(1)).bytes()).isEqualTo(Archives.corpus(OLD));
            assertThat(cursor.read(items.get(2)).bytes()).isEqualTo(Archives.corpus(MODERN));
        }
    }

    @Test
    void aCorruptArchiveIsOneReject() throws Exception {
        Files.write(dir.resolve("broken.tar.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        List<FilingFile> read = readAll(new InputDirectory(dir, 1 << 22));
        assertThat(read).extracting(f -> f.readError().code()).containsExactly("unreadable_archive");
    }

    private static List<FilingFile> readAll(InputDirectory input) throws Exception {
        List<FilingFile> out = new ArrayList<>();
        try (InputCursor cursor = input.cursor()) {
            for (InputItem item : input.items()) {
                out.add(cursor.read(item));
            }
        }
        return out;
    }
}
