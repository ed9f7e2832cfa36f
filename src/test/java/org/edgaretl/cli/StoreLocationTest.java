package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default store has one home whatever the working directory; an older version's ./data store is kept in use. */
class StoreLocationTest {

    @TempDir
    Path tmp;

    @Test
    void edgarEtlHomeWins() {
        StoreLocation store = StoreLocation.resolve(Map.of("EDGAR_ETL_HOME", "/srv/edgar", "XDG_DATA_HOME", "/x"),
                tmp, tmp.resolve("user"));
        assertThat(store.home()).isEqualTo(Path.of("/srv/edgar"));
        assertThat(store.notice()).isEmpty();
        assertThat(store.jdbcUrl()).isEqualTo("jdbc:h2:file:/srv/edgar/edgar-etl;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void aRelativeEdgarEtlHomeIsTakenFromTheWorkingDirectoryOnce() {
        assertThat(StoreLocation.resolve(Map.of("EDGAR_ETL_HOME", "state"), tmp, tmp.resolve("user")).home())
                .isEqualTo(tmp.resolve("state"));
    }

    @Test
    void withoutItThePerUserDataDirectoryWhateverTheWorkingDirectory() {
        Path user = tmp.resolve("user");
        assertThat(StoreLocation.resolve(Map.of(), tmp.resolve("a"), user).home())
                .isEqualTo(StoreLocation.resolve(Map.of(), tmp.resolve("b"), user).home())
                .isEqualTo(user.resolve(".local/share/edgar-etl"));
        assertThat(StoreLocation.resolve(Map.of("XDG_DATA_HOME", "/var/xdg"), tmp, user).home())
                .isEqualTo(Path.of("/var/xdg/edgar-etl"));
        assertThat(StoreLocation.resolve(Map.of("XDG_DATA_HOME", "relative"), tmp, user).home())
                .as("XDG says a relative value is to be ignored").isEqualTo(user.resolve(".local/share/edgar-etl"));
    }

    @Test
    void anOlderVersionsStoreInDataIsUsedWithANoticeThatSaysHowToMoveIt() throws Exception {
        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve("data"));
        Files.write(work.resolve("data/edgar-etl.mv.db"), new byte[] {1});
        StoreLocation store = StoreLocation.resolve(Map.of(), work, tmp.resolve("user"));
        assertThat(store.home()).isEqualTo(work.resolve("data"));
        assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n).doesNotContain("\\n")
                .contains(work.resolve("data/edgar-etl.mv.db").toString())
                .contains("EDGAR_ETL_HOME=" + work.resolve("data"))
                .contains(tmp.resolve("user/.local/share/edgar-etl").toString()));
        assertThat(StoreLocation.resolve(Map.of("EDGAR_ETL_HOME", "/srv/edgar"), work, tmp.resolve("user")).home())
                .as("a chosen home is never second-guessed").isEqualTo(Path.of("/srv/edgar"));
    }

    @Test
    void describesAStoreWithoutItsPassword() {
        assertThat(StoreLocation.describe("jdbc:h2:file:/a/b/edgar-etl;DB_CLOSE_ON_EXIT=FALSE")).isEqualTo("H2 /a/b/edgar-etl.mv.db");
        assertThat(StoreLocation.describe("jdbc:postgresql://db.example:6543/edgar?user=u&password=secret"))
                .isEqualTo("PostgreSQL db.example:6543/edgar");
        assertThat(StoreLocation.describe("jdbc:postgresql://db/edgar")).isEqualTo("PostgreSQL db:5432/edgar");
    }
}
