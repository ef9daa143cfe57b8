package io.newsflow.sink.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class PostgresSinkConnectorTest {

    private static Map<String, String> valid() {
        Map<String, String> p = new HashMap<>();
        p.put("connection.url", "jdbc:postgresql://localhost:5432/newsflow");
        p.put("schema.registry.url", "http://localhost:8081");
        return p;
    }

    private static ConfigException startFails(String key, String value) {
        Map<String, String> p = valid();
        if (value == null) {
            p.remove(key);
        } else {
            p.put(key, value);
        }
        return assertThrows(ConfigException.class, () -> new PostgresSinkConnector().start(p));
    }

    @Test
    void startAcceptsMinimalConfigAndAppliesDefaults() {
        PostgresSinkConfig c = new PostgresSinkConfig(valid());
        assertEquals("postgres", c.connectionUser());
        assertEquals("", c.connectionPassword());
        assertEquals("public", c.dbSchema());
        assertEquals(500, c.batchSize());
        assertEquals(10, c.maxRetries());
        assertEquals(1000L, c.retryBackoffMs());
        assertTrue(c.supersedePageArticles());
        assertEquals("public.articles", c.tables().articles());
        new PostgresSinkConnector().start(valid());
    }

    @Test
    void missingConnectionUrlErrorNamesTheSetting() {
        assertTrue(startFails("connection.url", null).getMessage().contains("connection.url"));
    }

    @Test
    void nonPostgresJdbcUrlErrorNamesTheSetting() {
        String msg = startFails("connection.url", "jdbc:mysql://db/x").getMessage();
        assertTrue(msg.contains("connection.url") && msg.contains("jdbc:postgresql"), msg);
    }

    @Test
    void missingOrMalformedRegistryUrlErrorNamesTheSetting() {
        assertTrue(startFails("schema.registry.url", null).getMessage().contains("schema.registry.url"));
        String msg = startFails("schema.registry.url", "registry:8081").getMessage();
        assertTrue(msg.contains("schema.registry.url"), msg);
    }

    @Test
    void outOfRangeNumbersErrorNamesTheSetting() {
        assertTrue(startFails("batch.size", "0").getMessage().contains("batch.size"));
        assertTrue(startFails("batch.size", "many").getMessage().contains("batch.size"));
        assertTrue(startFails("max.retries", "-1").getMessage().contains("max.retries"));
        assertTrue(startFails("retry.backoff.ms", "-5").getMessage().contains("retry.backoff.ms"));
    }

    @Test
    void unsafeIdentifiersAreRejectedNamingTheSetting() {
        assertTrue(startFails("db.schema", "public; drop table x").getMessage().contains("db.schema"));
        assertTrue(startFails("db.schema", "").getMessage().contains("db.schema"));
        assertTrue(startFails("table.prefix", "News").getMessage().contains("table.prefix"));
        PostgresSinkConfig c = new PostgresSinkConfig(Map.of("connection.url", "jdbc:postgresql://h/d",
                "schema.registry.url", "https://r:8081", "db.schema", "news", "table.prefix", "nf_"));
        assertEquals("news.nf_mentions", c.tables().mentions());
    }

    @Test
    void validateReportsErrorsPerSettingLikeTheRestApi() {
        Map<String, String> p = valid();
        p.put("batch.size", "0");
        p.remove("connection.url");
        Config result = new PostgresSinkConnector().validate(p);
        Map<String, List<String>> errors = new HashMap<>();
        for (ConfigValue v : result.configValues()) {
            errors.put(v.name(), v.errorMessages());
        }
        assertTrue(!errors.get("batch.size").isEmpty(), "batch.size error expected");
        assertTrue(!errors.get("connection.url").isEmpty(), "connection.url error expected");
        assertTrue(errors.get("schema.registry.url").isEmpty());
    }

    @Test
    void taskConfigsGivesEveryTaskTheFullConfigAsIndependentCopies() {
        PostgresSinkConnector connector = new PostgresSinkConnector();
        Map<String, String> p = valid();
        p.put("batch.size", "42");
        connector.start(p);
        List<Map<String, String>> configs = connector.taskConfigs(3);
        assertEquals(3, configs.size());
        for (Map<String, String> c : configs) {
            assertEquals(p, c);
        }
        assertNotSame(configs.get(0), configs.get(1));
        assertEquals(1, connector.taskConfigs(1).size());
        assertEquals(PostgresSinkTask.class, connector.taskClass());
        assertThrows(IllegalArgumentException.class, () -> connector.taskConfigs(0));
    }
}
