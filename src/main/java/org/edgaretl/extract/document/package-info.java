/**
 * The per-document index built once per filing and shared by every extractor: the primary text's lines, its
 * 8-K item sections with their line spans (item headings are recognized here and nowhere else, in
 * {@code ItemHeadings}, with the item catalog of both numberings), and its exhibit list; and the one reader
 * of dates in filing text ({@link org.edgaretl.extract.document.DateText}).
 */
package org.edgaretl.extract.document;

