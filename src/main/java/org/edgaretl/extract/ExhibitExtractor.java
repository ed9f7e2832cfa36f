package org.edgaretl.extract;

import java.util.List;

import org.edgaretl.domain.Exhibit;
import org.edgaretl.domain.Filing;
import org.edgaretl.sec.Submission;

/** Lists a filing's exhibits from its exhibit list (Item 7 / 9.01, exhibit index) and its attached EX- documents. */
public final class ExhibitExtractor {

    public List<Exhibit> extract(Submission submission, Filing filing) {
        return List.of();
    }
}
