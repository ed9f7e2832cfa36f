package org.edgaretl.sec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A filing file read into its parts: the SEC header (empty for document-only files), its documents in
 * filing order, and the imperfections met while reading (parse warnings are data, not exceptions).
 */
public record Submission(String sourceName, SourceFormat format, SecHeader header,
                         List<SubmissionDocument> documents, List<String> parseWarnings) {

    public Submission {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(header, "header");
        documents = List.copyOf(documents);
        parseWarnings = List.copyOf(parseWarnings);
    }

    /**
     * The main document: the first whose type is the submission's form type, else the first document
     * with text. For document-only files it is the only document.
     */
    public Optional<SubmissionDocument> primaryDocument() {
        Optional<String> formType = header.first("CONFORMED SUBMISSION TYPE");
        if (formType.isPresent()) {
            String form = formType.get().toUpperCase();
            Optional<SubmissionDocument> same = documents.stream().filter(d -> d.type().equals(form)).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return documents.stream().filter(d -> d.format().hasText() && !d.isExhibit()).findFirst()
                .or(() -> documents.stream().filter(d -> d.format().hasText()).findFirst());
    }

    public List<SubmissionDocument> exhibits() {
        return documents.stream().filter(SubmissionDocument::isExhibit).toList();
    }
}
