package io.newsflow.registry.server;

import io.newsflow.registry.CompatibilityLevel;
import io.newsflow.registry.RegisteredSchema;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * The registry's state and rules, usable directly in-process or behind {@link SchemaRegistryServer}'s HTTP API.
 *
 * <p>Rules (Confluent's): schema ids are global and stable, and the same schema text always gets the same id,
 * whatever the subject; versions count from 1 per subject; registering a schema a subject already holds returns
 * its existing id without a new version; a new version must satisfy the subject's compatibility level (default
 * {@link #DEFAULT_COMPATIBILITY}), checked with Avro's {@link SchemaCompatibility} against the latest version or,
 * for the transitive levels, every version. Rejections are {@link SchemaRegistryException}s carrying the HTTP
 * status and Confluent error code the REST API answers with (409 incompatible, 404/40401 unknown subject,
 * 404/40403 unknown id, 422/42203 bad level).
 *
 * <p>Every change is appended to the {@link RegistryJournal} before it is applied, and {@link #replay} rebuilds the
 * state from those entries. All methods are thread-safe (one lock: registrations are rare).
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {
    /** Compatibility of subjects that have not been configured. */
    public static final CompatibilityLevel DEFAULT_COMPATIBILITY = CompatibilityLevel.BACKWARD_TRANSITIVE;

    private final RegistryJournal journal;
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> compatibilityBySubject = new HashMap<>();
    private int nextId = 1;

    /** A registry that journals nothing. */
    public InMemorySchemaRegistry() {
        this(RegistryJournal.NONE);
    }

    public InMemorySchemaRegistry(RegistryJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        return registerVersion(subject, schema).id();
    }

    /** Like {@link #register} but returns the full version record (the REST API needs only the id). */
    public synchronized RegisteredSchema registerVersion(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        String text = schema.toString();
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        for (RegisteredSchema existing : versions) {
            if (existing.schema().toString().equals(text)) {
                return existing;
            }
        }
        List<String> problems = incompatibilities(subject, schema);
        if (!problems.isEmpty()) {
            throw new SchemaRegistryException("Schema being registered is incompatible with an earlier schema for "
                    + "subject \"" + subject + "\" (compatibility " + compatibility(subject) + "): "
                    + String.join("; ", problems), 409, SchemaRegistryException.INCOMPATIBLE_SCHEMA);
        }
        Integer known = idsBySchemaText.get(text);
        int id = known != null ? known : nextId;
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        RegistryJournal.SchemaEntry entry = new RegistryJournal.SchemaEntry(subject, version, id, text);
        appendToJournal(entry);
        return apply(entry);
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException("Schema " + id + " not found", 404,
                    SchemaRegistryException.SCHEMA_NOT_FOUND);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema getLatest(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw subjectNotFound(subject);
        }
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        requireSubject(subject);
        return incompatibilities(subject, Objects.requireNonNull(schema, "schema")).isEmpty();
    }

    /** Why {@code schema} cannot be registered under {@code subject}; empty when it can. */
    public synchronized List<String> incompatibilities(String subject, Schema schema) {
        CompatibilityLevel level = compatibility(subject);
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (level == CompatibilityLevel.NONE || versions.isEmpty()) {
            return List.of();
        }
        List<RegisteredSchema> against = level.transitive() ? versions : List.of(versions.get(versions.size() - 1));
        List<String> problems = new ArrayList<>();
        for (RegisteredSchema earlier : against) {
            if (level.checksBackward()) {
                describe(schema, earlier.schema(), "new schema cannot read data written with version "
                        + earlier.version(), problems);
            }
            if (level.checksForward()) {
                describe(earlier.schema(), schema, "version " + earlier.version()
                        + " cannot read data written with the new schema", problems);
            }
        }
        return problems;
    }

    @Override
    public synchronized void setCompatibility(String subject, String level) {
        requireSubject(subject);
        CompatibilityLevel parsed;
        try {
            parsed = CompatibilityLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException("Invalid compatibility level. " + e.getMessage(), 422,
                    SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL);
        }
        RegistryJournal.ConfigEntry entry = new RegistryJournal.ConfigEntry(subject, parsed.name());
        appendToJournal(entry);
        apply(entry);
    }

    /** The subject's configured level, or {@link #DEFAULT_COMPATIBILITY}. */
    public synchronized CompatibilityLevel compatibility(String subject) {
        return compatibilityBySubject.getOrDefault(subject, DEFAULT_COMPATIBILITY);
    }

    /** Subjects with at least one version, sorted. */
    public synchronized List<String> subjects() {
        return versionsBySubject.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** Version numbers of a subject, ascending; throws 40401 if it has none. */
    public synchronized List<Integer> versions(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw subjectNotFound(subject);
        }
        return versions.stream().map(RegisteredSchema::version).toList();
    }

    /** One version of a subject; throws 40401 / 40402 when missing. */
    public synchronized RegisteredSchema version(String subject, int version) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw subjectNotFound(subject);
        }
        return versions.stream().filter(v -> v.version() == version).findFirst().orElseThrow(() ->
                new SchemaRegistryException("Version " + version + " not found for subject " + subject, 404,
                        SchemaRegistryException.VERSION_NOT_FOUND));
    }

    /**
     * Applies journal entries recorded earlier, in order, without journaling them again. Entries already applied
     * are ignored, so replaying a log that contains them twice is harmless.
     */
    public synchronized void replay(Iterable<? extends RegistryJournal.Entry> entries) {
        for (RegistryJournal.Entry entry : entries) {
            apply(entry);
        }
    }

    private RegisteredSchema apply(RegistryJournal.SchemaEntry entry) {
        Schema schema = schemasById.get(entry.id());
        if (schema == null) {
            schema = new Schema.Parser().parse(entry.schema());
            schemasById.put(entry.id(), schema);
            idsBySchemaText.put(schema.toString(), entry.id());
        }
        nextId = Math.max(nextId, entry.id() + 1);
        List<RegisteredSchema> versions = versionsBySubject.computeIfAbsent(entry.subject(), s -> new ArrayList<>());
        for (RegisteredSchema existing : versions) {
            if (existing.version() == entry.version()) {
                return existing;
            }
        }
        RegisteredSchema registered = new RegisteredSchema(entry.subject(), entry.id(), entry.version(), schema);
        versions.add(registered);
        versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return registered;
    }

    private void apply(RegistryJournal.Entry entry) {
        if (entry instanceof RegistryJournal.SchemaEntry schemaEntry) {
            apply(schemaEntry);
        } else if (entry instanceof RegistryJournal.ConfigEntry config) {
            compatibilityBySubject.put(config.subject(), CompatibilityLevel.parse(config.level()));
        }
    }

    private void appendToJournal(RegistryJournal.Entry entry) {
        try {
            journal.append(entry);
        } catch (RuntimeException e) {
            throw new SchemaRegistryException("Error while storing the change for subject " + entry.subject()
                    + ": " + e.getMessage(), 500, SchemaRegistryException.STORE_ERROR, e);
        }
    }

    private static void describe(Schema reader, Schema writer, String what, List<String> problems) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        String details = result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")")
                .collect(Collectors.joining(", "));
        problems.add(what + ": " + details);
    }

    private static SchemaRegistryException subjectNotFound(String subject) {
        return new SchemaRegistryException("Subject '" + subject + "' not found.", 404,
                SchemaRegistryException.SUBJECT_NOT_FOUND);
    }

    private static void requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }
}
