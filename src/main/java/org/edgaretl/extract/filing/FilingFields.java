package org.edgaretl.extract.filing;

import java.util.List;

import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;

/** The filing row and the disagreements between its sources met while choosing its values. */
public record FilingFields(Filing filing, List<FieldWarning> warnings) {

    public FilingFields {
        warnings = List.copyOf(warnings);
    }
}
