package org.edgaretl.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.edgaretl.batch.FetchJobConfiguration;
import org.edgaretl.batch.FetchLauncher;
import org.edgaretl.fetch.EdgarClient;
import org.edgaretl.fetch.FetchRequest;
import org.edgaretl.fetch.FetchSettings;
import org.edgaretl.fetch.FetchSummary;
import org.edgaretl.fetch.UserAgent;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fetch}: brings a night's filings (or its feed archive) from EDGAR into EDGAR's layout under a directory. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download the filings EDGAR's index lists for a day (or days), or the day's feed archive, into"
                + " DEST/edgar/data/CIK/ACCESSION.txt, keeping the index beside them.",
                "Under EDGAR's fair-access rules: a User-Agent with a contact e-mail, at most 10 requests per second,"
                + " retries that honour Retry-After. Run again, it downloads only what is missing."})
public final class FetchCommand implements Callable<Integer> {

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day (the first day with --to)")
    LocalDate date;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last day (default: --date)")
    LocalDate to;

    @Option(names = "--forms", paramLabel = "FORM,...", split = ",", defaultValue = "8-K,8-K/A",
            description = "form types to keep, or 'all' (default: ${DEFAULT-VALUE})")
    List<String> forms;

    @Option(names = "--cik", paramLabel = "N,...", split = ",", description = "only these filers' CIKs (default: every filer)")
    List<String> ciks;

    @Option(names = "--dest", paramLabel = "DIR", description = "where the files go (default: input/YYYY-MM-DD of --date)")
    Path dest;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://www.sec.gov",
            description = "EDGAR, or a mirror standing in for it (default: ${DEFAULT-VALUE})")
    URI baseUrl;

    @Option(names = "--user-agent", paramLabel = "\"ORG EMAIL\"",
            description = "who is asking, with a contact e-mail, as EDGAR requires (default: $" + UserAgent.ENVIRONMENT + ")")
    String userAgent;

    @Option(names = "--feed", description = "download the day's feed archive (every form) instead of the filings one by one")
    boolean feed;

    @Option(names = "--quarterly", description = "read the quarter's full-index instead of each day's daily-index (backfills)")
    boolean quarterly;

    @Option(names = "--rate", paramLabel = "N",
            description = "the most requests EDGAR may see in any second (default: edgar.fetch.rate, 5; at most 10"
                    + " against sec.gov)")
    Integer rate;

    @picocli.CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws Exception {
        String agent = userAgent != null ? userAgent : System.getenv(UserAgent.ENVIRONMENT);
        String problem = UserAgent.problem(agent);
        if (problem != null) {
            System.err.println("edgar-etl: cannot fetch: " + problem);
            return ExitCodes.CANNOT_START;
        }
        FetchRequest request;
        try {
            boolean all = forms.size() == 1 && forms.get(0).equalsIgnoreCase("all");
            request = new FetchRequest(date, to, all ? List.of() : forms, ciks == null ? null : new HashSet<>(ciks),
                    dest != null ? dest : Path.of("input", date.toString()), feed, quarterly);
            if (rate != null) {
                FetchSettings.of(baseUrl, new UserAgent(agent)).withRate(rate);
            } else {
                FetchSettings.of(baseUrl, new UserAgent(agent));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("edgar-etl: " + e.getMessage() + " (see --help)");
            return ExitCodes.USAGE;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("edgar.fetch.base-url", baseUrl.toString());
        properties.put("edgar.fetch.user-agent", agent.strip());
        if (rate != null) {
            properties.put("edgar.fetch.rate", rate);
        }
        try (JobSession session = JobSession.open(request.dest(), database, properties)) {
            JobExecution execution = session.bean(FetchLauncher.class).fetch(request);
            FetchSummary summary = FetchJobConfiguration.summary(execution, session.bean(EdgarClient.class));
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                System.out.println("  summary: " + request.dest().resolve(FetchSummary.FILE_NAME));
            }
            // the outcome last on stdout, as ingest does
            summary.lines().forEach(System.out::println);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.err.println("edgar-etl: the fetch " + execution.getStatus() + ": " + summary.failure()
                        + " (run the same command again to resume)");
                return ExitCodes.JOB_FAILED;
            }
            return ExitCodes.OK;
        }
    }
}
