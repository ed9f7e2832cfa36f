package org.edgaretl.validate;

import org.edgaretl.domain.RejectReason;
import java.util.Optional;
import java.util.function.Function;

import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.sec.Submission;

/** One validation rule as data: the reject reason it stands for and a check that returns a message when the filing breaks it. */
public record Rule(RejectReason reason, Function<Checked, Optional<String>> check) {

    /** What a rule looks at: the parsed submission and what was extracted from it. */
    public record Checked(Submission submission, ExtractedFiling extracted) {
    }

    public Optional<Violation> apply(Checked checked) {
        return check.apply(checked).map(message -> new Violation(reason, message));
    }
}
