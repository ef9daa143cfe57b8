package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.app.ComposeFileTest.Compose;
import io.newsflow.app.ComposeFileTest.Result;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedPostgres;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityCount;
import io.newsflow.schemas.avro.Mention;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the compose stack's scripts under {@code docker/} for real, without Docker, against an embedded broker,
 * the project's Schema Registry server and an embedded PostgreSQL. The apache/kafka image's CLI scripts are
 * stood in for by JVMs running the same classes ({@code org.apache.kafka.tools.TopicCommand} for
 * {@code kafka-topics.sh}, {@code ConnectDistributed} for {@code connect-distributed.sh}); the Connect worker runs
 * in its own JVM WITHOUT the sink on its class path, so the connector can only come from the packaged plugin
 * directory on {@code plugin.path}, as in the container. The producer and the three processors run through
 * {@code docker/app/newsflow.sh} with their compose commands, only the in-network addresses replaced by local ones.
 * Compose-only parts (service DNS names, images, mounts) are checked statically by {@link ComposeFileTest}.
 */
class ComposeScriptsIT {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    static Path tmp;
    static Path root;
    static Compose compose;
    static EmbeddedKafka kafka;
    static SchemaRegistryServer registry;
    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        root = ComposeFileTest.repositoryRoot();
        compose = new Compose(root);
        kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
        registry = SchemaRegistryServer.start(kafka.bootstrapServers(), 0);
        postgres = EmbeddedPostgres.start(tmp.resolve("postgres"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {postgres, registry, kafka}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void topicsInitCreatesEveryTopicAndGrowsThemWhenThePartitionCountRises() throws Exception {
        List<String> specs = compose.list(compose.service("topics-init").get("command"));
        Path cli = launcher("kafka-topics.sh", "org.apache.kafka.tools.TopicCommand", classPath(Set.of()));
        Map<String, String> env = new HashMap<>(compose.environment(compose.service("topics-init")));
        env.put("NEWSFLOW_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("KAFKA_TOPICS_CLI", cli.toString());
        Path script = root.resolve("docker/kafka/create-topics.sh");
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(specs);

        env.put("NEWSFLOW_PARTITIONS", "2");
        Result created = ComposeFileTest.run(command, env, 300);
        assertEquals(0, created.exit(), created.out() + created.err());
        Set<String> all = Set.copyOf(Topics.names());
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(all).allTopicNames().get(30, TimeUnit.SECONDS);
            topics.values().forEach(t -> assertEquals(2, t.partitions().size(), t.name()));
            ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW_PAGES.name());
            Config rawConfig = admin.describeConfigs(List.of(raw)).all().get(30, TimeUnit.SECONDS).get(raw);
            assertEquals("-1", rawConfig.get("retention.ms").value(), "raw pages are kept for replay");
        }

        // Re-running with a larger count grows the topics (two topics keep the JVM launches few); a smaller count
        // is refused by Kafka, so the script keeps the topic and warns.
        List<String> two = List.of("bash", script.toString(), Topics.ARTICLES.name(), Topics.DLQ_SPLIT.name());
        env.put("NEWSFLOW_PARTITIONS", "4");
        Result grown = ComposeFileTest.run(two, env, 120);
        assertEquals(0, grown.exit(), grown.out() + grown.err());
        env.put("NEWSFLOW_PARTITIONS", "1");
        Result smaller = ComposeFileTest.run(two, env, 120);
        assertEquals(0, smaller.exit(), smaller.out() + smaller.err());
        assertTrue(smaller.err().contains("Kafka cannot remove partitions"), smaller.err());
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.ARTICLES.name(),
                    Topics.DLQ_SPLIT.name(), Topics.NORMALIZED_PAGES.name())).allTopicNames().get(30, TimeUnit.SECONDS);
            assertEquals(4, topics.get(Topics.ARTICLES.name()).partitions().size());
            assertEquals(4, topics.get(Topics.DLQ_SPLIT.name()).partitions().size());
            assertEquals(2, topics.get(Topics.NORMALIZED_PAGES.name()).partitions().size(), "not named: untouched");
        }

        env.put("NEWSFLOW_PARTITIONS", "zero");
        Result bad = ComposeFileTest.run(two, env, 30);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("NEWSFLOW_PARTITIONS"), bad.err());
    }

    @Test
    void connectWorkerLoadsThePluginConnectInitRegistersTheSinkAndTheAppServicesFillTheDatabase() throws Exception {
        Path pluginDir = compose.hostPath(compose.service("connect"),
                "/opt/newsflow/sink-connectors/target/newsflow-postgres-sink-plugin");
        Assumptions.assumeTrue(Files.isDirectory(pluginDir.resolve("newsflow-postgres-sink/lib")),
                "the Connect plugin is not built: run 'mvn -B package' (or verify) with sink-connectors first");
        for (String topic : List.of(Topics.ENRICHED_ARTICLES.name(), Topics.DLQ_SINK.name())) {
            try (Admin admin = admin()) {
                if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                    kafka.createTopic(topic, 2, Map.of());
                }
            }
        }

        // worker.sh as the container runs it: compose's environment, with the addresses of this machine
        int restPort = freePort();
        Path kafkaHome = Files.createDirectories(tmp.resolve("kafka-home"));
        Files.createDirectories(kafkaHome.resolve("bin"));
        Path distributed = launcher("connect-distributed.sh", "org.apache.kafka.connect.cli.ConnectDistributed",
                classPath(Set.of("sink-connectors")));
        Files.move(distributed, kafkaHome.resolve("bin/connect-distributed.sh"));
        Map<String, String> workerEnv = new HashMap<>(compose.environment(compose.service("connect")));
        workerEnv.put("CONNECT_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        workerEnv.put("CONNECT_LISTENERS", "http://127.0.0.1:" + restPort);
        workerEnv.put("CONNECT_REST_ADVERTISED_HOST_NAME", "127.0.0.1");
        workerEnv.put("CONNECT_REST_ADVERTISED_PORT", String.valueOf(restPort));
        workerEnv.put("CONNECT_PLUGIN_PATH", pluginDir.toString());
        workerEnv.put("CONNECT_PROPERTIES_FILE", tmp.resolve("worker.properties").toString());
        workerEnv.put("KAFKA_HOME", kafkaHome.toString());
        workerEnv.put("KAFKA_HEAP_OPTS", "-Xmx512m");
        Path workerLog = tmp.resolve("worker.log");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("docker/connect/worker.sh").toString());
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv("PATH"));
        pb.environment().putAll(workerEnv);
        pb.redirectErrorStream(true).redirectOutput(workerLog.toFile());
        Process worker = pb.start();
        try {
            await("Connect REST API healthy (docker/connect/healthcheck.sh)", worker, workerLog, () -> ComposeFileTest.run(
                    List.of("bash", root.resolve("docker/connect/healthcheck.sh").toString(), String.valueOf(restPort)),
                    Map.of()).exit() == 0);

            Map<String, String> initEnv = new HashMap<>(compose.environment(compose.service("connect-init")));
            initEnv.put("CONNECT_URL", "http://127.0.0.1:" + restPort);
            initEnv.put("NEWSFLOW_DB_URL", postgres.jdbcUrl());
            initEnv.put("NEWSFLOW_DB_USER", postgres.user());
            initEnv.put("NEWSFLOW_DB_PASSWORD", "");
            initEnv.put("NEWSFLOW_REGISTRY_URL", registry.url());
            initEnv.put("NEWSFLOW_SINK_TASKS", "2");
            List<String> register = List.of("sh", root.resolve("docker/connect/register-connector.sh").toString());
            Result first = ComposeFileTest.run(register, initEnv, (int) WAIT.toSeconds() * 2);
            assertEquals(0, first.exit(), first.out() + first.err() + "\nworker log:\n" + tail(workerLog));
            assertTrue(first.out().contains("is RUNNING"), first.out());
            Result again = ComposeFileTest.run(register, initEnv, (int) WAIT.toSeconds());
            assertEquals(0, again.exit(), "re-running connect-init updates in place: " + again.out() + again.err());

            // one real article reaches the tables; a record that is not Confluent-framed goes to the dead letters
            AvroSerde<EnrichedArticle> serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES,
                    new RestSchemaRegistryClient(registry.url()));
            EnrichedArticle article = article();
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (KafkaProducer<byte[], byte[]> producer =
                         new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                String topic = Topics.ENRICHED_ARTICLES.name();
                producer.send(new ProducerRecord<>(topic, bytes(article.getArticle().getArticleId()),
                        serde.serialize(topic, article))).get();
                producer.send(new ProducerRecord<>(topic, bytes("garbage"), bytes("not avro"))).get();
            }
            await("the article row", worker, workerLog, () -> count("SELECT count(*) FROM articles WHERE article_id = '"
                    + article.getArticle().getArticleId() + "'") == 1);
            assertEquals(2, count("SELECT count(*) FROM mentions"));
            try (KafkaConsumer<byte[], byte[]> consumer = deadLetterConsumer()) {
                int[] seen = {0};
                await("the dead letter", worker, workerLog, () -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> seen[0]++);
                    return seen[0] == 1;
                });
            }

            // the producer and the three processors, started by docker/app/newsflow.sh with the compose commands:
            // a page dropped into the inbox ends up as article rows
            Path jar = root.resolve("app/target/newsflow-app.jar");
            Assumptions.assumeTrue(Files.isRegularFile(jar), "the CLI is not packaged: run 'mvn -B package' first");
            Path inbox = Files.createDirectories(tmp.resolve("inbox"));
            Map<String, String> local = Map.of(ComposeFileTest.INTERNAL_BOOTSTRAP, kafka.bootstrapServers(),
                    ComposeFileTest.REGISTRY_URL, registry.url(), "/data/inbox", inbox.toString(),
                    "/var/lib/newsflow", tmp.resolve("ingest-state").toString());
            for (String service : ComposeFileTest.APP_SERVICES) {
                apps.add(startApp(service, local));
            }
            Files.copy(root.resolve("samples/2025-06-01_p01.txt"), inbox.resolve("2025-06-01_p01.txt.part"));
            Files.move(inbox.resolve("2025-06-01_p01.txt.part"), inbox.resolve("2025-06-01_p01.txt"));
            await("articles of the dropped page in PostgreSQL", worker, workerLog, () -> {
                for (Process app : apps) {
                    assertTrue(app.isAlive(), "an application container stopped: " + app.info().commandLine().orElse("")
                            + "\n" + tail(tmp.resolve("app-" + apps.indexOf(app) + ".log")));
                }
                return count("SELECT count(*) FROM articles WHERE page_id = '2025-06-01/p01'") > 0;
            });
        } finally {
            for (Process app : apps) {
                app.destroy(); // SIGTERM, as 'docker compose stop' sends
            }
            for (Process app : apps) {
                if (!app.waitFor(60, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
            worker.destroy(); // SIGTERM: the worker stops its connector and leaves the group
            if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
            }
        }
    }

    private final List<Process> apps = new java.util.ArrayList<>();

    /** Starts one application service as its container would: entrypoint + command, compose addresses replaced. */
    private Process startApp(String service, Map<String, String> local) throws IOException {
        var s = compose.service(service);
        List<String> command = new java.util.ArrayList<>(compose.list(s.get("entrypoint")));
        command.set(1, compose.hostPath(s, command.get(1)).toString());
        for (String arg : compose.list(s.get("command"))) {
            command.add(local.getOrDefault(arg, arg));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv("PATH"));
        pb.environment().putAll(compose.environment(s));
        pb.environment().put("NEWSFLOW_HOME", compose.hostPath(s, "/opt/newsflow/app").toString());
        pb.environment().put("JAVA_OPTS", "-Xmx512m");
        Path log = tmp.resolve("app-" + apps.size() + ".log");
        return pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static EnrichedArticle article() {
        String body = "河西市消息，李明在东山县出席了会议。";
        Article a = Article.newBuilder()
                .setArticleId("compose-it/2025-01-02/p01-0")
                .setPageId("compose-it/2025-01-02/p01")
                .setSource("compose-it.txt")
                .setEditionDate("2025-01-02")
                .setPageNumber(1)
                .setIndex(0)
                .setItemCount(1)
                .setKind("article")
                .setTitle("会议")
                .setKicker("")
                .setSubtitle("")
                .setByline("")
                .setBody(body)
                .setContentSha256("0".repeat(64))
                .setPipelineVersion("compose-it")
                .setProcessedAt(Instant.parse("2025-01-02T00:00:00Z"))
                .build();
        return EnrichedArticle.newBuilder()
                .setArticle(a)
                .setExtractor("compose-it")
                .setMentions(List.of(mention(body, "李明", "PERSON"), mention(body, "东山县", "LOCATION")))
                .setEntities(List.of(new EntityCount("李明", "PERSON", 1), new EntityCount("东山县", "LOCATION", 1)))
                .setExtractedAt(Instant.parse("2025-01-02T00:00:01Z"))
                .build();
    }

    private static Mention mention(String body, String surface, String type) {
        int at = body.indexOf(surface);
        return new Mention(surface, type, at, at + surface.length(), surface);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static KafkaConsumer<byte[], byte[]> deadLetterConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "compose-scripts-it");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        c.subscribe(List.of(Topics.DLQ_SINK.name()));
        return c;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // table not created yet: the task has not started
                return -1;
            }
            throw e;
        }
    }

    /**
     * The test JVM's class path without the entries whose path contains one of {@code without}; for the Connect
     * worker that keeps the sink off the class path, so it can only be loaded from plugin.path.
     */
    private static String classPath(Set<String> without) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> without.stream().noneMatch(e::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A shell script standing in for one of the apache/kafka image's bin/ scripts. */
    private static Path launcher(String name, String mainClass, String classPath) throws IOException {
        Path script = tmp.resolve(name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' ${KAFKA_HEAP_OPTS:--Xmx256m} -XX:TieredStopAtLevel=1 "
                + "-cp '" + classPath + "' " + mainClass + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void await(String what, Process worker, Path log, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!worker.isAlive()) {
                fail("the Connect worker exited (" + worker.exitValue() + ") while waiting for " + what + ":\n" + tail(log));
            }
            if (condition.call()) {
                return;
            }
            Thread.sleep(500);
        }
        fail("timed out waiting for " + what + "; worker log:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
