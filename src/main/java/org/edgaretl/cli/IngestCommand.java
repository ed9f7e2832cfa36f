package org.edgaretl.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.edgaretl.batch.IngestLauncher;
import org.edgaretl.batch.IngestRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ingest}: runs (or resumes) the ingest job over an input directory or archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest every filing file under the input (a directory, or an archive such as an EDGAR daily feed)"
                + " into CSV files and the store.",
                "Files already processed with the same bytes are skipped (see --reprocess); the CSV files of a run hold"
                + " the rows of the files that run processed."})
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR|ARCHIVE",
            description = "directory of filing files and archives, or one archive such as 20250102.nc.tar.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "input")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "directory for the CSV files (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path output;

    @picocli.CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--fresh", description = "abandon an unfinished run of this input and output and start over")
    boolean fresh;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "the night this run stands for: the same night again resumes its unfinished run or reports it complete")
    LocalDate runDate;

    @Option(names = "--reprocess", description = "process every file, even those the registry holds with the same bytes")
    boolean reprocess;

    @picocli.CommandLine.Mixin
    ScaleOptions scale = new ScaleOptions();

    @Override
    public Integer call() throws Exception {
        var scaleProperties = scale.springProperties();
        if (JobSession.inputMissing(input)) {
            return ExitCodes.CANNOT_START;
        }
        try (JobSession session = JobSession.open(output, database, scaleProperties)) {
            IngestRequest request = new IngestRequest(input, output, fresh,
                    runDate == null ? null : runDate.toString(), reprocess, null);
            IngestLauncher.Launch launch = session.bean(IngestLauncher.class).launch(request);
            if (launch.alreadyComplete()) {
                String what = runDate != null ? "ingest for " + runDate : "ingest of an unchanged " + input;
                System.out.println(what + " already COMPLETED (execution " + launch.execution().getId()
                        + ", ended " + launch.execution().getEndTime()
                        + "); outputs left as they are (--reprocess to redo it)");
                return ExitCodes.OK;
            }
            return JobReport.report(launch.execution());
        }
    }
}
