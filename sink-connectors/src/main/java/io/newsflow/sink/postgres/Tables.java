package io.newsflow.sink.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Qualified names of the sink's tables. Schema and prefix are validated identifiers
 * ({@link PostgresSinkConfig}), so they are safe to splice into SQL without quoting.
 */
public record Tables(String schema, String prefix) {

    public String articles() {
        return schema + "." + prefix + "articles";
    }

    public String entities() {
        return schema + "." + prefix + "entities";
    }

    public String mentions() {
        return schema + "." + prefix + "mentions";
    }

    public String schemaVersion() {
        return schema + "." + prefix + "schema_version";
    }

    /**
     * Current row counts of {@code articles}, {@code entities} and {@code mentions} (keys are those
     * unprefixed names), for summaries such as the demo's.
     */
    public Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM "
                + articles() + "), (SELECT count(*) FROM " + entities() + "), (SELECT count(*) FROM " + mentions() + ")")) {
            rs.next();
            counts.put("articles", rs.getLong(1));
            counts.put("entities", rs.getLong(2));
            counts.put("mentions", rs.getLong(3));
        }
        return counts;
    }

    /** Unqualified name for an index or constraint (index names are per schema). */
    String local(String name) {
        return prefix + name;
    }
}
