package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newsflow.ingest.IngestOptions;
import io.newsflow.schemas.Topics;
import io.newsflow.stream.StreamSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.converters.ByteArrayConverter;
import org.apache.kafka.connect.runtime.SinkConnectorConfig;
import org.apache.kafka.connect.runtime.distributed.DistributedConfig;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static checks of {@code docker-compose.yml} (no Docker engine needed): it is parsed as YAML, variables are
 * interpolated with their defaults the way Compose does, and every part is checked against the real thing it
 * configures — the newsflow CLI's own option parsers, {@link Topics}, the sink connector's {@code ConfigDef},
 * Kafka Connect's worker and connector configs, the broker's {@link KafkaConfig} — and the helper scripts under
 * {@code docker/} are run here (bash/sh) to render what they would hand to the containers.
 */
class ComposeFileTest {
    static final Set<String> OFFICIAL_IMAGES = Set.of("apache/kafka", "confluentinc/cp-schema-registry", "postgres",
            "eclipse-temurin", "curlimages/curl");
    static final List<String> PROCESSORS = List.of("normalize", "split", "extract");
    static final List<String> APP_SERVICES = List.of("ingest", "normalize", "split", "extract");
    static final String INTERNAL_BOOTSTRAP = "kafka:19092";
    static final String REGISTRY_URL = "http://schema-registry:8081";
    /** Variables of the apache/kafka image's start script that are not rendered into server.properties. */
    static final Set<String> KAFKA_IMAGE_NON_PROPERTIES = Set.of("KAFKA_VERSION", "KAFKA_HEAP_OPT", "KAFKA_LOG4J_OPTS",
            "KAFKA_OPTS", "KAFKA_JMX_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS",
            "KAFKA_LOG4J_ROOT_LOGLEVEL", "KAFKA_LOG4J_LOGGERS", "KAFKA_TOOLS_LOG4J_LOGLEVEL");

    static Path root;
    static Compose compose;

    @BeforeAll
    static void load() throws IOException {
        root = repositoryRoot();
        compose = new Compose(root);
    }

