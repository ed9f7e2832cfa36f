package org.edgaretl.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.edgaretl.domain.OfferingKey;
import org.edgaretl.domain.OfferingLinks;

/**
 * Links the staged financings rows to the warehouse's rows of the same offerings, across runs, before they
 * are merged: every row of a series that the run touches (the series of its rows, and of the rows its filings
 * had before) is linked again with {@link OfferingLinks}, over the warehouse's rows of other filings and the
 * run's rows. The staged rows then carry their warehouse keys, so the merge finds an unchanged row equal and
 * loading a run again rewrites nothing; rows of other filings whose offering changed (a closing loaded before
 * its pricing, a reprocessed first report) get their new key here. The result depends only on the rows, not on
 * the order runs were loaded in.
 */
final class OfferingRelinker {

    private static final String W = WarehouseSchema.SCHEMA + ".";
    private static final int SERIES = OfferingKey.SERIES_LENGTH;

    private OfferingRelinker() {
    }

    /** Sets the staged rows' keys and updates other filings' rows; returns how many of those it changed. */
    static long relink(Connection connection) throws SQLException {
        List<Row> rows = rows(connection);
        List<OfferingKey> keys = OfferingLinks.link(rows.stream().map(Row::report).toList());
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE offering_relinks (filing_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                    + "offering_key TEXT NOT NULL, staged BOOLEAN NOT NULL) ON COMMIT DROP");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pg_temp.offering_relinks "
                + "(filing_id, seq, offering_key, staged) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                String key = keys.get(i).toString();
                if (!key.equals(row.key())) {
                    insert.setString(1, row.report().filingId());
                    insert.setInt(2, row.report().seq());
                    insert.setString(3, key);
                    insert.setBoolean(4, row.staged());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        // One join each: the staging table has no index to update it row by row.
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE pg_temp.stage_financings n SET offering_key = r.offering_key FROM "
                    + "pg_temp.offering_relinks r WHERE r.staged AND n.filing_id = r.filing_id AND n.seq = r.seq");
            return s.executeLargeUpdate("UPDATE " + W + "financings n SET offering_key = r.offering_key FROM "
                    + "pg_temp.offering_relinks r WHERE NOT r.staged AND n.filing_id = r.filing_id AND n.seq = r.seq");
        }
    }

    /** The staged rows, and the warehouse's rows of the series they touch, of filings not in the run. */
    private static List<Row> rows(Connection connection) throws SQLException {
        String touched = "SELECT left(offering_key, " + SERIES + ") FROM pg_temp.stage_financings "
                + "WHERE offering_key IS NOT NULL UNION SELECT left(offering_key, " + SERIES + ") FROM " + W
                + "financings WHERE offering_key IS NOT NULL AND filing_id IN (SELECT filing_id FROM pg_temp.stage_filings)";
        String columns = "n.filing_id, n.seq, n.offering_key, n.amount, n.maturity_date, n.closing_date, n.exemption, "
                + "COALESCE(f.filed_date, f.report_date)";
        String sql = "SELECT " + columns + ", true FROM pg_temp.stage_financings n JOIN pg_temp.stage_filings f "
                + "USING (filing_id) WHERE n.offering_key IS NOT NULL "
                + "UNION ALL SELECT " + columns + ", false FROM " + W + "financings n JOIN " + W + "filings f "
                + "USING (filing_id) WHERE left(n.offering_key, " + SERIES + ") IN (" + touched + ") "
                + "AND n.filing_id NOT IN (SELECT filing_id FROM pg_temp.stage_filings)";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(3);
                rows.add(new Row(new OfferingLinks.Report(rs.getString(1), rs.getInt(2), OfferingKey.parse(key).series(),
                        rs.getBigDecimal(4), localDate(rs.getDate(5)), localDate(rs.getDate(6)), rs.getString(7),
                        localDate(rs.getDate(8))), key, rs.getBoolean(9)));
            }
        }
        return rows;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record Row(OfferingLinks.Report report, String key, boolean staged) {
    }
}
