package io.newsflow.registry;

import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificData;

/**
 * Start-up registration of the pipeline's value schemas. Every component that writes to a topic calls
 * {@link #registerAll} once before producing, so the registry holds each topic's schema with the project's
 * compatibility rule in force before any data is written.
 */
public final class Schemas {
    /** Compatibility of every pipeline subject: new readers must read every earlier version's data. */
    public static final CompatibilityLevel COMPATIBILITY = CompatibilityLevel.BACKWARD_TRANSITIVE;

    private Schemas() {
    }

    /**
     * Sets {@link #COMPATIBILITY} on each topic's value subject, then registers the topic's value schema
     * (idempotent: an already registered schema keeps its id).
     *
     * @return the schema id of each topic's value schema, in {@link Topics#all()} order
     * @throws SchemaRegistryException if the registry is unreachable or rejects a schema as incompatible with
     *                                 what earlier versions of the pipeline registered
     */
    public static Map<Topic<?>, Integer> registerAll(SchemaRegistryClient client) {
        Objects.requireNonNull(client, "client");
        Map<Topic<?>, Integer> ids = new LinkedHashMap<>();
        for (Topic<?> topic : Topics.all()) {
            ids.put(topic, register(client, topic));
        }
        return ids;
    }

    /** Sets {@link #COMPATIBILITY} on the topic's value subject and registers its value schema. */
    public static int register(SchemaRegistryClient client, Topic<?> topic) {
        client.setCompatibility(topic.valueSubject(), COMPATIBILITY.name());
        return client.register(topic.valueSubject(), SpecificData.get().getSchema(topic.valueType()));
    }
}
