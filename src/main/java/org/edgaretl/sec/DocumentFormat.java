package org.edgaretl.sec;

/** How a document's body is encoded, which decides whether it has text to extract. */
public enum DocumentFormat {
    TEXT, HTML, XML, BINARY;

    public boolean hasText() {
        return this == TEXT || this == HTML;
    }
}
