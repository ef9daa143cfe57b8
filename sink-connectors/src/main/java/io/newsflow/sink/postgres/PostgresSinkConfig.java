package io.newsflow.sink.postgres;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Settings of {@link PostgresSinkConnector}. Every setting is validated when the connector starts
 * (and by Connect's {@code PUT /connector-plugins/.../config/validate}); a {@link ConfigException}
 * names the setting to change.
 */
public final class PostgresSinkConfig extends AbstractConfig {

    public static final String CONNECTION_URL = "connection.url";
    public static final String CONNECTION_USER = "connection.user";
    public static final String CONNECTION_PASSWORD = "connection.password";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String DB_SCHEMA = "db.schema";
    public static final String TABLE_PREFIX = "table.prefix";
    public static final String BATCH_SIZE = "batch.size";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    public static final String SUPERSEDE_PAGE_ARTICLES = "supersede.page.articles";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,39}");

    /** Lower-case SQL identifier (no quoting needed); the prefix may also be empty. */
    static final class IdentifierValidator implements ConfigDef.Validator {
        private final boolean allowEmpty;

        IdentifierValidator(boolean allowEmpty) {
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void ensureValid(String name, Object value) {
            String s = value == null ? "" : value.toString();
            if (s.isEmpty() && allowEmpty) {
                return;
            }
            if (!IDENTIFIER.matcher(s).matches()) {
                throw new ConfigException(name, value,
                        "must be a lower-case SQL identifier: a-z or _ first, then a-z, 0-9 or _, at most 40 characters");
            }
        }

        @Override
        public String toString() {
            return "lower-case SQL identifier [a-z_][a-z0-9_]*" + (allowEmpty ? " or empty" : "");
        }
    }

    static final class JdbcUrlValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || !value.toString().startsWith("jdbc:postgresql:")) {
                throw new ConfigException(name, value,
                        "must be a PostgreSQL JDBC URL such as jdbc:postgresql://host:5432/database");
            }
        }

        @Override
        public String toString() {
            return "jdbc:postgresql://host:port/database";
        }
    }

    static final class HttpUrlValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String s = value == null ? "" : value.toString().trim();
            try {
                URI uri = new URI(s);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return;
                }
            } catch (Exception invalid) {
                // fall through to the error below
            }
            throw new ConfigException(name, value, "must be an http(s) URL of a Schema Registry, e.g. http://registry:8081");
        }

        @Override
        public String toString() {
            return "http(s)://host:port";
        }
    }

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(CONNECTION_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new JdbcUrlValidator(), Importance.HIGH,
                    "JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://postgres:5432/newsflow.")
            .define(CONNECTION_USER, Type.STRING, "postgres", Importance.HIGH,
                    "Database user; needs CREATE on the schema the first time (tables are created if missing).")
            .define(CONNECTION_PASSWORD, Type.PASSWORD, "", Importance.HIGH,
                    "Password of connection.user (empty for trust authentication).")
            .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new HttpUrlValidator(), Importance.HIGH,
                    "Base URL of the Schema Registry holding the writer schemas of the Confluent wire-format values.")
            .define(DB_SCHEMA, Type.STRING, "public", new IdentifierValidator(false), Importance.MEDIUM,
                    "PostgreSQL schema the tables live in; created if missing.")
            .define(TABLE_PREFIX, Type.STRING, "", new IdentifierValidator(true), Importance.LOW,
                    "Prefix of the table names (articles, entities, mentions, schema_version).")
            .define(BATCH_SIZE, Type.INT, 500, ConfigDef.Range.between(1, 100_000), Importance.MEDIUM,
                    "Maximum number of articles written per database transaction; a larger put is split.")
            .define(MAX_RETRIES, Type.INT, 10, ConfigDef.Range.between(0, 1000), Importance.MEDIUM,
                    "How many times a batch that failed with a transient database error (connection loss, "
                            + "serialization failure, deadlock) is retried before the task fails.")
            .define(RETRY_BACKOFF_MS, Type.LONG, 1000L, ConfigDef.Range.between(0L, 600_000L), Importance.LOW,
                    "Wait before the first retry; doubled on every further retry, at most 60 s.")
            .define(SUPERSEDE_PAGE_ARTICLES, Type.BOOLEAN, true, Importance.LOW,
                    "When an article produced by a different pipeline version and processed later arrives, delete "
                            + "the older-version articles of the same page (a new splitter may yield other article ids).");

    public PostgresSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public String connectionUrl() {
        return getString(CONNECTION_URL);
    }

    public String connectionUser() {
        return getString(CONNECTION_USER);
    }

    public String connectionPassword() {
        Password p = getPassword(CONNECTION_PASSWORD);
        return p == null ? "" : p.value();
    }

    public String schemaRegistryUrl() {
        return getString(SCHEMA_REGISTRY_URL).trim();
    }

    public String dbSchema() {
        return getString(DB_SCHEMA);
    }

    public String tablePrefix() {
        return getString(TABLE_PREFIX);
    }

    public int batchSize() {
        return getInt(BATCH_SIZE);
    }

    public int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    public long retryBackoffMs() {
        return getLong(RETRY_BACKOFF_MS);
    }

    public boolean supersedePageArticles() {
        return getBoolean(SUPERSEDE_PAGE_ARTICLES);
    }

    /** Table names resolved from {@link #DB_SCHEMA} and {@link #TABLE_PREFIX}. */
    public Tables tables() {
        return new Tables(dbSchema(), tablePrefix());
    }
}
