package org.edgaretl.validate;

/** A rule that an extracted filing breaks: the rule's name becomes the reject reason code. */
public record Violation(String rule, String message) {
}
