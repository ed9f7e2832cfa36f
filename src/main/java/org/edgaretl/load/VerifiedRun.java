package org.edgaretl.load;

import java.nio.file.Path;

import org.edgaretl.io.RunManifest;

/** A run directory whose files matched its manifest; {@code manifestSha256} identifies the run in the warehouse. */
public record VerifiedRun(Path directory, RunManifest manifest, String manifestSha256) {
}
