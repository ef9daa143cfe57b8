package io.newsflow.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SchemaRegistryClient} speaking Confluent Schema Registry's REST API
 * ({@code application/vnd.schemaregistry.v1+json}) over {@link HttpClient}.
 *
 * <p>Caching: ids by (subject, schema) after a successful registration and schemas by id are cached for the
 * life of the client (both are immutable in the registry); {@link #getLatest} and {@link #isCompatible} always
 * ask the registry because the answer changes as versions are added.
 *
 * <p>Retries: connection failures, timeouts and HTTP 5xx are retried up to {@code maxAttempts} times in total
 * with exponential backoff (initial backoff doubling each attempt, capped at 5 s). 4xx answers are not retried:
 * they are reported at once as {@link SchemaRegistryException} with the registry's {@code error_code} and
 * message. When every attempt fails to connect, the exception names the URL that could not be reached.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);

    /** Content type of Schema Registry requests and responses. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json; q=0.9, "
            + "application/json; q=0.5";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    /** Defaults: 4 attempts, 100 ms initial backoff, 10 s per request. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /** A client for the registry at {@code baseUrl} (e.g. {@code http://localhost:8081}) with default retries. */
    public RestSchemaRegistryClient(String baseUrl) {
        this(baseUrl, DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * @param baseUrl        registry URL, http or https, without a trailing path (a trailing '/' is dropped)
     * @param maxAttempts    total attempts per request for retryable failures (>= 1)
     * @param initialBackoff wait before the second attempt; doubles for each further attempt
     * @param requestTimeout connect and response timeout of a single attempt
     */
    public RestSchemaRegistryClient(String baseUrl, int maxAttempts, Duration initialBackoff, Duration requestTimeout) {
        this.baseUrl = validateUrl(baseUrl);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("schema registry maxAttempts must be >= 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(requestTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The registry URL this client talks to. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        Map<Schema, Integer> cached = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer id = cached.get(schema);
        if (id != null) {
            return id;
        }
        JsonNode response = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        int registered = requiredInt(response, "id");
        cached.put(schema, registered);
        schemasById.putIfAbsent(registered, schema);
        return registered;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("GET", "/schemas/ids/" + id, null);
        Schema schema = parse(requiredText(response, "schema"), "schema id " + id);
        Schema previous = schemasById.putIfAbsent(id, schema);
        return previous != null ? previous : schema;
    }

    @Override
    public RegisteredSchema getLatest(String subject) {
        requireSubject(subject);
        JsonNode response = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        int id = requiredInt(response, "id");
        Schema schema = parse(requiredText(response, "schema"), "latest version of " + subject);
        schemasById.putIfAbsent(id, schema);
        return new RegisteredSchema(subject, id, requiredInt(response, "version"), schema);
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        try {
            JsonNode response = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema));
            JsonNode flag = response.get("is_compatible");
            if (flag == null || !flag.isBoolean()) {
                throw new SchemaRegistryException("Schema Registry at " + baseUrl
                        + " answered a compatibility check without 'is_compatible': " + response, 200, 0);
            }
            return flag.booleanValue();
        } catch (SchemaRegistryException e) {
            // Nothing registered yet: any schema may become version 1.
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    @Override
    public void setCompatibility(String subject, String level) {
        requireSubject(subject);
        CompatibilityLevel parsed = CompatibilityLevel.parse(level);
        ObjectNode body = json.createObjectNode().put("compatibility", parsed.name());
        send("PUT", "/config/" + encode(subject), body);
    }

    private ObjectNode schemaBody(Schema schema) {
        // schemaType defaults to AVRO on the registry; omitting it keeps older registries happy too.
        return json.createObjectNode().put("schema", schema.toString());
    }

    private JsonNode send(String method, String path, JsonNode body) {
        URI uri = URI.create(baseUrl + path);
        String payload = body == null ? null : body.toString();
        SchemaRegistryException lastFailure = null;
        Duration backoff = initialBackoff;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (attempt > 1) {
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(requestTimeout)
                    .header("Accept", ACCEPT);
            if (payload != null) {
                request.header("Content-Type", CONTENT_TYPE)
                        .method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                lastFailure = new SchemaRegistryException("Schema Registry unreachable at " + baseUrl + " ("
                        + method + " " + uri + " failed after " + attempt + " attempt(s)): " + describe(e)
                        + ". Check that the registry is running and that the configured URL is right.",
                        SchemaRegistryException.UNREACHABLE, 0, e);
                LOG.debug("Attempt {}/{} {} {} failed: {}", attempt, maxAttempts, method, uri, e.toString());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling Schema Registry at " + uri,
                        SchemaRegistryException.UNREACHABLE, 0, e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return readJson(response.body(), method, uri);
            }
            SchemaRegistryException error = errorFrom(status, response.body(), method, uri);
            if (status >= 500) {
                lastFailure = error;
                LOG.debug("Attempt {}/{} {} {} got HTTP {}", attempt, maxAttempts, method, uri, status);
                continue;
            }
            throw error;
        }
        throw lastFailure;
    }

    private SchemaRegistryException errorFrom(int status, String body, String method, URI uri) {
        int code = status;
        String message = body == null ? "" : body.strip();
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                if (node.hasNonNull("error_code")) {
                    code = node.get("error_code").asInt(status);
                }
                if (node.hasNonNull("message")) {
                    message = node.get("message").asText();
                }
            }
        } catch (IOException ignored) {
            // not JSON (e.g. a proxy's HTML page): keep the raw body as the message
        }
        String what = status == 409 ? "rejected an incompatible schema" : "answered HTTP " + status;
        return new SchemaRegistryException("Schema Registry at " + baseUrl + " " + what + " (error_code " + code
                + ") for " + method + " " + uri + ": " + message, status, code);
    }

    private JsonNode readJson(String body, String method, URI uri) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new SchemaRegistryException("Schema Registry at " + baseUrl + " returned invalid JSON for "
                    + method + " " + uri + ": " + e.getMessage(), 200, 0, e);
        }
    }

    private Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (RuntimeException e) {
            throw new SchemaRegistryException("Schema Registry at " + baseUrl + " returned an unparsable Avro schema"
                    + " for " + what + ": " + e.getMessage(), 200, SchemaRegistryException.INVALID_SCHEMA, e);
        }
    }

    private int requiredInt(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException("Schema Registry at " + baseUrl + " response lacks integer '" + field
                    + "': " + node, 200, 0);
        }
        return value.intValue();
    }

    private String requiredText(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new SchemaRegistryException("Schema Registry at " + baseUrl + " response lacks text '" + field
                    + "': " + node, 200, 0);
        }
        return value.textValue();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = e.getCause();
            message = cause != null && cause.getMessage() != null ? cause.getMessage() : "";
        }
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : " " + message);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }

    private static String validateUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Schema Registry URL must be set (e.g. http://localhost:8081)");
        }
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Schema Registry URL '" + url + "' is not a valid URI: "
                    + e.getMessage(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new IllegalArgumentException("Schema Registry URL '" + url
                    + "' must be http(s)://host[:port], e.g. http://localhost:8081");
        }
        return trimmed;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while backing off before retrying the Schema Registry",
                    SchemaRegistryException.UNREACHABLE, 0, e);
        }
    }
}
