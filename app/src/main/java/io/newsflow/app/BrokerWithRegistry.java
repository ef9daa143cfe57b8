package io.newsflow.app;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.server.SchemaRegistryServer;
import java.nio.file.Path;

/**
 * An in-JVM single-node KRaft broker with the Schema Registry on top (its schemas live in the broker), started
 * and closed as one: the common base of the demo/replay stack ({@link EmbeddedStack}) and of the benchmark's
 * stack. If the registry cannot start, the broker is closed before the failure is rethrown.
 */
public final class BrokerWithRegistry implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registryServer;
    private final SchemaRegistryClient registry;

    private BrokerWithRegistry(EmbeddedKafka kafka, SchemaRegistryServer registryServer) {
        this.kafka = kafka;
        this.registryServer = registryServer;
        this.registry = new RestSchemaRegistryClient(registryServer.url());
    }

    /** Starts the broker with its data in {@code kafkaDir} (a later start there continues it), then the registry. */
    public static BrokerWithRegistry start(Path kafkaDir) {
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir);
        try {
            return new BrokerWithRegistry(kafka, SchemaRegistryServer.start(kafka.bootstrapServers(), 0));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
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

    /** A REST client of the registry, as any other process would use it. */
    public SchemaRegistryClient registry() {
        return registry;
    }

    /** Registry first: it is a client of the broker. */
    @Override
    public void close() {
        try {
            registryServer.close();
        } finally {
            kafka.close();
        }
    }
}
