package org.edgaretl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void h2UpsertMergesOnTheNaturalKey() {
        assertThat(SqlDialect.H2.upsert(Table.EXHIBITS))
                .isEqualTo("MERGE INTO exhibits (filing_id, exhibit_number, description) KEY (filing_id, exhibit_number)"
                        + " VALUES (?, ?, ?)");
    }

    @Test
    void postgresUpsertUpdatesEveryNonKeyColumn() {
        assertThat(SqlDialect.POSTGRESQL.upsert(Table.EXHIBITS))
                .isEqualTo("INSERT INTO exhibits (filing_id, exhibit_number, description) VALUES (?, ?, ?)"
                        + " ON CONFLICT (filing_id, exhibit_number) DO UPDATE SET description = EXCLUDED.description");
    }

    @Test
    void namesTheUnsupportedDatabase() {
        assertThatThrownBy(() -> SqlDialect.forProductName("MySQL")).hasMessageContaining("MySQL");
    }
}
