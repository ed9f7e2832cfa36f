package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgaretl.input.Archives;
import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

class FilingFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void aReopenedReaderResumesInsideAnArchiveAfterTheLastSavedItem() throws Exception {
        Archives.tar(dir.resolve("feed.tar.gz"), true)
                .addCorpus("1.txt", "seed/immunogen-1995-08-8k.txt")
                .addCorpus("2.txt", "1990s/0000950144-94-000177.txt")
                .addCorpus("3.nc", "modern/0001493152-25-001317.nc")
                .addCorpus("4.txt", "2001-2004/0000950124-01-000024.txt")
                .close();
        List<String> uninterrupted = names(readAll(reader(), new ExecutionContext()));

        ExecutionContext context = new ExecutionContext();
        FilingFileReader first = reader();
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();
        List<String> resumed = names(readAll(reader(), context));

        assertThat(uninterrupted).hasSize(4);
        assertThat(resumed).containsExactlyElementsOf(uninterrupted.subList(2, 4));
    }

    @Test
    void aRestartOverAChangedInputFailsInsteadOfSkippingFiles() throws Exception {
        Files.write(dir.resolve("b.txt"), Archives.corpus("seed/immunogen-1995-08-8k.txt"));
        ExecutionContext context = new ExecutionContext();
        FilingFileReader first = reader();
        first.open(context);
        first.read();
        first.update(context);
        first.close();
        Files.write(dir.resolve("a.txt"), Archives.corpus("seed/immunogen-1995-08-8k.txt"));

        assertThatThrownBy(() -> reader().open(context)).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("changed since the interrupted run").hasMessageContaining("--fresh");
    }

    private FilingFileReader reader() {
        return new FilingFileReader("r", new InputDirectory(dir, 1 << 22));
    }

    private static List<FilingFile> readAll(FilingFileReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<FilingFile> out = new ArrayList<>();
        for (FilingFile f = reader.read(); f != null; f = reader.read()) {
            assertThat(f.isReadable()).isTrue();
            out.add(f);
        }
        reader.close();
        return out;
    }

    private static List<String> names(List<FilingFile> files) {
        return files.stream().map(FilingFile::sourceName).toList();
    }
}
