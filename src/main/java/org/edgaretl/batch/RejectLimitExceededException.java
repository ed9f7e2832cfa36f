package org.edgaretl.batch;

/** Fails the job when more files were rejected than {@code edgar.reject-limit} allows. */
public class RejectLimitExceededException extends RuntimeException {

    public RejectLimitExceededException(long rejected, long limit) {
        super(rejected + " files rejected, more than the limit of " + limit
                + " (edgar.reject-limit); see the rejects table for the reasons");
    }
}
