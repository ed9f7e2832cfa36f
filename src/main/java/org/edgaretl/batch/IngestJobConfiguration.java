package org.edgaretl.batch;

import java.nio.file.Path;

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

    @Bean
    @StepScope
    public FilingFileReader filingsReader(@Value("#{jobParameters['input']}") String input, EdgarProperties properties) {
        return new FilingFileReader("filingsReader", new InputDirectory(Path.of(input), properties.maxFileBytes()));
    }

    @Bean
    public FilingProcessor filingsProcessor(EdgarProperties properties) {
        return new FilingProcessor(new FilingPipeline(properties.filingTimeout()));
    }

    @Bean
    @StepScope
    public IngestOutputWriter filingsWriter(@Value("#{jobParameters['output']}") String output, DataSource dataSource,
                                            EdgarProperties properties) {
        CsvOutputWriter csv = new CsvOutputWriter("filingsWriter", Path.of(output),
                CellSanitizer.of(properties.csvFormulaGuard()));
        return new IngestOutputWriter(new JdbcOutputWriter(dataSource), csv, properties.rejectLimit());
    }

    @Bean
    public Step ingestFilingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  FilingFileReader filingsReader,
                                  ItemProcessor<FilingFile, ProcessedFile> filingsProcessor,
                                  IngestOutputWriter filingsWriter, EdgarProperties properties) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<FilingFile, ProcessedFile>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(filingsReader)
                .processor(filingsProcessor)
                .writer(filingsWriter)
                .build();
    }

    @Bean
    public Job ingestFilingsJob(JobRepository jobRepository, Step ingestFilingsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(ingestFilingsStep).build();
    }
}
