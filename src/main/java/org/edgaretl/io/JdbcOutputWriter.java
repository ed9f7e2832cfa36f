package org.edgaretl.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.edgaretl.domain.ProcessedFile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk's rows to the relational store inside the chunk's transaction. Idempotent: a filing's
 * row is upserted on its key and its child rows are replaced, so rerunning a file (after a crash, or to
 * reprocess it) leaves exactly its current rows; a file that now succeeds leaves the rejects table.
 */
public final class JdbcOutputWriter implements ItemWriter<ProcessedFile> {

    private static final List<Table> CHILDREN = List.of(Table.EVENTS, Table.EXHIBITS, Table.FINANCINGS, Table.WARNINGS);

    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;

    public JdbcOutputWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = detect(dataSource);
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) {
        List<Object[]> filingIds = new ArrayList<>();
        List<Object[]> cleanSources = new ArrayList<>();
        for (ProcessedFile file : chunk) {
            if (!file.isRejected()) {
                filingIds.add(new Object[] {file.extracted().filing().filingId()});
                cleanSources.add(new Object[] {file.extracted().filing().sourceFile()});
            }
        }
        for (Table child : CHILDREN) {
            batch("DELETE FROM " + child.tableName() + " WHERE filing_id = ?", filingIds);
        }
        batch("DELETE FROM rejects WHERE source_file = ?", cleanSources);
        upsertRows(Table.FILINGS, chunk);
        for (Table child : CHILDREN) {
            upsertRows(child, chunk);
        }
        upsertRows(Table.REJECTS, chunk);
    }

    private void upsertRows(Table table, Chunk<? extends ProcessedFile> chunk) {
        List<Object[]> args = new ArrayList<>();
        for (ProcessedFile file : chunk) {
            for (List<String> row : table.rowsOf(file)) {
                Object[] values = new Object[row.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = table.columns().get(i).toSqlValue(row.get(i));
                }
                args.add(values);
            }
        }
        if (args.isEmpty()) {
            return;
        }
        int[] types = table.columns().stream().mapToInt(c -> c.type().sqlType()).toArray();
        String sql = table == Table.WARNINGS ? dialect.insert(table) : dialect.upsert(table);
        jdbc.batchUpdate(sql, args, types);
    }

    private void batch(String sql, List<Object[]> args) {
        if (!args.isEmpty()) {
            jdbc.batchUpdate(sql, args);
        }
    }

    private static SqlDialect detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return SqlDialect.forProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the output database to learn its kind: " + e.getMessage(), e);
        }
    }
}
