package org.edgaretl.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings of the ingest job ({@code edgar.*} properties).
 *
 * @param chunkSize         filings per chunk (one transaction, one restart point)
 * @param rejectLimit       rejected files tolerated in one run before the job fails; negative for no limit
 * @param maxFileBytes      files (or decompressed {@code .gz}) larger than this are rejected as {@code too_large}
 * @param csvFormulaGuard   prefix cells that start with {@code = + - @} with a quote so spreadsheets do not run them
 * @param progressSeconds   seconds between progress log lines when not on a terminal
 * @param filingTimeout     the most time one file may take to parse, extract and validate; over it the file is
 *                          rejected as {@code timeout} and the run goes on
 */
@ConfigurationProperties("edgar")
public record EdgarProperties(Integer chunkSize, Long rejectLimit, Long maxFileBytes, Boolean csvFormulaGuard,
                              Integer progressSeconds, Duration filingTimeout) {

    public EdgarProperties {
        chunkSize = chunkSize == null ? 20 : chunkSize;
        rejectLimit = rejectLimit == null ? 1000L : rejectLimit;
        maxFileBytes = maxFileBytes == null ? 64L * 1024 * 1024 : maxFileBytes;
        csvFormulaGuard = csvFormulaGuard == null || csvFormulaGuard;
        progressSeconds = progressSeconds == null ? 30 : progressSeconds;
        filingTimeout = filingTimeout == null ? Duration.ofSeconds(30) : filingTimeout;
        if (chunkSize < 1) {
            throw new IllegalArgumentException("edgar.chunk-size must be at least 1");
        }
        if (filingTimeout.isNegative() || filingTimeout.isZero()) {
            throw new IllegalArgumentException("edgar.filing-timeout must be positive");
        }
    }

    /** Every setting at its default, as when no {@code edgar.*} property is given. */
    public static EdgarProperties defaults() {
        return new EdgarProperties(null, null, null, null, null, null);
    }
}
