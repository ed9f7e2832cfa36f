package org.edgaretl.extract.events;

import java.util.Locale;
import java.util.regex.Pattern;

import org.edgaretl.domain.Filing;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/** Tells an 8-K (or 8-K/A) from the other forms, whose "Item 1. Business" headings are not 8-K items. */
final class CurrentReport {

    private static final Pattern COVER_FORM = Pattern.compile("(?i)\\bFORM\\s{1,5}8-K\\b");
    private static final int COVER_CHARS = 4000;

    private CurrentReport() {
    }

    static boolean is(Submission submission, DocumentIndex index, Filing filing) {
        String form = submission.header().first("CONFORMED SUBMISSION TYPE")
                .or(() -> submission.primaryDocument().map(SubmissionDocument::type).filter(t -> !t.isBlank()))
                .orElse(filing == null ? null : filing.formType());
        if (form != null && !form.isBlank()) {
            return form.strip().toUpperCase(Locale.ROOT).startsWith("8-K");
        }
        return coverSays8K(index.text());
    }

    private static boolean coverSays8K(String text) {
        return COVER_FORM.matcher(text.length() > COVER_CHARS ? text.substring(0, COVER_CHARS) : text).find();
    }
}
