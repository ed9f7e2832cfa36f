/**
 * EDGAR as a source, Spring-free: the daily and quarterly master indexes, EDGAR's URL layout mirrored
 * under a destination directory, downloads written to a temporary name, checked and renamed so a reader
 * never sees a partial file, and the fair-access rules (a declared User-Agent, a request rate cap,
 * bounded retries that honour {@code Retry-After}). The files on disk are the state: a run resumes by
 * looking at what is there.
 */
package org.edgaretl.fetch;
