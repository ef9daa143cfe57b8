package io.newsflow.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.registry.CompatibilityLevel;
import io.newsflow.registry.RegisteredSchema;
import io.newsflow.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Schema Registry serving the subset of Confluent's REST API the pipeline needs, over HTTP on
 * 127.0.0.1, so that {@link io.newsflow.registry.RestSchemaRegistryClient} (or any Confluent client) can use it.
 *
 * <p>Endpoints (JSON, {@code application/vnd.schemaregistry.v1+json}):
 * <ul>
 *   <li>{@code POST /subjects/{subject}/versions} {@code {"schema": "..."}} → {@code {"id": n}}; 409 /
 *       {@code error_code} 409 when the subject's compatibility level rejects the schema</li>
 *   <li>{@code GET /schemas/ids/{id}} → {@code {"schema": "..."}} (404 / 40403 when unknown)</li>
 *   <li>{@code GET /subjects}, {@code GET /subjects/{subject}/versions},
 *       {@code GET /subjects/{subject}/versions/{version|latest}} → {@code {"subject","id","version","schema"}}</li>
 *   <li>{@code POST /compatibility/subjects/{subject}/versions/latest} → {@code {"is_compatible": bool}}
 *       (404 / 40401 for a subject without versions, as Confluent)</li>
 *   <li>{@code PUT /config/{subject}} {@code {"compatibility": "..."}}, {@code GET /config/{subject}},
 *       {@code GET /config}</li>
 * </ul>
 * Errors use Confluent's shape {@code {"error_code": n, "message": "..."}}. Rules are those of
 * {@link InMemorySchemaRegistry} (ids global and stable, default compatibility BACKWARD_TRANSITIVE).
 *
 * <p>Durability: {@link #start(String, int)} keeps every registration and configuration change in the compacted
 * Kafka topic {@value #DEFAULT_TOPIC} and rebuilds its state from it on start, so ids survive restarts; a change
 * is acknowledged only after Kafka acknowledged it. Only one server may write to a given topic at a time.
 * {@link #startInMemory(int)} keeps state in memory only (for tests and tools that need no durability).
 */
public final class SchemaRegistryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    /** The Kafka topic holding the registry's state, as Confluent's default. */
    public static final String DEFAULT_TOPIC = "_schemas";
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final InMemorySchemaRegistry registry;
    private final KafkaRegistryJournal journal;
    private final HttpServer http;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean closed;

    private SchemaRegistryServer(InMemorySchemaRegistry registry, KafkaRegistryJournal journal, int port) {
        this.registry = registry;
        this.journal = journal;
        try {
            this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Schema Registry cannot listen on 127.0.0.1:" + port
                    + (port == 0 ? "" : " (port in use? choose another registry port)") + ": " + e.getMessage(), e);
        }
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "schema-registry-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    /**
     * Starts a registry persisting to the {@value #DEFAULT_TOPIC} topic of the Kafka cluster at
     * {@code bootstrapServers} (created, compacted, if missing) and listening on 127.0.0.1:{@code port}
     * ({@code 0} = a free port).
     */
    public static SchemaRegistryServer start(String bootstrapServers, int port) {
        return start(bootstrapServers, port, DEFAULT_TOPIC);
    }

    /** Like {@link #start(String, int)} with another state topic. */
    public static SchemaRegistryServer start(String bootstrapServers, int port, String topic) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("Schema Registry needs Kafka bootstrap servers to store its state");
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("Schema Registry state topic must not be blank");
        }
        checkPort(port);
        KafkaRegistryJournal.Opened opened = KafkaRegistryJournal.open(bootstrapServers, topic);
        try {
            InMemorySchemaRegistry registry = new InMemorySchemaRegistry(opened.journal());
            registry.replay(opened.entries());
            SchemaRegistryServer server = new SchemaRegistryServer(registry, opened.journal(), port);
            LOG.info("Schema Registry on {} ({} entries replayed from {})", server.url(), opened.entries().size(),
                    topic);
            return server;
        } catch (RuntimeException e) {
            opened.journal().close();
            throw e;
        }
    }

    /** Starts a registry that keeps its state in memory only: ids do not survive a restart. */
    public static SchemaRegistryServer startInMemory(int port) {
        checkPort(port);
        return new SchemaRegistryServer(new InMemorySchemaRegistry(), null, port);
    }

    /** Base URL for clients, e.g. {@code http://127.0.0.1:38081}. */
    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** The registry state behind the HTTP API (for in-process use without HTTP). */
    public InMemorySchemaRegistry registry() {
        return registry;
    }

    /** Stops serving and closes the Kafka journal; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (journal != null) {
            journal.close();
        }
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            Response response;
            try {
                response = route(exchange.getRequestMethod(), segments(exchange), exchange);
            } catch (SchemaRegistryException e) {
                int status = e.httpStatus() > 0 ? e.httpStatus() : 500;
                response = error(status, e.errorCode() > 0 ? e.errorCode() : status, e.getMessage());
            } catch (BadRequest e) {
                response = error(e.status, e.code, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Schema Registry request {} {} failed", exchange.getRequestMethod(),
                        exchange.getRequestURI(), e);
                response = error(500, 50001, "Error in the backend: " + e);
            }
            byte[] body = response.body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(response.status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            LOG.debug("Client went away during {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        }
    }

    private Response route(String method, List<String> path, HttpExchange exchange) throws IOException {
        int n = path.size();
        if (n == 0) {
            return ok(json.createObjectNode());
        }
        switch (path.get(0)) {
            case "subjects":
                if (n == 1 && method.equals("GET")) {
                    return ok(json.valueToTree(registry.subjects()));
                }
                if (n == 3 && path.get(2).equals("versions") && method.equals("POST")) {
                    Schema schema = schemaFrom(body(exchange));
                    return ok(json.createObjectNode().put("id", registry.register(path.get(1), schema)));
                }
                if (n == 3 && path.get(2).equals("versions") && method.equals("GET")) {
                    return ok(json.valueToTree(registry.versions(path.get(1))));
                }
                if (n == 4 && path.get(2).equals("versions") && method.equals("GET")) {
                    return ok(versionJson(version(path.get(1), path.get(3))));
                }
                break;
            case "schemas":
                if (n == 3 && path.get(1).equals("ids") && method.equals("GET")) {
                    int id = parseInt(path.get(2), "schema id");
                    return ok(json.createObjectNode().put("schema", registry.getById(id).toString()));
                }
                break;
            case "compatibility":
                if (n == 5 && path.get(1).equals("subjects") && path.get(3).equals("versions")
                        && method.equals("POST")) {
                    Schema schema = schemaFrom(body(exchange));
                    String subject = path.get(2);
                    version(subject, path.get(4)); // 40401 / 40402 as Confluent when there is nothing to compare
                    List<String> problems = registry.incompatibilities(subject, schema);
                    ObjectNode out = json.createObjectNode().put("is_compatible", problems.isEmpty());
                    if (!problems.isEmpty()) {
                        out.set("messages", json.valueToTree(problems));
                    }
                    return ok(out);
                }
                break;
            case "config":
                if (n == 1 && method.equals("GET")) {
                    return ok(json.createObjectNode().put("compatibilityLevel",
                            InMemorySchemaRegistry.DEFAULT_COMPATIBILITY.name()));
                }
                if (n == 2 && method.equals("GET")) {
                    return ok(json.createObjectNode().put("compatibilityLevel",
                            registry.compatibility(path.get(1)).name()));
                }
                if (n == 2 && method.equals("PUT")) {
                    JsonNode level = body(exchange).get("compatibility");
                    if (level == null || !level.isTextual()) {
                        throw new BadRequest(422, 42203, "Invalid compatibility level: body must be "
                                + "{\"compatibility\": \"<level>\"}");
                    }
                    registry.setCompatibility(path.get(1), level.textValue());
                    return ok(json.createObjectNode().put("compatibility",
                            CompatibilityLevel.parse(level.textValue()).name()));
                }
                break;
            default:
                break;
        }
        throw new BadRequest(404, 404, "HTTP 404 Not Found: " + method + " /" + String.join("/", path)
                + " is not served by this registry");
    }

    private RegisteredSchema version(String subject, String version) {
        if (version.equals("latest") || version.equals("-1")) {
            return registry.getLatest(subject);
        }
        return registry.version(subject, parseInt(version, "version"));
    }

    private ObjectNode versionJson(RegisteredSchema v) {
        return json.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id())
                .put("schema", v.schema().toString());
    }

    private Schema schemaFrom(JsonNode body) {
        JsonNode type = body.get("schemaType");
        if (type != null && !type.isNull() && !"AVRO".equals(type.asText())) {
            throw new BadRequest(422, 42201, "Invalid schema: only AVRO schemas are supported, got "
                    + type.asText());
        }
        JsonNode references = body.get("references");
        if (references != null && references.isArray() && !references.isEmpty()) {
            throw new BadRequest(422, 42201, "Invalid schema: schema references are not supported");
        }
        JsonNode text = body.get("schema");
        if (text == null || !text.isTextual()) {
            throw new BadRequest(422, 42201, "Invalid schema: body must be {\"schema\": \"<avro schema json>\"}");
        }
        try {
            return new Schema.Parser().parse(text.textValue());
        } catch (RuntimeException e) {
            // Avro reports some invalid schemas (e.g. an unknown type name) with exceptions other than
            // SchemaParseException, so every parse failure is the client's invalid schema.
            throw new BadRequest(422, 42201, "Invalid schema: " + e.getMessage());
        }
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            JsonNode node = bytes.length == 0 ? null : json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadRequest(400, 400, "Request body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest(400, 400, "Unrecognized JSON in request body: " + e.getOriginalMessage());
        }
    }

    private static List<String> segments(HttpExchange exchange) {
        List<String> out = new ArrayList<>();
        for (String raw : exchange.getRequestURI().getRawPath().split("/")) {
            if (!raw.isEmpty()) {
                // '+' is literal in a path; only %xx escapes are decoded
                out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static int parseInt(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadRequest(422, 42202, "Invalid " + what + " '" + text + "': must be an integer");
        }
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Schema Registry port must be 0 (any free port) or 1..65535, was "
                    + port);
        }
    }

    private Response ok(JsonNode body) {
        return new Response(200, body);
    }

    private Response error(int status, int code, String message) {
        return new Response(status, json.createObjectNode().put("error_code", code).put("message", message));
    }

    private record Response(int status, JsonNode body) {
    }

    /** A request the registry rejects before reaching its rules (bad path, body or parameter). */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final int code;

        BadRequest(int status, int code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
