package io.newsflow.registry.testing;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.server.SchemaRegistryServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded KRaft broker with the Schema Registry for an integration-test class: register it on a static field
 * with {@code @RegisterExtension}; it starts before the class's {@code @BeforeAll} methods and closes (and deletes
 * its data) after its {@code @AfterAll} methods. Shared with other modules' integration tests through the schemas
 * test-jar.
 */
public final class BrokerAndRegistry implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private EmbeddedKafka kafka;
    private SchemaRegistryServer registryServer;
    private SchemaRegistryClient registry;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("newsflow-it-broker-");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        registryServer = SchemaRegistryServer.start(kafka.bootstrapServers(), 0);
        registry = new RestSchemaRegistryClient(registryServer.url());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (registryServer != null) {
                registryServer.close();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            deleteRecursively(dir);
        }
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registryServer.url();
    }

    public SchemaRegistryClient registry() {
        return registry;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
