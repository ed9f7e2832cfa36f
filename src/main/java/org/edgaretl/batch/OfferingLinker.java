package org.edgaretl.batch;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.edgaretl.io.RunOfferings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The step after the merge: links the financings rows of the whole run that report one offering
 * ({@link RunOfferings}) in the contract CSV file and in the store, where each row was written with its own
 * key. Runs after the merge because only then are all of the run's rows in one place; rerunnable, since the
 * keys are computed from the rows, not from what an earlier attempt wrote.
 */
public final class OfferingLinker implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OfferingLinker.class);

    private final Path output;
    private final JdbcTemplate store;

    public OfferingLinker(Path output, DataSource dataSource) {
        this.output = output;
        this.store = new JdbcTemplate(dataSource);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<RunOfferings.Link> links = RunOfferings.link(output);
        // In the step's transaction: a failure leaves the store as it was, and the rerun links it again.
        store.batchUpdate("UPDATE financings SET offering_key = ? WHERE filing_id = ? AND seq = ?",
                links.stream().map(l -> new Object[] {l.offeringKey(), l.filingId(), l.seq()}).toList());
        log.info("{} financings rows take the key of an offering another row reported first", links.size());
        return RepeatStatus.FINISHED;
    }
}
