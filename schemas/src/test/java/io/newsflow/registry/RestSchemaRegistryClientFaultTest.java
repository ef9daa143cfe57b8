package io.newsflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.schemas.avro.Article;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the client behaves when the registry is down or failing: bounded retries with backoff, errors naming the
 * URL, registry error codes surfaced. A tiny HTTP server plays a failing registry (the happy path runs against the
 * real {@code SchemaRegistryServer} in {@code RestSchemaRegistryClientTest}).
 */
class RestSchemaRegistryClientFaultTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void unreachableRegistryErrorNamesTheUrlAfterBoundedAttempts() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens here
        }
        String url = "http://127.0.0.1:" + port;
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(url, 3, Duration.ofMillis(20),
                Duration.ofSeconds(2));
        long start = System.nanoTime();
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.getById(1));
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(e.isUnreachable());
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertTrue(e.getMessage().contains("after 3 attempt(s)"), e.getMessage());
        assertTrue(elapsedMs >= 20 + 40, "backed off 20 ms then 40 ms, took " + elapsedMs + " ms");
    }

    @Test
    void serverErrorsAreRetriedAtMostMaxAttemptsTimes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String url = serve(503, "{\"error_code\":50003,\"message\":\"store unavailable\"}", calls);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(url, 4, Duration.ofMillis(5),
                Duration.ofSeconds(2));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.register("s", Article.getClassSchema()));
        assertEquals(4, calls.get());
        assertEquals(503, e.httpStatus());
        assertEquals(50003, e.errorCode());
        assertTrue(e.getMessage().contains("store unavailable"), e.getMessage());
    }

    @Test
    void serverErrorThenSuccessIsRetriedTransparently() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean fail = calls.incrementAndGet() < 3;
            byte[] body = (fail ? "{\"error_code\":50001,\"message\":\"busy\"}" : "{\"id\":7}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(
                "http://127.0.0.1:" + server.getAddress().getPort(), 4, Duration.ofMillis(5), Duration.ofSeconds(2));
        assertEquals(7, client.register("s", Article.getClassSchema()));
        assertEquals(3, calls.get());
    }

    @Test
    void clientErrorsAreNotRetriedAndCarryTheConfluentCode() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String url = serve(404, "{\"error_code\":40403,\"message\":\"Schema 99 not found\"}", calls);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(url, 4, Duration.ofMillis(5),
                Duration.ofSeconds(2));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.getById(99));
        assertEquals(1, calls.get());
        assertEquals(SchemaRegistryException.SCHEMA_NOT_FOUND, e.errorCode());
        assertTrue(e.getMessage().contains("Schema 99 not found") && e.getMessage().contains(url), e.getMessage());
    }

    @Test
    void invalidUrlsAreRejectedAtConstructionNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RestSchemaRegistryClient("localhost:8081"));
        assertTrue(e.getMessage().contains("localhost:8081"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RestSchemaRegistryClient(" "));
        assertThrows(IllegalArgumentException.class,
                () -> new RestSchemaRegistryClient("http://x", 0, Duration.ZERO, Duration.ofSeconds(1)));
        assertEquals("http://x:1", new RestSchemaRegistryClient("http://x:1/").baseUrl());
    }

    private String serve(int status, String body, AtomicInteger calls) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", RestSchemaRegistryClient.CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
