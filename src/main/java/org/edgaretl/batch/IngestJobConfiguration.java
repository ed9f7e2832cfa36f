package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvOutputWriter;
import org.edgaretl.io.JdbcOutputWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
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
 * The ingest job: a partitioned step that cuts the sorted input list into contiguous file ranges and
 * runs each through a chunk-oriented worker step (reader, pipeline, writer to the partition's CSV part files
 * and the store), then a merge step that concatenates the parts into the contract CSV files. A first step
 * clears the parts of an earlier run; a restart skips it and reruns only the partitions that did not finish.
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

    @Bean
    @StepScope
    public Partitioner filingsPartitioner(@Value("#{jobParameters['input']}") String input,
                                                   @Value("#{jobParameters['output']}") String output,
                                                   @Value("#{jobParameters['partitions']}") Long partitions,
                                                   EdgarProperties properties) {
        return new FileRangePartitioner(new InputDirectory(Path.of(input), properties.maxFileBytes()), Path.of(output),
                partitions);
    }

    @Bean
    @StepScope
    public FilingFileReader filingsReader(@Value("#{jobParameters['input']}") String input,
                                          @Value("#{stepExecutionContext['partition.index']}") Integer index,
                                          @Value("#{stepExecutionContext['partition.from']}") Integer from,
                                          @Value("#{stepExecutionContext['partition.to']}") Integer to,
                                          @Value("#{stepExecutionContext['partition.total']}") Integer total,
                                          EdgarProperties properties) {
        return new FilingFileReader("filingsReader", new InputDirectory(Path.of(input), properties.maxFileBytes()),
                new FileRange(index, from, to, total));
    }

    @Bean
    public FilingProcessor filingsProcessor() {
        return new FilingProcessor(new FilingPipeline());
    }

    @Bean
    @StepScope
    public IngestOutputWriter filingsWriter(@Value("#{jobParameters['output']}") String output,
                                            @Value("#{stepExecutionContext['partition.index']}") Integer index,
                                            DataSource dataSource, EdgarProperties properties) {
        CsvOutputWriter csv = new CsvOutputWriter("filingsWriter",
                PartFiles.partDirectory(Path.of(output), FileRange.partitionName(index)),
                CellSanitizer.of(properties.csvFormulaGuard()));
        return new IngestOutputWriter(new JdbcOutputWriter(dataSource), csv, properties.rejectLimit());
    }

    @Bean
    public Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    FilingFileReader filingsReader,
                                    ItemProcessor<FilingFile, ProcessedFile> filingsProcessor,
                                    IngestOutputWriter filingsWriter, EdgarProperties properties) {
        return new StepBuilder(WORKER_STEP_NAME, jobRepository)
                .<FilingFile, ProcessedFile>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(filingsReader)
                .processor(filingsProcessor)
                .writer(filingsWriter)
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

    /** The local manager step: partitions run on this process's threads. */
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
                    PartFiles.deleteAll(Path.of(chunkContext.getStepContext().getJobParameters().get(IngestLauncher.OUTPUT).toString()));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet partMerger(@Value("#{jobParameters['input']}") String input,
                                 @Value("#{jobParameters['output']}") String output,
                                 ItemProcessor<FilingFile, ProcessedFile> filingsProcessor, DataSource dataSource,
                                 EdgarProperties properties) {
        return new PartMerger(new InputDirectory(Path.of(input), properties.maxFileBytes()), Path.of(output),
                filingsProcessor, dataSource, CellSanitizer.of(properties.csvFormulaGuard()), properties.chunkSize(),
                properties.rejectLimit());
    }

    @Bean
    public Step mergePartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               @Qualifier("partMerger") Tasklet partMerger) {
        return new StepBuilder(MERGE_STEP_NAME, jobRepository).tasklet(partMerger, transactionManager).build();
    }

    @Bean
    public Job ingestFilingsJob(JobRepository jobRepository, @Qualifier("preparePartsStep") Step preparePartsStep,
                                @Qualifier("ingestFilingsStep") Step ingestFilingsStep,
                                @Qualifier("mergePartsStep") Step mergePartsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(preparePartsStep)
                .next(ingestFilingsStep)
                .next(mergePartsStep)
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
