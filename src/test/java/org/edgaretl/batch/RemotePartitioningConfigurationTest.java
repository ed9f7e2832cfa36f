package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Remote partitioning starts only on a database that the manager and its workers can share. */
class RemotePartitioningConfigurationTest {

    private static void check(String url) {
        new RemotePartitioningConfiguration()
                .sharedDatabaseCheck(new MockEnvironment().withProperty("spring.datasource.url", url))
                .afterSingletonsInstantiated();
    }

    @Test
    void anEmbeddedH2FileIsRefusedWithTheReason() {
        assertThatThrownBy(() -> check("jdbc:h2:file:./data/edgar-etl"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("share").hasMessageContaining("--db jdbc:postgresql://");
    }

    @Test
    void postgresqlAndAnH2ServerAreAccepted() {
        assertThatCode(() -> check("jdbc:postgresql://127.0.0.1:5432/test")).doesNotThrowAnyException();
        assertThatCode(() -> check("jdbc:h2:file:/shared/edgar;AUTO_SERVER=TRUE")).doesNotThrowAnyException();
    }
}