    /** The directory holding docker-compose.yml: the repository root, above the module tests run in. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
        return dir;
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyServiceRunsAnOfficialImagePinnedToAVersion() {
        for (String name : compose.serviceNames()) {
            JsonNode s = compose.service(name);
            assertFalse(s.has("build"), name + ": must run an official image, not build one");
            String image = compose.text(s.get("image"));
            Matcher m = Pattern.compile("([a-z0-9][a-z0-9./-]*):([A-Za-z0-9][A-Za-z0-9._-]*)").matcher(image);
            assertTrue(m.matches(), name + ": image '" + image + "' has no tag");
            assertTrue(OFFICIAL_IMAGES.contains(m.group(1)), name + ": unexpected image " + m.group(1));
            String tag = m.group(2);
            assertFalse(tag.toLowerCase().contains("latest"), name + ": tag " + tag + " is not pinned");
            assertTrue(tag.matches("\\d+(\\.\\d+)+.*"), name + ": tag " + tag + " is not a version number");
        }
    }

    @Test
    void theWholeStackIsThere() {
        assertEquals(new TreeSet<>(List.of("kafka", "topics-init", "schema-registry", "postgres", "connect",
                "connect-init", "ingest", "normalize", "split", "extract")), new TreeSet<>(compose.serviceNames()));
    }

    @Test
    void topicsInitCreatesExactlyTheTopicsOfTheRegistryAndKeepsRawPagesForReplay() {
        JsonNode init = compose.service("topics-init");
        List<String> specs = compose.list(init.get("command"));
        Set<String> created = specs.stream().map(s -> s.split(":", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(Topics.names());
        assertEquals(expected, created);
        String raw = specs.stream().filter(s -> s.startsWith(Topics.RAW_PAGES.name() + ":")).findFirst().orElseThrow();
        assertTrue(raw.endsWith(":retention.ms=-1"), "raw pages must be kept for replay by default: " + raw);

        Map<String, String> env = compose.environment(init);
        assertTrue(Integer.parseInt(env.get("NEWSFLOW_PARTITIONS")) >= 1);
        assertEquals(INTERNAL_BOOTSTRAP, env.get("NEWSFLOW_BOOTSTRAP_SERVERS"));
        List<String> entrypoint = compose.list(init.get("entrypoint"));
        assertEquals("bash", entrypoint.get(0));
        assertEquals(root.resolve("docker/kafka/create-topics.sh"), compose.hostPath(init, entrypoint.get(1)));
    }

    @Test
    void producerAndProcessorsUseCommandsAndOptionsTheCliAccepts(@TempDir Path tmp) throws Exception {
        for (String name : APP_SERVICES) {
            JsonNode s = compose.service(name);
            List<String> entrypoint = compose.list(s.get("entrypoint"));
            assertEquals(List.of("sh", "/opt/newsflow/docker/app/newsflow.sh"), entrypoint, name);
            assertEquals(root.resolve("docker/app/newsflow.sh"), compose.hostPath(s, entrypoint.get(1)), name);
            assertEquals(root.resolve("app"), compose.hostPath(s, "/opt/newsflow/app"), name + ": build output mount");

            List<String> command = compose.list(s.get("command"));
            // The real parser sees every option before the trailing --help: an unknown option, a missing value or
            // a bad stage name would fail with exit code 2 instead of printing the usage.
            List<String> withHelp = new ArrayList<>(command);
            withHelp.add("--help");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(withHelp.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String help = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, name + ": " + command + " rejected: " + err.toString(StandardCharsets.UTF_8));
            for (String arg : command) {
                if (arg.startsWith("--")) {
                    assertTrue(help.contains(arg), name + ": option " + arg + " is not in the help of " + command.get(0));
                }
            }
            Map<String, String> options = options(command);
            assertEquals(INTERNAL_BOOTSTRAP, options.get("--bootstrap-servers"), name);
            assertEquals(REGISTRY_URL, options.get("--registry-url"), name);
            if (PROCESSORS.contains(name)) {
                assertEquals(List.of("stream", name), command.subList(0, 2), name + " must run its own application id");
                // the values pass the processors' start-up validation
                new StreamSettings(options.get("--bootstrap-servers"), options.get("--registry-url"), tmp.resolve(name),
                        Integer.parseInt(options.get("--partitions")));
                assertEquals(compose.environment(compose.service("topics-init")).get("NEWSFLOW_PARTITIONS"),
                        options.get("--partitions"), name + ": same partition count as topics-init");
            }
        }

        List<String> ingest = compose.list(compose.service("ingest").get("command"));
        assertEquals("ingest", ingest.get(0));
        Map<String, String> options = options(ingest);
        assertEquals(root.resolve("data/inbox"), compose.hostPath(compose.service("ingest"), options.get("--watch")));
        assertTrue(compose.isNamedVolume(compose.service("ingest"), options.get("--state-dir")),
                "the ingest ledger must outlive the container");
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        List<String> local = ingest.subList(1, ingest.size()).stream()
                .map(a -> a.equals(options.get("--watch")) ? inbox.toString() : a)
                .map(a -> a.equals(options.get("--state-dir")) ? tmp.resolve("state").toString() : a).toList();
        IngestOptions parsed = IngestOptions.parse(local);
        assertTrue(parsed.watchMode());
        assertEquals(tmp.resolve("state"), parsed.stateDir());
    }

    @Test
    void appLauncherExplainsThatTheBuildMustRunFirst(@TempDir Path emptyHome) throws Exception {
        String pom = Files.readString(root.resolve("app/pom.xml"));
        assertTrue(pom.contains("<finalName>newsflow-app</finalName>"), "launcher expects target/newsflow-app.jar");
        assertTrue(pom.contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>"),
                "launcher expects the dependencies in target/lib");
        Result r = run(List.of("sh", root.resolve("docker/app/newsflow.sh").toString(), "stream", "--help"),
                Map.of("NEWSFLOW_HOME", emptyHome.toString()));
        assertEquals(78, r.exit, r.err);
        assertTrue(r.err.contains("mvn -B -DskipTests package"), r.err);
    }

    @Test
    void processorsCanBeScaledAndShareNothingWritable() {
        for (String name : PROCESSORS) {
            JsonNode s = compose.service(name);
            assertFalse(s.has("container_name"), name + ": a fixed container name prevents --scale");
            assertFalse(s.has("ports"), name + ": a host port prevents --scale");
            for (JsonNode v : s.path("volumes")) {
                assertTrue(compose.text(v).endsWith(":ro"), name + ": writable mount " + compose.text(v));
            }
        }
    }

    @Test
    void brokerEnvironmentIsAValidKafkaConfigWithReachableListeners() {
        JsonNode kafka = compose.service("kafka");
        Map<String, String> env = compose.environment(kafka);
        Uuid clusterId = Uuid.fromString(env.get("CLUSTER_ID"));
        assertFalse(clusterId.toString().startsWith("-"));

        Set<String> known = new HashSet<>(KafkaConfig.configDef().names());
        Map<String, String> props = new TreeMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("KAFKA_") && !KAFKA_IMAGE_NON_PROPERTIES.contains(k)) {
                String property = imagePropertyName(k.substring("KAFKA_".length()));
                assertTrue(known.contains(property), k + " renders to " + property + ", which is no broker setting");
                props.put(property, v);
            }
        });
        // the broker's own cross-checks: roles, listeners, advertised listeners, controller quorum, protocols
        KafkaConfig config = new KafkaConfig(props, false);
        assertEquals((short) 1, config.getShort("offsets.topic.replication.factor"));
        assertEquals((short) 1, config.getShort("transaction.state.log.replication.factor"));
        assertEquals(1, config.getInt("transaction.state.log.min.isr"));

        Map<String, String> advertised = listenerMap(props.get("advertised.listeners"));
        assertEquals(INTERNAL_BOOTSTRAP, advertised.get(props.get("inter.broker.listener.name")));
        assertEquals("kafka", compose.text(kafka.get("hostname")));
        String external = advertised.get("EXTERNAL");
        String port = listenerMap(props.get("listeners")).get("EXTERNAL").split(":")[1];
        assertEquals(List.of(external.split(":")[1] + ":" + port), compose.list(kafka.get("ports")),
                "the advertised host port must be the published one");
    }

    @Test
    void everyClientUsesTheBrokersInternalListener() {
        assertEquals(INTERNAL_BOOTSTRAP, compose.environment(compose.service("connect")).get("CONNECT_BOOTSTRAP_SERVERS"));
        assertEquals("PLAINTEXT://" + INTERNAL_BOOTSTRAP,
                compose.environment(compose.service("schema-registry")).get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"));
        JsonNode registry = compose.service("schema-registry");
        assertEquals("schema-registry", compose.text(registry.get("hostname")));
        assertEquals("http://0.0.0.0:8081", compose.environment(registry).get("SCHEMA_REGISTRY_LISTENERS"));
    }

    @Test
    void connectWorkerPropertiesAreAValidDistributedConfigForTheSink() throws Exception {
        JsonNode connect = compose.service("connect");
        List<String> entrypoint = compose.list(connect.get("entrypoint"));
        assertEquals("bash", entrypoint.get(0));
        Path script = compose.hostPath(connect, entrypoint.get(1));
        assertEquals(root.resolve("docker/connect/worker.sh"), script);

        Result r = run(List.of("bash", script.toString(), "--print"), compose.environment(connect));
        assertEquals(0, r.exit, r.err);
        Properties rendered = new Properties();
        rendered.load(new StringReader(r.out));
        Map<String, String> props = new TreeMap<>();
        rendered.stringPropertyNames().forEach(k -> props.put(k, rendered.getProperty(k)));

        DistributedConfig config = new DistributedConfig(props); // throws naming a missing or invalid setting
        for (String key : props.keySet()) {
            if (key.startsWith("consumer.")) {
                assertTrue(ConsumerConfig.configNames().contains(key.substring("consumer.".length())), key);
            } else {
                assertTrue(config.values().containsKey(key), key + " is not a Connect worker setting");
            }
        }
        assertEquals(INTERNAL_BOOTSTRAP, props.get("bootstrap.servers"));
        assertEquals("read_committed", props.get("consumer.isolation.level"));
        assertEquals(ByteArrayConverter.class.getName(), props.get("key.converter"));
        assertEquals(ByteArrayConverter.class.getName(), props.get("value.converter"));
        for (String rf : List.of("config.storage.replication.factor", "offset.storage.replication.factor",
                "status.storage.replication.factor")) {
            assertEquals("1", props.get(rf), rf);
        }

        // plugin.path is the mounted plugin directory the sink-connectors build produces
        assertEquals(root.resolve("sink-connectors/target/newsflow-postgres-sink-plugin"),
                compose.hostPath(connect, props.get("plugin.path")));
        String sinkPom = Files.readString(root.resolve("sink-connectors/pom.xml"));
        String assembly = Files.readString(root.resolve("sink-connectors/src/assembly/connect-plugin.xml"));
        assertTrue(sinkPom.contains("<finalName>newsflow-postgres-sink</finalName>")
                && assembly.contains("<id>plugin</id>") && assembly.contains("<format>dir</format>"),
                "the sink-connectors build no longer produces target/newsflow-postgres-sink-plugin");
        Path built = root.resolve("sink-connectors/target/newsflow-postgres-sink-plugin/newsflow-postgres-sink/lib");
        if (Files.isDirectory(built)) { // present once sink-connectors was packaged
            try (var jars = Files.list(built)) {
                assertTrue(jars.anyMatch(p -> p.getFileName().toString().startsWith("sink-connectors-")), built.toString());
            }
        }

        // REST port: listener, published port, health check and connect-init agree
        assertEquals("http://0.0.0.0:8083", props.get("listeners"));
        assertTrue(compose.list(connect.get("ports")).get(0).endsWith(":8083"));
        assertEquals("8083", compose.list(connect.path("healthcheck").get("test")).get(3));
        assertEquals(root.resolve("docker/connect/healthcheck.sh"),
                compose.hostPath(connect, compose.list(connect.path("healthcheck").get("test")).get(2)));
        assertEquals("http://" + props.get("rest.advertised.host.name") + ":8083",
                compose.environment(compose.service("connect-init")).get("CONNECT_URL"));
    }

    @Test
    void connectInitRegistersTheRealSinkWithSettingsItDefines() throws Exception {
        JsonNode init = compose.service("connect-init");
        List<String> entrypoint = compose.list(init.get("entrypoint"));
        Path script = compose.hostPath(init, entrypoint.get(1));
        assertEquals(root.resolve("docker/connect/register-connector.sh"), script);

        Map<String, String> env = compose.environment(init);
        Result r = run(List.of("sh", script.toString(), "--print"), env);
        assertEquals(0, r.exit, r.err);
        Map<String, String> config = new ObjectMapper().readValue(r.out, new TypeReference<LinkedHashMap<String, String>>() { });

        Class<?> type = Class.forName(config.get("connector.class"));
        assertTrue(SinkConnector.class.isAssignableFrom(type), type + " is no sink connector");
        SinkConnector connector = (SinkConnector) type.getDeclaredConstructor().newInstance();
        ConfigDef own = connector.config();
        ConfigDef connect = SinkConnectorConfig.configDef();
        for (String key : config.keySet()) {
            assertTrue(own.names().contains(key) || connect.names().contains(key),
                    key + " is neither a setting of " + type.getSimpleName() + " nor a Connect sink setting");
        }
        for (ConfigValue v : connector.validate(config).configValues()) {
            assertTrue(v.errorMessages().isEmpty(), v.name() + ": " + v.errorMessages());
        }
        for (ConfigValue v : connect.validate(config)) { // also finds required settings that are missing
            assertTrue(v.errorMessages().isEmpty(), v.name() + ": " + v.errorMessages());
        }
        assertEquals(env.get("CONNECTOR_NAME"), config.get("name"));
        SinkConnectorConfig.validate(config); // topics vs. dead letter topic

        assertEquals(Topics.ENRICHED_ARTICLES.name(), config.get("topics"));
        assertEquals(Topics.DLQ_SINK.name(), config.get("errors.deadletterqueue.topic.name"));
        assertEquals("1", config.get("errors.deadletterqueue.topic.replication.factor"));
        assertEquals(ByteArrayConverter.class.getName(), config.get("value.converter"));
        assertEquals(REGISTRY_URL, config.get("schema.registry.url"));

        JsonNode postgres = compose.service("postgres");
        Map<String, String> db = compose.environment(postgres);
        assertEquals("postgres", compose.text(postgres.get("hostname")));
        URI jdbc = URI.create(config.get("connection.url").substring("jdbc:".length()));
        assertEquals("postgres", jdbc.getHost());
        assertEquals(5432, jdbc.getPort());
        assertEquals("/" + db.get("POSTGRES_DB"), jdbc.getPath());
        assertEquals(db.get("POSTGRES_USER"), config.get("connection.user"));
        assertEquals(db.get("POSTGRES_PASSWORD"), config.get("connection.password"));

        Map<String, String> missing = new HashMap<>(env);
        missing.remove("NEWSFLOW_DB_URL");
        Result failed = run(List.of("sh", script.toString(), "--print"), missing);
        assertNotEquals(0, failed.exit);
        assertTrue(failed.err.contains("NEWSFLOW_DB_URL"), failed.err);
    }

    @Test
    void connectInitEscapesValuesIntoValidJson() throws Exception {
        Map<String, String> env = new HashMap<>(compose.environment(compose.service("connect-init")));
        env.put("NEWSFLOW_DB_PASSWORD", "a\"b\\c$d ${NOT_A_VAR}");
        Result r = run(List.of("sh", root.resolve("docker/connect/register-connector.sh").toString(), "--print"), env);
        assertEquals(0, r.exit, r.err);
        Map<String, String> config = new ObjectMapper().readValue(r.out, new TypeReference<Map<String, String>>() { });
        assertEquals("a\"b\\c$d ${NOT_A_VAR}", config.get("connection.password"));
    }

    @Test
    void everyDependencyConditionCanBeMet() {
        for (String name : compose.serviceNames()) {
            JsonNode dependsOn = compose.service(name).path("depends_on");
            dependsOn.fieldNames().forEachRemaining(target -> {
                assertTrue(compose.serviceNames().contains(target), name + " depends on unknown " + target);
                String condition = dependsOn.get(target).path("condition").asText();
                JsonNode t = compose.service(target);
                switch (condition) {
                    case "service_healthy" -> assertTrue(t.has("healthcheck"), target + " has no healthcheck");
                    case "service_completed_successfully" -> assertEquals("no", compose.text(t.get("restart")),
                            target + " is a one-shot service and must not restart");
                    default -> fail(name + " -> " + target + ": unexpected condition '" + condition + "'");
                }
            });
        }
        for (String name : List.of("kafka", "schema-registry", "postgres", "connect")) {
            assertTrue(compose.service(name).has("healthcheck"), name);
        }
    }

    @Test
    void envExampleListsEveryVariableWithTheDefaultComposeUses() throws IOException {
        Map<String, String> example = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve(".env.example"))) {
            String l = line.trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            String value = l.substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            assertTrue(example.put(l.substring(0, eq), value) == null, "twice in .env.example: " + l);
        }
        assertEquals(new TreeMap<>(compose.defaults), example);
        assertTrue(compose.withoutDefault.isEmpty(), "variables without a default: " + compose.withoutDefault);
    }

    @Test
    void helperScriptsAreSyntacticallyValid() throws Exception {
        for (String script : List.of("docker/kafka/create-topics.sh", "docker/connect/worker.sh",
                "docker/connect/healthcheck.sh")) {
            Result r = run(List.of("bash", "-n", root.resolve(script).toString()), Map.of());
            assertEquals(0, r.exit, script + ": " + r.err);
        }
        for (String script : List.of("docker/connect/register-connector.sh", "docker/app/newsflow.sh")) {
            Result r = run(List.of("sh", "-n", root.resolve(script).toString()), Map.of());
            assertEquals(0, r.exit, script + ": " + r.err);
        }
    }

    @Test
    void workerPropertyNamesFollowTheKafkaImageRule() {
        assertEquals("bootstrap.servers", imagePropertyName("BOOTSTRAP_SERVERS"));
        assertEquals("some_setting.x", imagePropertyName("SOME__SETTING_X"));
        assertEquals("a-b", imagePropertyName("A___B"));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The apache/kafka image's rule: '_' -> '.', '__' -> '_', '___' -> '-', lower case. */
    static String imagePropertyName(String variable) {
        return variable.toLowerCase().replace("___", "-").replace("__", "\u0001").replace('_', '.').replace('\u0001', '_');
    }

