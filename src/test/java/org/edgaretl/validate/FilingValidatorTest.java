package org.edgaretl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilingValidatorTest {

    private static final FilingPipeline PIPELINE = new FilingPipeline();

    private static ProcessedFile process(String file) {
        try (InputStream in = FilingValidatorTest.class.getResourceAsStream("/corpus/" + file)) {
            return PIPELINE.process(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"modern/edgartools__data__html__BeyondAir.html"})
    void rejectsAPressReleaseSavedWithoutItsFiling(String file) {
        ProcessedFile result = process(file);
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reject().reason().code()).isEqualTo("exhibit_only");
        assertThat(result.reject().message()).contains("EX-99.1");
    }

    @ParameterizedTest
    @CsvSource({
        "other-forms/0000928385-01-500187.html, 20-F",
        "other-forms/0000891618-94-000021.txt, 424B5",
        "other-forms/edgarWebR__tests__cache__31791__000095013501000920__b38210pee10-k405.txt.txt, 10-K405",
        "other-forms/0000950103-25-001140.txt, 424B2"})
    void keepsOtherFormsAsFilingsOfTheirOwnType(String file, String form) {
        ProcessedFile result = process(file);
        assertThat(result.isRejected()).as(String.valueOf(result.reject())).isFalse();
        assertThat(result.extracted().filing().formType()).isEqualTo(form);
    }
}
