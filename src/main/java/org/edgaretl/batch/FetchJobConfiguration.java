package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.edgaretl.fetch.Download;
import org.edgaretl.fetch.EdgarClient;
import org.edgaretl.fetch.FetchSummary;
import org.edgaretl.fetch.Mirror;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The fetch job, the first step of a night: {@code fetchIndexStep} brings each day's index that is not on
 * disk yet (a day without one, a weekend or a holiday, stays without); {@code fetchFilingsStep} reads the
 * files the kept indexes list after the filters, leaves out those already on disk (counted as filtered),
 * and downloads the others a chunk at a time. The files on disk are the state, so a restart, or the same
 * request after a completed run, downloads only what is missing. At the end {@code fetch-summary.json} is
 * written into the destination.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FetchProperties.class)
public class FetchJobConfiguration {

    public static final String JOB_NAME = "fetchFilingsJob";
    public static final String INDEX_STEP_NAME = "fetchIndexStep";
    public static final String STEP_NAME = "fetchFilingsStep";
    private static final String PARAMETERS = "#{stepExecution.jobExecution.jobParameters}";

    /** One client per process: its rate limiter spans both steps. Lazy, so commands that do not fetch never build it. */
    @Bean
    @Lazy
    public EdgarClient edgarClient(FetchProperties properties) {
        return new EdgarClient(properties.settings());
    }

    @Bean
    @StepScope
    public Tasklet indexFetcher(EdgarClient edgarClient, @Value(PARAMETERS) JobParameters parameters) {
        Mirror mirror = new Mirror(FetchLauncher.request(parameters));
        return (contribution, chunkContext) -> {
            mirror.fetchIndexes(edgarClient);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step fetchIndexStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               @Qualifier("indexFetcher") Tasklet indexFetcher) {
        return new StepBuilder(INDEX_STEP_NAME, jobRepository).tasklet(indexFetcher, transactionManager).build();
    }

    @Bean(destroyMethod = "")
    @StepScope
    public DownloadReader downloadsReader(@Value(PARAMETERS) JobParameters parameters) {
        return new DownloadReader("downloadsReader", new Mirror(FetchLauncher.request(parameters)));
    }

    /** What is on disk is complete: it leaves here, counted as filtered. */
    @Bean
    @StepScope
    public MissingDownloads missingDownloads(@Value(PARAMETERS) JobParameters parameters) {
        return new MissingDownloads(new Mirror(FetchLauncher.request(parameters)));
    }

    /** Leaves out a download whose file is on disk: files take their names only when complete. */
    public static class MissingDownloads implements ItemProcessor<Download, Download> {

        private final Mirror mirror;

        MissingDownloads(Mirror mirror) {
            this.mirror = mirror;
        }

        @Override
        public Download process(Download download) {
            return mirror.has(download) ? null : download;
        }
    }

    @Bean(destroyMethod = "")
    @StepScope
    public DownloadWriter downloadsWriter(EdgarClient edgarClient, @Value(PARAMETERS) JobParameters parameters) {
        return new DownloadWriter(edgarClient, new Mirror(FetchLauncher.request(parameters)));
    }

    @Bean
    public Step fetchFilingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 DownloadReader downloadsReader, DownloadWriter downloadsWriter,
                                 MissingDownloads missingDownloads,
                                 FetchProperties properties) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<Download, Download>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(downloadsReader)
                .processor(missingDownloads)
                .writer(downloadsWriter)
                .build();
    }

    @Bean
    public Job fetchFilingsJob(JobRepository jobRepository, @Qualifier(INDEX_STEP_NAME) Step fetchIndexStep,
                               @Qualifier(STEP_NAME) Step fetchFilingsStep, RunningExecutions runningExecutions,
                               ObjectProvider<EdgarClient> edgarClient) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(fetchIndexStep)
                .next(fetchFilingsStep)
                .listener(runningExecutions)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        writeSummary(execution, edgarClient.getIfAvailable());
                    }
                })
                .build();
    }

    /** What the execution left on disk and did, as {@code fetch-summary.json} in the destination and printed. */
    public static FetchSummary summary(JobExecution execution, EdgarClient client) {
        Mirror mirror = new Mirror(FetchLauncher.request(execution.getJobParameters()));
        long downloaded = 0;
        long bytes = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals(STEP_NAME)) {
                downloaded += step.getWriteCount();
                bytes += step.getExecutionContext().getLong(DownloadWriter.BYTES, 0L);
            }
        }
        return FetchSummary.of(mirror, execution.getId(), execution.getStatus().toString(), downloaded, bytes,
                client == null ? 0 : client.requests(), client == null ? 0 : client.retries(), failure(execution));
    }

    private static void writeSummary(JobExecution execution, EdgarClient client) {
        Mirror mirror = new Mirror(FetchLauncher.request(execution.getJobParameters()));
        try {
            if (execution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
                mirror.sweepTemporaries();
            }
            summary(execution, client).writeJson(mirror.request().dest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FetchSummary.FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    /** The first failure's innermost message (a FetchException names the URL), on one line. */
    static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .or(() -> execution.getStepExecutions().stream().flatMap(s -> s.getFailureExceptions().stream()).findFirst())
                .map(e -> {
                    Throwable root = e;
                    while (root.getCause() != null && root.getCause() != root
                            && !(root instanceof org.edgaretl.fetch.FetchException)) {
                        root = root.getCause();
                    }
                    return String.valueOf(root.getMessage()).replaceAll("\\s+", " ").strip();
                })
                .orElse(null);
    }
}
