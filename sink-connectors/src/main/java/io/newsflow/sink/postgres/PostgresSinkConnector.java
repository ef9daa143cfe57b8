package io.newsflow.sink.postgres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Kafka Connect sink writing {@code EnrichedArticle} records (topic {@code newsflow.articles.enriched})
 * to PostgreSQL tables {@code articles}, {@code entities} and {@code mentions}; see
 * {@link PostgresSinkTask} for decoding, bad-record handling, retries and delivery semantics, and
 * {@link ArticleWriter} for the write rules (upsert by article id, newest processing wins, mentions
 * replaced in the same transaction).
 *
 * <p>The connector itself only validates the configuration ({@link PostgresSinkConfig}) and hands the
 * same settings to every task: tasks share nothing but the database, and Connect spreads the topic's
 * partitions over them (records of one article always share a partition, as the topic is keyed by
 * article id). Tables are created or migrated by the tasks on start ({@link SchemaMigrator}).
 *
 * <p>Required worker/connector settings: {@code value.converter} (and {@code key.converter}) =
 * {@code org.apache.kafka.connect.converters.ByteArrayConverter}.
 */
public final class PostgresSinkConnector extends SinkConnector {

    /** Version reported to Connect; follows the project version. */
    public static final String VERSION = versionFromManifest();

    private Map<String, String> props;

    private static String versionFromManifest() {
        String v = PostgresSinkConnector.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        // Fails with a ConfigException naming the setting when anything is invalid.
        new PostgresSinkConfig(props);
        this.props = new HashMap<>(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PostgresSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        if (maxTasks < 1) {
            throw new IllegalArgumentException("maxTasks must be at least 1, was " + maxTasks);
        }
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(new HashMap<>(props));
        }
        return configs;
    }

    @Override
    public void stop() {
        props = null;
    }

    @Override
    public ConfigDef config() {
        return PostgresSinkConfig.CONFIG_DEF;
    }
}
