package io.newsflow.sink.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the sink's tables if missing and upgrades them, one numbered migration at a time.
 *
 * <p>Contract: idempotent and safe to run from several tasks at once. Every task calls
 * {@link #migrate} on start; the migrations run in one transaction under a transaction-scoped
 * advisory lock (keyed by the version table's name), and the applied versions are recorded in
 * {@code <prefix>schema_version}, so each migration is applied exactly once per schema/prefix. A
 * database whose recorded version is newer than this code knows is left untouched and reported.
 */
public final class SchemaMigrator {

    /** Highest schema version this code writes. */
    public static final int CURRENT_VERSION = 1;

    private SchemaMigrator() {
    }

    /**
     * Applies the missing migrations.
     *
     * @return the schema version the database is at afterwards
     * @throws SQLException on database errors (the transaction is rolled back)
     * @throws IllegalStateException if the database was written by a newer version of this connector
     */
    public static int migrate(Connection c, Tables t) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            // Lock first: even CREATE ... IF NOT EXISTS fails with a unique violation when two tasks run it
            // at the same moment.
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, t.schemaVersion());
                lock.execute();
            }
            st.execute("CREATE SCHEMA IF NOT EXISTS " + t.schema());
            st.execute("CREATE TABLE IF NOT EXISTS " + t.schemaVersion()
                    + " (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
            int current;
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM " + t.schemaVersion())) {
                rs.next();
                current = rs.getInt(1);
            }
            if (current > CURRENT_VERSION) {
                throw new IllegalStateException("tables in " + t.schema() + " are at schema version " + current
                        + ", newer than this connector supports (" + CURRENT_VERSION + "): upgrade the plugin");
            }
            for (int v = current + 1; v <= CURRENT_VERSION; v++) {
                for (String sql : migration(v, t)) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO " + t.schemaVersion() + " (version) VALUES (" + v + ")");
            }
            c.commit();
            return CURRENT_VERSION;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static List<String> migration(int version, Tables t) {
        if (version == 1) {
            // IF NOT EXISTS everywhere: a database set up by hand (or by an interrupted older run) is adopted.
            return List.of(
                    "CREATE TABLE IF NOT EXISTS " + t.articles() + " ("
                            + "article_id text PRIMARY KEY,"
                            + "page_id text NOT NULL,"
                            + "source text NOT NULL,"
                            + "edition_date date,"
                            + "page_number int,"
                            + "item_index int NOT NULL,"
                            + "item_count int NOT NULL,"
                            + "kind text NOT NULL,"
                            + "title text NOT NULL,"
                            + "kicker text NOT NULL,"
                            + "subtitle text NOT NULL,"
                            + "byline text NOT NULL,"
                            + "body text NOT NULL,"
                            + "content_sha256 text NOT NULL,"
                            + "pipeline_version text NOT NULL,"
                            + "extractor text NOT NULL,"
                            + "processed_at timestamptz NOT NULL,"
                            + "extracted_at timestamptz NOT NULL,"
                            + "updated_at timestamptz NOT NULL DEFAULT now())",
                    "CREATE INDEX IF NOT EXISTS " + t.local("articles_page_id_idx") + " ON " + t.articles() + " (page_id)",
                    "CREATE INDEX IF NOT EXISTS " + t.local("articles_edition_date_idx") + " ON " + t.articles() + " (edition_date)",
                    "CREATE TABLE IF NOT EXISTS " + t.entities() + " ("
                            + "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            + "canonical_name text NOT NULL,"
                            + "type text NOT NULL,"
                            + "CONSTRAINT " + t.local("entities_name_type_key") + " UNIQUE (canonical_name, type))",
                    "CREATE TABLE IF NOT EXISTS " + t.mentions() + " ("
                            + "article_id text NOT NULL REFERENCES " + t.articles() + " (article_id) ON DELETE CASCADE,"
                            + "mention_no int NOT NULL,"
                            + "entity_id bigint NOT NULL REFERENCES " + t.entities() + " (id),"
                            + "surface text NOT NULL,"
                            + "start_offset int NOT NULL,"
                            + "end_offset int NOT NULL,"
                            + "PRIMARY KEY (article_id, mention_no),"
                            + "CHECK (0 <= start_offset AND start_offset < end_offset))",
                    "CREATE INDEX IF NOT EXISTS " + t.local("mentions_entity_id_idx") + " ON " + t.mentions() + " (entity_id)");
        }
        throw new IllegalArgumentException("no migration " + version);
    }
}
