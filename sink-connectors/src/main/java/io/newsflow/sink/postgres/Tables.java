package io.newsflow.sink.postgres;

/**
 * Qualified names of the sink's tables. Schema and prefix are validated identifiers
 * ({@link PostgresSinkConfig}), so they are safe to splice into SQL without quoting.
 */
public record Tables(String schema, String prefix) {

    public String articles() {
        return schema + "." + prefix + "articles";
    }

    public String entities() {
        return schema + "." + prefix + "entities";
    }

    public String mentions() {
        return schema + "." + prefix + "mentions";
    }

    public String schemaVersion() {
        return schema + "." + prefix + "schema_version";
    }

    /** Unqualified name for an index or constraint (index names are per schema). */
    String local(String name) {
        return prefix + name;
    }
}
