package org.edgaretl.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a fetch left on disk and what it did, as an operator (or {@code nightly.sh}) reads it: the days
 * EDGAR published and those it did not, the files the index lists after the filters and how many of them
 * are on disk, and this execution's downloads, requests and retries.
 *
 * @param listed     files the kept indexes list after the filters (filings, or one feed archive per day)
 * @param present    of those, the files on disk, complete
 * @param downloaded files this execution brought (over its restarts)
 */
public record FetchSummary(long executionId, String status, LocalDate from, LocalDate to, String filters,
                           List<LocalDate> published, List<LocalDate> unpublished, long listed, long present,
                           long downloaded, long bytes, long requests, long retries, String failure) {

    public static final String FILE_NAME = "fetch-summary.json";

    /** What the mirror holds now for its request. */
    public static FetchSummary of(Mirror mirror, long executionId, String status, long downloaded, long bytes,
                                  long requests, long retries, String failure) {
        FetchRequest request = mirror.request();
        List<LocalDate> published = mirror.publishedDays();
        List<LocalDate> unpublished = new ArrayList<>(request.days());
        unpublished.removeAll(published);
        List<Download> downloads = mirror.downloads();
        long present = downloads.stream().filter(mirror::has).count();
        return new FetchSummary(executionId, status, request.from(), request.to(), request.filters(), published,
                unpublished, downloads.size(), present, downloaded, bytes, requests, retries, failure);
    }

    /** No day of the request had an index: EDGAR published nothing then. */
    public boolean nothingPublished() {
        return published.isEmpty() && "COMPLETED".equals(status);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (LocalDate day : "COMPLETED".equals(status) ? unpublished : List.<LocalDate>of()) {
            lines.add("no filings published for " + day + " (EDGAR has no index for it)");
        }
        if (!published.isEmpty() || !"COMPLETED".equals(status)) {
            String days = from.equals(to) ? from.toString() : from + " to " + to;
            lines.add(String.format("fetch execution %d %s: %s, %s: %d listed, %d on disk (%d downloaded now, %.1f MB),"
                            + " %d requests, %d retries", executionId, status, days, filters, listed, present, downloaded,
                    bytes / 1e6, requests, retries));
        }
        return lines;
    }

    /** Writes {@value #FILE_NAME} into the destination, replacing it atomically. */
    public void writeJson(Path dest) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_execution_id", executionId);
        json.put("status", status);
        json.put("from", from.toString());
        json.put("to", to.toString());
        json.put("filters", filters);
        json.put("days_published", published.size());
        json.put("days_without_index", unpublished.stream().map(LocalDate::toString).toList());
        json.put("listed", listed);
        json.put("on_disk", present);
        json.put("downloaded", downloaded);
        json.put("bytes_downloaded", bytes);
        json.put("requests", requests);
        json.put("retries", retries);
        if (failure != null && !failure.isBlank()) {
            json.put("failure", failure);
        }
        Files.createDirectories(dest);
        Path tmp = dest.resolve(FILE_NAME + ".tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), json);
        Files.move(tmp, dest.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
