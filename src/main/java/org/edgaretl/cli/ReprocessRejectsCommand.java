package org.edgaretl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.edgaretl.batch.IngestLauncher;
import org.edgaretl.batch.IngestRequest;
import org.edgaretl.input.InputDirectory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reprocess-rejects}: runs again only the files of the input that the rejects table names, for example
 * after a parser fix. A file that now succeeds leaves the table (its rows replace nothing, they are upserts);
 * one that fails again stays with its new reason. The run writes its CSV files to its own output directory.
 * The list of files is saved beside them, so an interrupted reprocessing resumes over the same list.
 */
@Command(name = "reprocess-rejects", mixinStandardHelpOptions = true,
        description = "Run again only the input files listed in the rejects table (e.g. after a parser fix).")
public final class ReprocessRejectsCommand implements Callable<Integer> {

    static final String LIST_FILE = "reprocess-rejects.list";

    @Option(names = "--input", paramLabel = "DIR|ARCHIVE", defaultValue = "input",
            description = "the input the rejected files were read from (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output/reprocess-rejects",
            description = "directory for this run's CSV files (default: ${DEFAULT-VALUE})")
    Path output;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @picocli.CommandLine.Mixin
    ScaleOptions scale = new ScaleOptions();

    @Override
    public Integer call() throws Exception {
        if (JobSession.inputMissing(input)) {
            return ExitCodes.CANNOT_START;
        }
        try (JobSession session = JobSession.open(output, database, scale.springProperties())) {
            JdbcTemplate jdbc = session.bean(JdbcTemplate.class);
            IngestLauncher launcher = session.bean(IngestLauncher.class);
            Path list = output.resolve(LIST_FILE);
            IngestRequest request = new IngestRequest(input, output, false, null, true, list);
            if (!launcher.hasUnfinished(request)) {
                Set<String> rejected = new TreeSet<>(jdbc.queryForList("SELECT source_file FROM rejects", String.class));
                Set<String> present = new TreeSet<>(new InputDirectory(input, Long.MAX_VALUE).list());
                present.retainAll(rejected);
                System.out.println(rejected.size() + " file(s) in the rejects table, " + present.size() + " of them under "
                        + input.toAbsolutePath());
                if (present.isEmpty()) {
                    return ExitCodes.OK;
                }
                Files.write(list, List.copyOf(present));
            }
            JobExecution execution = launcher.launch(request).execution();
            Integer left = jdbc.queryForObject("SELECT COUNT(*) FROM rejects", Integer.class);
            System.out.println(left + " file(s) left in the rejects table");
            return JobReport.report(execution);
        }
    }
}
