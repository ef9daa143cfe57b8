package io.newsflow.sink.postgres;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.postgres.ArticleRow.InvalidArticleException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes {@code EnrichedArticle} values and writes them with {@link ArticleWriter}.
 *
 * <p><b>Input.</b> The worker (or the connector config) must use
 * {@code value.converter=org.apache.kafka.connect.converters.ByteArrayConverter}: values arrive as the
 * Confluent wire-format bytes the pipeline produced and are decoded here with the project's
 * {@link AvroSerde}, looking writer schemas up in {@code schema.registry.url}. Keys (the article id, as
 * bytes or string) are only used for tombstones: a {@code null} value deletes the article.
 *
 * <p><b>Bad records.</b> Undecodable bytes, unknown schema ids, articles failing validation
 * ({@link ArticleRow#from}) and rows the database rejects for their content (SQLState class 22/23, found by
 * retrying a failed batch record by record) go to Connect's errant-record reporter, i.e. the dead-letter
 * queue, and the task keeps running. This needs {@code errors.tolerance=all} and
 * {@code errors.deadletterqueue.topic.name} (or {@code errors.log.enable=true}) on the connector; without a
 * reporter a bad record fails the task with a {@link DataException} saying so.
 *
 * <p><b>Transient failures.</b> Lost connections, serialization failures, deadlocks and an unreachable
 * registry make {@link #put} throw {@link RetriableException} after setting {@code context.timeout} (backoff
 * {@code retry.backoff.ms}, doubling, at most 60 s); Connect then redelivers the same records. After
 * {@code max.retries} consecutive failures the task fails with a {@link ConnectException}.
 *
 * <p><b>Delivery and offsets.</b> Each {@code put} writes its records in transactions of at most
 * {@code batch.size} articles and commits them before returning, so {@link #flush} has nothing to do and
 * {@link #preCommit} lets Connect commit exactly the offsets it handed to {@code put}. A crash between the
 * database commit and the offset commit re-delivers records: at-least-once delivery, made idempotent by the
 * upsert (newest processing wins, equal processing rewrites the same data).
 */
public final class PostgresSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSinkTask.class);
    private static final long MAX_BACKOFF_MS = 60_000;

    private final Driver driver = new org.postgresql.Driver();
    private PostgresSinkConfig config;
    private ArticleWriter writer;
    private AvroSerde<EnrichedArticle> serde;
    private ErrantRecordReporter reporter;
    private Connection connection;
    private int consecutiveFailures;
    private boolean migrated;

    @Override
    public String version() {
        return PostgresSinkConnector.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new PostgresSinkConfig(props);
        writer = new ArticleWriter(config.tables(), config.supersedePageArticles());
        serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, new RestSchemaRegistryClient(config.schemaRegistryUrl()));
        reporter = errantRecordReporter();
        consecutiveFailures = 0;
        try {
            connection();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28") || state.equals("3D000")) {
                throw new ConnectException("cannot log in to PostgreSQL at " + config.connectionUrl() + " as "
                        + config.connectionUser() + " (check " + PostgresSinkConfig.CONNECTION_URL + ", "
                        + PostgresSinkConfig.CONNECTION_USER + ", " + PostgresSinkConfig.CONNECTION_PASSWORD
                        + "): " + e.getMessage(), e);
            }
            if (!TransientSqlErrors.isTransient(e)) {
                throw new ConnectException("cannot create or upgrade the tables in schema " + config.dbSchema()
                        + " (" + PostgresSinkConfig.DB_SCHEMA + ") at " + config.connectionUrl() + ": "
                        + e.getMessage(), e);
            }
            // The database may just be starting: put() connects and retries with backoff.
            LOG.warn("PostgreSQL at {} not reachable yet, will retry on the first batch: {}",
                    config.connectionUrl(), e.getMessage());
            closeConnection();
        }
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            return null;
        }
    }

    /** Opens the connection if needed and brings the tables to the current schema version. */
    private Connection connection() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return connection;
        }
        Properties p = new Properties();
        p.setProperty("user", config.connectionUser());
        p.setProperty("password", config.connectionPassword());
        p.setProperty("ApplicationName", "newsflow-postgres-sink");
        // The driver directly, not DriverManager: in a worker the driver lives in this plugin's class loader,
        // which DriverManager does not consult once it has been initialised by another loader.
        Connection c = driver.connect(config.connectionUrl(), p);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + PostgresSinkConfig.CONNECTION_URL
                    + "=" + config.connectionUrl(), "08001");
        }
        try {
            c.setAutoCommit(false);
            if (!migrated) {
                int v = SchemaMigrator.migrate(c, config.tables());
                migrated = true;
                LOG.info("PostgreSQL tables in schema {} at version {}", config.dbSchema(), v);
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Decoded> decoded = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            ArticleWriter.Op op = decode(record);
            if (op != null) {
                decoded.add(new Decoded(record, op));
            }
        }
        int batchSize = config.batchSize();
        ArticleWriter.Result total = new ArticleWriter.Result(0, 0, 0, 0);
        for (int from = 0; from < decoded.size(); from += batchSize) {
            List<Decoded> chunk = decoded.subList(from, Math.min(decoded.size(), from + batchSize));
            total = add(total, writeChunk(chunk));
        }
        consecutiveFailures = 0;
        LOG.debug("put {} records: {}", records.size(), total);
    }

    private record Decoded(SinkRecord record, ArticleWriter.Op op) {
    }

    /** The operation for one record, or null when the record was sent to the errant-record reporter. */
    private ArticleWriter.Op decode(SinkRecord record) {
        Object value = record.value();
        if (value == null) {
            String key = keyString(record.key());
            if (key == null || key.isBlank()) {
                reportBad(record, new DataException("tombstone without an article id key"));
                return null;
            }
            return new ArticleWriter.Delete(key);
        }
        if (!(value instanceof byte[] bytes)) {
            throw new ConnectException("record value is a " + value.getClass().getName() + ", expected byte[]: set "
                    + "value.converter=org.apache.kafka.connect.converters.ByteArrayConverter on the connector");
        }
        EnrichedArticle article;
        try {
            article = serde.deserialize(record.topic(), bytes);
        } catch (SerializationException e) {
            if (registryTemporarilyUnavailable(e)) {
                throw retry("Schema Registry at " + config.schemaRegistryUrl() + " unavailable", e);
            }
            reportBad(record, new DataException("undecodable value at " + where(record) + ": " + e.getMessage(), e));
            return null;
        }
        try {
            ArticleRow row = ArticleRow.from(article);
            String key = keyString(record.key());
            if (key != null && !key.equals(row.articleId())) {
                throw new InvalidArticleException("record key '" + key + "' differs from article_id '"
                        + row.articleId() + "'");
            }
            return new ArticleWriter.Upsert(row);
        } catch (InvalidArticleException e) {
            reportBad(record, new DataException("invalid article at " + where(record) + ": " + e.getMessage(), e));
            return null;
        }
    }

    private static boolean registryTemporarilyUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException sre) {
                return sre.isUnreachable() || sre.httpStatus() >= 500;
            }
        }
        return false;
    }

    private static String keyString(Object key) {
        if (key instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }

    private static String where(SinkRecord r) {
        return r.topic() + "-" + r.kafkaPartition() + "@" + r.kafkaOffset();
    }

    private void reportBad(SinkRecord record, Exception error) {
        if (reporter == null) {
            throw new DataException(error.getMessage() + " (to skip bad records instead of failing, set "
                    + "errors.tolerance=all and errors.deadletterqueue.topic.name on the connector)", error);
        }
        LOG.warn("sending record {} to the dead-letter queue: {}", where(record), error.getMessage());
        // The worker waits for these futures before it commits the offsets, so nothing is lost.
        reporter.report(record, error);
    }

    private ArticleWriter.Result writeChunk(List<Decoded> chunk) {
        try {
            return writer.write(connection(), chunk.stream().map(Decoded::op).toList());
        } catch (SQLException e) {
            if (TransientSqlErrors.isTransient(e)) {
                closeConnection();
                throw retry("transient database error (SQLState " + e.getSQLState() + ")", e);
            }
            if (TransientSqlErrors.isDataError(e)) {
                return writeOneByOne(chunk);
            }
            throw new ConnectException("database error writing " + chunk.size() + " articles to "
                    + config.connectionUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Isolates the records the database rejects for their content; writes the others. */
    private ArticleWriter.Result writeOneByOne(List<Decoded> chunk) {
        ArticleWriter.Result total = new ArticleWriter.Result(0, 0, 0, 0);
        for (Decoded d : chunk) {
            try {
                total = add(total, writer.write(connection(), List.of(d.op())));
            } catch (SQLException e) {
                if (TransientSqlErrors.isTransient(e)) {
                    closeConnection();
                    throw retry("transient database error (SQLState " + e.getSQLState() + ")", e);
                }
                if (!TransientSqlErrors.isDataError(e)) {
                    throw new ConnectException("database error writing article " + d.op().articleId() + ": "
                            + e.getMessage(), e);
                }
                reportBad(d.record(), new DataException("database rejected article " + d.op().articleId()
                        + " (SQLState " + e.getSQLState() + "): " + e.getMessage(), e));
            }
        }
        return total;
    }

    private RuntimeException retry(String what, Exception cause) {
        consecutiveFailures++;
        if (consecutiveFailures > config.maxRetries()) {
            return new ConnectException(what + ", giving up after " + config.maxRetries() + " retries ("
                    + PostgresSinkConfig.MAX_RETRIES + "): " + cause.getMessage(), cause);
        }
        long backoff = Math.min(MAX_BACKOFF_MS,
                config.retryBackoffMs() << Math.min(20, consecutiveFailures - 1));
        LOG.warn("{}; retry {}/{} in {} ms: {}", what, consecutiveFailures, config.maxRetries(), backoff,
                cause.getMessage());
        context.timeout(backoff);
        return new RetriableException(what + ": " + cause.getMessage(), cause);
    }

    private static ArticleWriter.Result add(ArticleWriter.Result a, ArticleWriter.Result b) {
        return new ArticleWriter.Result(a.written() + b.written(), a.skippedStale() + b.skippedStale(),
                a.deleted() + b.deleted(), a.superseded() + b.superseded());
    }

    /** Nothing buffered: every {@link #put} committed its transactions before returning. */
    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
    }

    /**
     * Safe to commit everything Connect delivered: all of it is in the database (or in the dead-letter
     * queue, whose writes the worker awaits before committing).
     */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        flush(currentOffsets);
        return currentOffsets;
    }

    @Override
    public void stop() {
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the database connection failed", e);
            }
            connection = null;
        }
    }
}
