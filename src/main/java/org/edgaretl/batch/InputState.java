package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cheap fingerprint of an input (every regular file's relative path, size and modification time), so that
 * rerunning a completed ingest over an unchanged input can say so instead of starting a run that would skip
 * every file and rewrite the outputs empty.
 */
final class InputState {

    private InputState() {
    }

    static String of(Path input) {
        Path root = input.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String line = root.relativize(file) + "\t" + attributes.size() + "\t"
                        + attributes.lastModifiedTime().toMillis() + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return files.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input " + root + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
