package org.edgaretl.validate;

import org.edgaretl.domain.RejectReason;
/** A rule that an extracted filing breaks: its reason becomes the reject's. */
public record Violation(RejectReason reason, String message) {
}
