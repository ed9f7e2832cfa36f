package org.edgaretl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;

import javax.sql.DataSource;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvOutputWriter;
import org.edgaretl.io.JdbcOutputWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.CompositeItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The ingest job: one chunk-oriented step from the files of an input directory to CSV files and the store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgarProperties.class)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestFilingsJob";
    public static final String STEP_NAME = "ingestFilingsStep";

    // destroyMethod "": the step closes its streams itself; a step-scope destruction callback would close them
    // under the running chunk when JobOperator.stop, from the SIGTERM hook's thread, releases the step context.
    @Bean(destroyMethod = "")
    @StepScope
    public FilingFileReader filingsReader(@Value("#{jobParameters['input']}") String input,
                                          @Value("#{jobParameters['only']}") String only,
                                          EdgarProperties properties) throws IOException {
        InputDirectory directory = new InputDirectory(Path.of(input), properties.maxFileBytes());
        if (only == null) {
            return new FilingFileReader("filingsReader", directory);
        }
        // A fixed list of sources (reprocess-rejects), saved in a file so that a restart reads the same list.
        return new FilingFileReader("filingsReader", directory,
                FilingFileReader.only(new HashSet<>(Files.readAllLines(Path.of(only)))));
    }

    @Bean
    @StepScope
    public SourceRegistry sourceRegistry(@Value("#{jobParameters['input']}") String input,
                                         @Value("#{jobParameters['reprocess']}") String reprocess, DataSource dataSource) {
        return new SourceRegistry(dataSource, Path.of(input), Boolean.parseBoolean(reprocess));
    }

    @Bean
    public FilingProcessor filingsProcessor(EdgarProperties properties) {
        return new FilingProcessor(new FilingPipeline(properties.filingTimeout()));
    }

    @Bean(destroyMethod = "")
    @StepScope
    public IngestOutputWriter filingsWriter(@Value("#{jobParameters['output']}") String output, DataSource dataSource,
                                            EdgarProperties properties, SourceRegistry sourceRegistry) {
        CsvOutputWriter csv = new CsvOutputWriter("filingsWriter", Path.of(output),
                CellSanitizer.of(properties.csvFormulaGuard()));
        return new IngestOutputWriter(new JdbcOutputWriter(dataSource), csv, properties.rejectLimit(), sourceRegistry);
    }

    @Bean
    public Step ingestFilingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  FilingFileReader filingsReader,
                                  ItemProcessor<FilingFile, ProcessedFile> filingsProcessor,
                                  IngestOutputWriter filingsWriter, EdgarProperties properties,
                                  SourceRegistry sourceRegistry) {
        // Unchanged files leave at the registry (counted as filtered), before any parsing.
        CompositeItemProcessor<FilingFile, ProcessedFile> processor =
                new CompositeItemProcessor<>(java.util.List.of(sourceRegistry, filingsProcessor));
        return new StepBuilder(STEP_NAME, jobRepository)
                .<FilingFile, ProcessedFile>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(filingsReader)
                .processor(processor)
                .writer(filingsWriter)
                .listener(new RestartContextSaver(jobRepository))
                .listener(new ProgressListener(filingsReader, System.console(), Duration.ofSeconds(properties.progressSeconds())))
                .build();
    }

    @Bean
    public Job ingestFilingsJob(JobRepository jobRepository, Step ingestFilingsStep, RunningExecutions runningExecutions,
                                RunManifestListener runManifest) {
        return new JobBuilder(JOB_NAME, jobRepository).start(ingestFilingsStep)
                .listener(runningExecutions)
                .listener(new SummaryListener())
                .listener(runManifest)
                .build();
    }
}