    static Map<String, String> listenerMap(String listeners) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : listeners.split(",")) {
            int sep = l.indexOf("://");
            m.put(l.substring(0, sep), l.substring(sep + 3));
        }
        return m;
    }

    static Map<String, String> options(List<String> command) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < command.size() - 1; i++) {
            if (command.get(i).startsWith("--")) {
                m.put(command.get(i), command.get(i + 1));
            }
        }
        return m;
    }

    record Result(int exit, String out, String err) {
    }

    /** Runs a helper script here with exactly the given environment (plus PATH), as the container would. */
    static Result run(List<String> command, Map<String, String> env) throws Exception {
        return run(command, env, 30);
    }

    static Result run(List<String> command, Map<String, String> env, int timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        String path = System.getenv("PATH");
        pb.environment().clear();
        pb.environment().put("PATH", path == null ? "/usr/bin:/bin" : path);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("compose-test", ".out");
        Path err = Files.createTempFile("compose-test", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not finish within " + timeoutSeconds + " s: " + Files.readString(out) + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * docker-compose.yml with Compose's interpolation applied using the defaults ({@code ${VAR:-default}}), i.e. as
     * {@code docker compose config} shows it when no variable is set.
     */
    static final class Compose {
        private static final Pattern VARIABLE =
                Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}|\\$([A-Za-z_])");
        final Path root;
        final JsonNode tree;
        final Map<String, String> defaults = new HashMap<>();
        final Set<String> withoutDefault = new TreeSet<>();

        Compose(Path root) throws IOException {
            this.root = root;
            this.tree = new YAMLMapper().readTree(Files.readString(root.resolve("docker-compose.yml")));
            assertTrue(tree.path("services").isObject(), "no services");
            interpolateAll(tree); // collects every variable and its default
        }

        private void interpolateAll(JsonNode node) {
            if (node.isTextual()) {
                interpolate(node.asText());
            }
            node.forEach(this::interpolateAll);
        }

        List<String> serviceNames() {
            List<String> names = new ArrayList<>();
            tree.get("services").fieldNames().forEachRemaining(names::add);
            return names;
        }

        JsonNode service(String name) {
            JsonNode s = tree.path("services").get(name);
            assertTrue(s != null && s.isObject(), "no service " + name);
            return s;
        }

        /** A scalar, interpolated. */
        String text(JsonNode node) {
            assertTrue(node != null && node.isValueNode(), "not a scalar: " + node);
            return interpolate(node.asText());
        }

        /** A list of scalars (or one string, split on blanks as Compose splits a string command). */
        List<String> list(JsonNode node) {
            assertTrue(node != null, "missing list");
            if (node.isTextual()) {
                return List.of(text(node).trim().split("\\s+"));
            }
            List<String> l = new ArrayList<>();
            node.forEach(n -> l.add(text(n)));
            return l;
        }

        Map<String, String> environment(JsonNode service) {
            Map<String, String> env = new LinkedHashMap<>();
            JsonNode e = service.path("environment");
            assertTrue(e.isMissingNode() || e.isObject(), "write environment as a map");
            e.fields().forEachRemaining(f -> env.put(f.getKey(), text(f.getValue())));
            return env;
        }

        /** The repository path a bind mount of {@code service} puts at {@code containerPath}. */
        Path hostPath(JsonNode service, String containerPath) {
            for (JsonNode v : service.path("volumes")) {
                String[] parts = text(v).split(":");
                if (parts[0].startsWith(".") && (containerPath.equals(parts[1]) || containerPath.startsWith(parts[1] + "/"))) {
                    return root.resolve(parts[0]).resolve(containerPath.substring(parts[1].length()).replaceFirst("^/", ""))
                            .normalize();
                }
            }
            throw new AssertionError("no bind mount covers " + containerPath);
        }

        boolean isNamedVolume(JsonNode service, String containerPath) {
            for (JsonNode v : service.path("volumes")) {
                String[] parts = text(v).split(":");
                if (parts[1].equals(containerPath)) {
                    return tree.path("volumes").has(parts[0]);
                }
            }
            return false;
        }

        private String interpolate(String s) {
            Matcher m = VARIABLE.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String replacement;
                if (m.group().equals("$$")) {
                    replacement = "$";
                } else if (m.group(4) != null) {
                    throw new AssertionError("write ${VAR:-default}, not $VAR: " + s);
                } else if (m.group(2) == null) {
                    withoutDefault.add(m.group(1));
                    replacement = "";
                } else {
                    assertEquals(":-", m.group(2), "use ${VAR:-default} (empty counts as unset): " + s);
                    String previous = defaults.putIfAbsent(m.group(1), m.group(3));
                    assertTrue(previous == null || previous.equals(m.group(3)),
                            m.group(1) + " has two defaults: " + previous + " and " + m.group(3));
                    replacement = m.group(3);
                }
                m.appendReplacement(b, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(b);
            return b.toString();
        }
    }
}
