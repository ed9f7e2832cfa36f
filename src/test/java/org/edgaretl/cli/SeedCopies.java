package org.edgaretl.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Many distinct filings for the process tests: the real seed 8-K with a numbered trailing line each. */
final class SeedCopies {

    private SeedCopies() {
    }

    /** Writes {@code copy-0000.txt} ... into the folder (created if missing) and returns it. */
    static Path write(Path dir, int count) throws Exception {
        byte[] seed = Files.readAllBytes(Path.of(SeedCopies.class
                .getResource("/corpus/seed/immunogen-1995-08-8k.txt").toURI()));
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            byte[] tail = ("\ncopy " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] copy = new byte[seed.length + tail.length];
            System.arraycopy(seed, 0, copy, 0, seed.length);
            System.arraycopy(tail, 0, copy, seed.length, tail.length);
            Files.write(dir.resolve(String.format("copy-%04d.txt", i)), copy);
        }
        return dir;
    }
}
