package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Db.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The packaged plugin in a stock Kafka Connect worker (the official {@code apache/kafka} image, distributed
 * mode, plugin directory on {@code plugin.path}) with Confluent's Schema Registry and PostgreSQL, all real
 * images. Skipped without Docker; {@link PostgresSinkPipelineIT} checks the same behaviour in-process.
 */
@Testcontainers(disabledWithoutDocker = true)
class PostgresSinkContainersIT {
    static final String KAFKA_IMAGE = "apache/kafka:4.2.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.0.0";
    static final String POSTGRES_IMAGE = "postgres:17.7";
    static final Path PLUGIN_DIR = Path.of("target", "newsflow-postgres-sink-plugin").toAbsolutePath();
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static final Network NET = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KAFKA_IMAGE)
            .withNetwork(NET).withNetworkAliases("kafka").withListener("kafka:19092");

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>(POSTGRES_IMAGE)
            .withNetwork(NET).withNetworkAliases("postgres");

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>(REGISTRY_IMAGE)
            .withNetwork(NET).withNetworkAliases("schema-registry")
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .withExposedPorts(8081)
            .dependsOn(KAFKA)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(WAIT));

    @Container
    static final GenericContainer<?> CONNECT = new GenericContainer<>(KAFKA_IMAGE)
            .withNetwork(NET).withNetworkAliases("connect")
            .withCopyToContainer(Transferable.of(String.join("\n",
                    "bootstrap.servers=kafka:19092",
                    "group.id=newsflow-connect",
                    "config.storage.topic=connect-configs",
                    "offset.storage.topic=connect-offsets",
                    "status.storage.topic=connect-status",
                    "config.storage.replication.factor=1",
                    "offset.storage.replication.factor=1",
                    "status.storage.replication.factor=1",
                    "key.converter=org.apache.kafka.connect.converters.ByteArrayConverter",
                    "value.converter=org.apache.kafka.connect.converters.ByteArrayConverter",
                    "consumer.isolation.level=read_committed",
                    "listeners=http://0.0.0.0:8083",
                    "plugin.path=/opt/connect-plugins",
                    "offset.flush.interval.ms=1000") + "\n"), "/opt/worker.properties")
            .withCopyFileToContainer(MountableFile.forHostPath(PLUGIN_DIR), "/opt/connect-plugins/")
            .withCommand("/opt/kafka/bin/connect-distributed.sh", "/opt/worker.properties")
            .withExposedPorts(8083)
            .dependsOn(KAFKA)
            .waitingFor(Wait.forHttp("/connectors").forStatusCode(200).withStartupTimeout(WAIT));

    private static String registryUrl() {
        return "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        Db.await(what, WAIT, condition);
    }

    @Test
    void stockWorkerLoadsThePluginAndWritesArticlesReplayAndDeadLetters() throws Exception {
        assertTrue(Files.isDirectory(PLUGIN_DIR), "plugin directory missing: run mvn verify");
        String topic = Topics.ENRICHED_ARTICLES.name();
        String dlq = Topics.DLQ_SINK.name();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1), new NewTopic(dlq, 1, (short) 1))).all().get();
        }

        Map<String, String> config = new HashMap<>();
        config.put("connector.class", PostgresSinkConnector.class.getName());
        config.put("tasks.max", "2");
        config.put("topics", topic);
        config.put("connection.url", "jdbc:postgresql://postgres:5432/" + POSTGRES.getDatabaseName());
        config.put("connection.user", POSTGRES.getUsername());
        config.put("connection.password", POSTGRES.getPassword());
        config.put("schema.registry.url", "http://schema-registry:8081");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", dlq);
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        String body = new ObjectMapper().writeValueAsString(Map.of("name", "newsflow-postgres", "config", config));
        URI connectors = URI.create("http://" + CONNECT.getHost() + ":" + CONNECT.getMappedPort(8083) + "/connectors");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(connectors)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());

        AvroSerde<EnrichedArticle> serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, new RestSchemaRegistryClient(registryUrl()));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String version : List.of("v1", "v2-fewer")) {
                Instant at = version.equals("v1") ? T0 : T0.plusSeconds(3600);
                for (int i = 0; i < 10; i++) {
                    EnrichedArticle a = Articles.enriched("page" + (i / 3), i % 3, version, at);
                    producer.send(new ProducerRecord<>(topic, a.getArticle().getArticleId().getBytes(StandardCharsets.UTF_8),
                            serde.serialize(topic, a)));
                }
                if (version.equals("v1")) {
                    producer.send(new ProducerRecord<>(topic, "bad".getBytes(StandardCharsets.UTF_8),
                            "garbage".getBytes(StandardCharsets.UTF_8)));
                }
            }
        }

        await("10 articles at v2", () -> {
            try (Connection c = db()) {
                return count(c, "SELECT count(*) FROM articles WHERE pipeline_version = 'v2-fewer'") == 10;
            }
        });
        try (Connection c = db()) {
            assertEquals(10, count(c, "SELECT count(*) FROM articles"));
            assertEquals(10, count(c, "SELECT count(*) FROM mentions"));
        }
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "containers-it");
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(dlq));
            int[] dead = {0};
            await("one dead letter", () -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> dead[0]++);
                return dead[0] == 1;
            });
        }
        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(connectors + "/newsflow-postgres/status")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(status.body().contains("RUNNING") && !status.body().contains("FAILED"), status.body());
    }
}
