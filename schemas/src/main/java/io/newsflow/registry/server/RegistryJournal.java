package io.newsflow.registry.server;

/**
 * Where an {@link InMemorySchemaRegistry} writes each change before applying it, so that the state can be rebuilt
 * by replaying the entries in order. {@link #append} must be durable when it returns; if it throws, the change
 * is not applied.
 */
@FunctionalInterface
public interface RegistryJournal {

    /** A journal that keeps nothing: the registry lives and dies with the process. */
    RegistryJournal NONE = entry -> { };

    void append(Entry entry);

    /** One change of registry state. */
    sealed interface Entry permits SchemaEntry, ConfigEntry {
        String subject();
    }

    /** Version {@code version} of {@code subject} is the schema {@code schema} (Avro JSON) with global id {@code id}. */
    record SchemaEntry(String subject, int version, int id, String schema) implements Entry {
    }

    /** The compatibility level of {@code subject} is {@code level}. */
    record ConfigEntry(String subject, String level) implements Entry {
    }
}
