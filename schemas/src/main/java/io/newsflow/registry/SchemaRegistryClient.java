package io.newsflow.registry;

import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API the pipeline uses. Implementations must be thread-safe.
 *
 * <p>Errors are reported as {@link SchemaRegistryException}, which carries the registry's HTTP status and
 * Confluent error code (e.g. 409 for an incompatible schema, 40401 subject not found, 40403 schema not found).
 */
public interface SchemaRegistryClient {

    /**
     * Registers {@code schema} under {@code subject} (a no-op returning the existing id when the subject
     * already holds the same schema).
     *
     * @return the global schema id
     * @throws SchemaRegistryException with {@link SchemaRegistryException#isIncompatible()} when the subject's
     *                                 compatibility level rejects the schema
     */
    int register(String subject, Schema schema);

    /** The schema with the given global id; throws {@link SchemaRegistryException} (40403) if unknown. */
    Schema getById(int id);

    /** The newest version registered under {@code subject}; throws (40401) if the subject has none. */
    RegisteredSchema getLatest(String subject);

    /**
     * Whether {@code schema} could be registered under {@code subject} given its compatibility level. A subject
     * without any version accepts every schema.
     */
    boolean isCompatible(String subject, Schema schema);

    /**
     * Sets the compatibility level of {@code subject}: one of {@link CompatibilityLevel}'s names, e.g.
     * {@code BACKWARD_TRANSITIVE}.
     */
    void setCompatibility(String subject, String level);
}
