/**
 * Extraction: {@link org.edgaretl.extract.FilingPipeline} takes one filing file's bytes through parsing, every
 * extractor and validation, and returns its rows or its reject. The primary document is indexed once
 * ({@code document}) and handed to one extractor per entity, each in its own package with package-private
 * internals: {@code filing} (the filing row), {@code events} (8-K items), {@code exhibits}, {@code financings}.
 */
package org.edgaretl.extract;

