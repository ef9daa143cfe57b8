package io.newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {
    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data)) {
            assertTrue(pg.jdbcUrl().startsWith("jdbc:postgresql://localhost:" + pg.port() + "/"), pg.jdbcUrl());
            assertTrue(pg.psqlConnectionString().contains(":" + pg.port() + "/"));
            try (Connection c = pg.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (v text)");
                st.execute("INSERT INTO kept VALUES ('still here')");
            }
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data);
             Connection c = pg.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v, current_setting('server_version_num')::int FROM kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
            assertTrue(rs.getInt(2) >= 170000, "PostgreSQL 17 binaries expected, got " + rs.getInt(2));
        }
    }
}
