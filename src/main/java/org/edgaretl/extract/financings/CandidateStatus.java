package org.edgaretl.extract.financings;

/**
 * How far the sentence that names a sum says the transaction has gone. Of the sentences that describe one
 * transaction, the one furthest along gives the row its amount and evidence (a closing beats a pricing,
 * which beats an announcement).
 */
enum CandidateStatus {
    /** Named with a word of raising or borrowing ("offering", "commitments"), but not said to be done. */
    MENTIONED,
    /** Sold, issued, priced, entered into, borrowed, arranged, obtained, raised or placed. */
    AGREED,
    /** Closed, completed, consummated, or issued and sold; an underwriting term sheet's securities too. */
    CLOSED;

    boolean isFurtherThan(CandidateStatus other) {
        return compareTo(other) > 0;
    }
}
