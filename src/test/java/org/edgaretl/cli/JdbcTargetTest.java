package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A failure to reach a database becomes one line naming its host and port (or file) and the way out. */
class JdbcTargetTest {

    @Test
    void parsesPostgresUrls() {
        assertThat(JdbcTarget.of("jdbc:postgresql://10.0.0.5:5433/edgar?ssl=true"))
                .extracting(JdbcTarget::host, JdbcTarget::port, JdbcTarget::name).containsExactly("10.0.0.5", 5433, "edgar");
        assertThat(JdbcTarget.of("jdbc:postgresql://db/edgar").port()).isEqualTo(5432);
        assertThat(JdbcTarget.of("jdbc:postgresql://a:1,b:2/edgar").where()).isEqualTo("a:1/edgar");
    }

    @Test
    void aRefusedConnectionNamesHostAndPort() {
        RuntimeException failure = new IllegalStateException("Could not get Connection",
                new SQLException("Connection to 127.0.0.1:5499 refused.", "08001", new ConnectException("Connection refused")));
        assertThat(JdbcTarget.of("jdbc:postgresql://127.0.0.1:5499/edgar").explain(failure)).hasValue(
                "cannot connect to PostgreSQL at 127.0.0.1:5499 (connection refused): start the server there or correct"
                        + " --db jdbc:postgresql://127.0.0.1:5499/edgar");
    }

    @Test
    void aMissingDatabaseOrLoginSaysWhatToDo() {
        JdbcTarget target = JdbcTarget.of("jdbc:postgresql://db:5432/edgar");
        assertThat(target.explain(new SQLException("database \"edgar\" does not exist", "3D000")))
                .hasValueSatisfying(l -> assertThat(l).contains("no database edgar").contains("createdb edgar"));
        assertThat(target.explain(new SQLException("password authentication failed", "28P01")))
                .hasValueSatisfying(l -> assertThat(l).contains("db:5432").contains("--db-user"));
    }

    @Test
    void anH2FileInUseNamesTheFile() {
        SQLException inUse = new SQLException("Database may be already in use", "90020", 90020);
        assertThat(JdbcTarget.of("jdbc:h2:file:/s/edgar-etl;DB_CLOSE_ON_EXIT=FALSE").explain(inUse))
                .hasValueSatisfying(l -> assertThat(l).startsWith("H2 /s/edgar-etl.mv.db is in use by another edgar-etl process"));
    }

    @Test
    void otherFailuresAreLeftToTheCaller() {
        assertThat(JdbcTarget.of("jdbc:postgresql://db/edgar").explain(new IllegalStateException("boom"))).isEmpty();
    }
}
