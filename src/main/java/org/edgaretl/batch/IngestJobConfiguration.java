package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.fetch.IdentityHints;
import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvOutputWriter;
import org.edgaretl.io.JdbcOutputWriter;
import org.edgaretl.metrics.RunMetrics;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.CompositeItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: a first step clears the part files of an earlier run; a partitioned step cuts the run's
 * sorted listing into contiguous ranges and runs each through a chunk-oriented worker step (reader, source
 * registry, pipeline, writer to the partition's CSV part files and the store), on local threads or in remote
 * workers; a merge step concatenates the parts, in range order, into the contract CSV files; a last step links
 * the financings rows that report one offering. A restart skips what completed and reruns only the unfinished
 * partitions, each from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EdgarProperties.class, ScaleProperties.class})
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestFilingsJob";
    /** The partitioned (manager) step; its worker step executions are named {@code ingestPartitionStep:partitionNNNN}. */
    public static final String STEP_NAME = "ingestFilingsStep";
    public static final String WORKER_STEP_NAME = "ingestPartitionStep";
    public static final String PREPARE_STEP_NAME = "preparePartsStep";
    public static final String MERGE_STEP_NAME = "mergePartsStep";
    public static final String LINK_STEP_NAME = "linkOfferingsStep";

    @Bean
    @StepScope
    public Partitioner filingsPartitioner(@Value("#{jobParameters['input']}") String input,
                                          @Value("#{jobParameters['output']}") String output,
                                          @Value("#{jobParameters['only']}") String only,
                                          @Value("#{jobParameters['partitions']}") Long partitions,
                                          @Value("#{stepExecution.jobExecution.jobInstance.id}") Long instance,
                                          EdgarProperties properties) throws IOException {
        return new FileRangePartitioner(new InputDirectory(Path.of(input), properties.maxFileBytes()),
                FilingFileReader.selection(only), PartFiles.runDirectory(Path.of(output), instance), partitions);
    }

    // destroyMethod "": the step closes its streams itself; a step-scope destruction callback would close them
    // under the running chunk when a stop releases the step context from another thread.
    @Bean(destroyMethod = "")
    @StepScope
    public FilingFileReader filingsReader(@Value("#{jobParameters['input']}") String input,
                                          @Value("#{jobParameters['only']}") String only,
                                          @Value("#{stepExecutionContext['partition.index']}") Integer index,
                                          @Value("#{stepExecutionContext['partition.from']}") Integer from,
                                          @Value("#{stepExecutionContext['partition.to']}") Integer to,
                                          @Value("#{stepExecutionContext['partition.total']}") Integer total,
                                          EdgarProperties properties) throws IOException {
        return new FilingFileReader("filingsReader", new InputDirectory(Path.of(input), properties.maxFileBytes()),
                FilingFileReader.selection(only), new FileRange(index, from, to, total));
    }

    @Bean
    @StepScope
    public SourceRegistry sourceRegistry(@Value("#{jobParameters['input']}") String input,
                                         @Value("#{jobParameters['reprocess']}") String reprocess, DataSource dataSource) {
        return new SourceRegistry(dataSource, Path.of(input), Boolean.parseBoolean(reprocess));
    }

    /** Step-scoped: it reads the index entries a fetch kept under this run's input, for the files' identity. */
    @Bean
    @StepScope
    public FilingProcessor filingsProcessor(@Value("#{jobParameters['input']}") String input,
                                            EdgarProperties properties) throws IOException {
        return new FilingProcessor(new FilingPipeline(properties.filingTimeout()), IdentityHints.load(Path.of(input)));
    }

    @Bean(destroyMethod = "")
    @StepScope
    public IngestOutputWriter filingsWriter(@Value("#{jobParameters['output']}") String output,
                                            @Value("#{stepExecutionContext['partition.index']}") Integer index,
                                            @Value("#{stepExecution.jobExecution.jobInstance.id}") Long instance,
                                            DataSource dataSource, EdgarProperties properties,
                                            SourceRegistry sourceRegistry) {
        CsvOutputWriter csv = new CsvOutputWriter("filingsWriter",
                PartFiles.runDirectory(Path.of(output), instance).resolve(FileRange.partitionName(index)),
                CellSanitizer.of(properties.csvFormulaGuard()));
        return new IngestOutputWriter(new JdbcOutputWriter(dataSource), csv, properties.rejectLimit(), sourceRegistry);
    }

    @Bean
    public ProgressListener progressListener(FilingFileReader filingsReader, EdgarProperties properties) {
        return new ProgressListener(filingsReader, System.console(), Duration.ofSeconds(properties.progressSeconds()));
    }

    /** One partition's work: a chunk-oriented step over its file range. */
    @Bean
    public Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    FilingFileReader filingsReader,
                                    ItemProcessor<FilingFile, ProcessedFile> filingsProcessor,
                                    IngestOutputWriter filingsWriter, EdgarProperties properties,
                                    SourceRegistry sourceRegistry, ProgressListener progressListener) {
        // Unchanged files leave at the registry (counted as filtered), before any parsing.
        CompositeItemProcessor<FilingFile, ProcessedFile> processor =
                new CompositeItemProcessor<>(List.of(sourceRegistry, filingsProcessor));
        return new StepBuilder(WORKER_STEP_NAME, jobRepository)
                .<FilingFile, ProcessedFile>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(filingsReader)
                .processor(processor)
                .writer(filingsWriter)
                .listener(new RestartContextSaver(jobRepository))
                .listener(progressListener)
                .build();
    }

    @Bean
    public ThreadPoolTaskExecutor partitionTaskExecutor(ScaleProperties scale) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(scale.threads());
        executor.setMaxPoolSize(scale.threads());
        executor.setThreadNamePrefix("partition-");
        return executor;
    }

    /** The local manager step: the partitions run on this process's threads. */
    @Bean
    @ConditionalOnProperty(name = "edgar.workers", havingValue = ScaleProperties.LOCAL, matchIfMissing = true)
    public Step ingestFilingsStep(JobRepository jobRepository, Partitioner filingsPartitioner,
                                  @Qualifier("ingestPartitionStep") Step ingestPartitionStep,
                                  @Qualifier("partitionTaskExecutor") TaskExecutor partitionTaskExecutor,
                                  ScaleProperties scale) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .partitioner(WORKER_STEP_NAME, filingsPartitioner)
                .step(ingestPartitionStep)
                .gridSize(scale.partitions())
                .taskExecutor(partitionTaskExecutor)
                .build();
    }

    @Bean
    public Step preparePartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(PREPARE_STEP_NAME, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
                    PartFiles.deleteOthers(Path.of(job.getJobParameters().getString(IngestLauncher.OUTPUT)),
                            job.getJobInstance().getId());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet partMerger(@Value("#{jobParameters['input']}") String input,
                              @Value("#{jobParameters['output']}") String output,
                              @Value("#{jobParameters['only']}") String only,
                              @Value("#{stepExecution.jobExecution.jobInstance.id}") Long instance,
                              FilingProcessor filingsProcessor, DataSource dataSource,
                              EdgarProperties properties) throws IOException {
        return new PartMerger(new InputDirectory(Path.of(input), properties.maxFileBytes()),
                FilingFileReader.selection(only), Path.of(output), PartFiles.runDirectory(Path.of(output), instance),
                filingsProcessor, dataSource,
                CellSanitizer.of(properties.csvFormulaGuard()), properties.chunkSize(), properties.rejectLimit());
    }

    @Bean
    public Step mergePartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               @Qualifier("partMerger") Tasklet partMerger) {
        return new StepBuilder(MERGE_STEP_NAME, jobRepository).tasklet(partMerger, transactionManager).build();
    }

    @Bean
    @StepScope
    public Tasklet offeringLinker(@Value("#{jobParameters['output']}") String output, DataSource dataSource) {
        return new OfferingLinker(Path.of(output), dataSource);
    }

    @Bean
    public Step linkOfferingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  @Qualifier("offeringLinker") Tasklet offeringLinker) {
        return new StepBuilder(LINK_STEP_NAME, jobRepository).tasklet(offeringLinker, transactionManager).build();
    }

    @Bean
    public Job ingestFilingsJob(JobRepository jobRepository, @Qualifier("preparePartsStep") Step preparePartsStep,
                                @Qualifier("ingestFilingsStep") Step ingestFilingsStep,
                                @Qualifier("mergePartsStep") Step mergePartsStep,
                                @Qualifier("linkOfferingsStep") Step linkOfferingsStep,
                                RunningExecutions runningExecutions, RunManifestListener runManifest,
                                ObjectProvider<RunMetrics> runMetrics) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
        // afterJob runs in reverse order: the metrics, registered first, see the status the others settled on
        runMetrics.ifAvailable(job::listener);
        return job
                .start(preparePartsStep)
                .next(ingestFilingsStep)
                .next(mergePartsStep)
                .next(linkOfferingsStep)
                .listener(runningExecutions)
                .listener(new SummaryListener())
                .listener(runManifest)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        if (execution.getStatus() == BatchStatus.COMPLETED) {
                            deleteParts(execution);
                        }
                    }
                })
                .build();
    }

    private static void deleteParts(JobExecution execution) {
        try {
            PartFiles.deleteAll(Path.of(execution.getJobParameters().getString(IngestLauncher.OUTPUT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the merged partition files: " + e.getMessage(), e);
        }
    }
}
