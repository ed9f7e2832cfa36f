package org.edgaretl.fetch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one fetch asks for: the days, which index entries to keep, where the files go, and whether to take
 * each day's feed archive instead of the filings one by one.
 *
 * @param from      the first day
 * @param to        the last day (the same as {@code from} for one night)
 * @param forms     form types to keep ({@code 8-K}, {@code 8-K/A}), upper case; empty for every form
 * @param ciks      filer CIKs to keep, without leading zeros; empty for every filer
 * @param dest      the destination directory, holding EDGAR's layout under {@code edgar/}
 * @param feed      take the day's {@code .nc.tar.gz} feed archive (every form) instead of the filings
 * @param quarterly read the quarter's {@code full-index/} master index (one request per quarter) instead
 *                  of each day's {@code daily-index/}
 */
public record FetchRequest(LocalDate from, LocalDate to, List<String> forms, Set<String> ciks, Path dest,
                           boolean feed, boolean quarterly) {

    public static final List<String> DEFAULT_FORMS = List.of("8-K", "8-K/A");
    /** More days than this in one fetch is a backfill: do it a quarter at a time. */
    public static final int MAX_DAYS = 400;

    public FetchRequest {
        Objects.requireNonNull(from, "from");
        to = to == null ? from : to;
        Objects.requireNonNull(dest, "dest");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --date " + from);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days in one fetch: " + from + " to " + to);
        }
        forms = forms == null ? List.of() : forms.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        TreeSet<String> normalized = new TreeSet<>();
        for (String cik : ciks == null ? Set.<String>of() : ciks) {
            if (!cik.strip().matches("\\d{1,10}")) {
                throw new IllegalArgumentException("a CIK is 1 to 10 digits: " + cik);
            }
            normalized.add(Long.toString(Long.parseLong(cik.strip())));
        }
        ciks = Set.copyOf(normalized);
        dest = dest.toAbsolutePath().normalize();
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Whether the entry passes the filters (form and CIK); a feed takes every entry. */
    public boolean keeps(IndexEntry entry) {
        if (feed) {
            return true;
        }
        return (forms.isEmpty() || forms.contains(entry.formType().toUpperCase(Locale.ROOT)))
                && (ciks.isEmpty() || ciks.contains(entry.cik()));
    }

    /** The filters as one line: {@code forms 8-K,8-K/A}, {@code every form, CIK 320193}. */
    public String filters() {
        if (feed) {
            return "the day's feed archive";
        }
        String f = forms.isEmpty() ? "every form" : "forms " + String.join(",", forms);
        return ciks.isEmpty() ? f : f + ", CIK " + String.join(",", new TreeSet<>(ciks));
    }
}
