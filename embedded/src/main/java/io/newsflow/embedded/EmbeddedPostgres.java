package io.newsflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server running as a child process of this JVM (zonky binaries), for the embedded demo
 * and the integration tests.
 *
 * <p>Contract: {@link #start(Path)} initialises the cluster in {@code dataDir} the first time
 * ({@code initdb}) and reuses it on later starts, so data survives a restart of the demo. The server
 * listens on {@code localhost} only, with trust authentication for the superuser {@link #user()}
 * (no password); it is not meant to be exposed. {@link #close()} stops the server and keeps the data
 * directory. Only one server may use a data directory at a time (zonky holds a lock file in it).
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);

    /** Superuser created by initdb; trust authentication on localhost. */
    public static final String USER = "postgres";
    /** Database that always exists after initdb. */
    public static final String DATABASE = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDir;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** Starts a server on a free port, (re)using {@code dataDir}. */
    public static EmbeddedPostgres start(Path dataDir) {
        return start(dataDir, 0);
    }

    /**
     * Starts a server, (re)using {@code dataDir}.
     *
     * @param port TCP port on localhost, or 0 for a free one
     * @throws UncheckedIOException when initdb or the server fails to start (the message names the directory)
     */
    public static EmbeddedPostgres start(Path dataDir, int port) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (free port) or 1..65535, was " + port);
        }
        Path dir = dataDir.toAbsolutePath();
        boolean reuse = Files.isRegularFile(dir.resolve("postgresql.conf"));
        try {
            Files.createDirectories(dir);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    // keep the data: the demo restarts on the same directory and finds its rows again
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    // small footprint: the demo shares the JVM host with a broker and Connect
                    .setServerConfig("shared_buffers", "32MB")
                    .setServerConfig("max_connections", "50");
            if (port > 0) {
                builder.setPort(port);
            }
            long t0 = System.nanoTime();
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = builder.start();
            LOG.info("PostgreSQL started on port {} in {} ms ({} data directory {})", pg.getPort(),
                    (System.nanoTime() - t0) / 1_000_000, reuse ? "reused" : "new", dir);
            return new EmbeddedPostgres(pg, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** JDBC URL of the {@link #DATABASE} database, without credentials (user {@link #user()}, no password). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A {@code psql} connection string users can paste. */
    public String psqlConnectionString() {
        return "postgresql://" + USER + "@localhost:" + port() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Opens a new connection as {@link #user()}; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** Stops the server (fast shutdown); the data directory is kept. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL in " + dataDir, e);
        }
    }
}
