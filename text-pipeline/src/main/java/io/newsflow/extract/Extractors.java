package io.newsflow.extract;

import java.util.List;

/**
 * Creates extractors by name. {@link #createDefault()} is what the {@code process} command and the
 * stream topologies use: the trained model with canonical names applied when its resource is on the
 * classpath, otherwise the HanLP baseline (also with canonical names). Each call builds a new
 * instance (loading takes about a second): create one per application and share it; extractors are
 * thread-safe.
 */
public final class Extractors {

    /** Names accepted by {@link #create(String)}. */
    public static final List<String> NAMES = List.of("default", "trained", "hanlp");

    private Extractors() {
    }

    /** The best extractor available, with canonical names. */
    public static EntityExtractor createDefault() {
        EntityExtractor base = TrainedExtractor.available() ? new TrainedExtractor() : new HanlpExtractor();
        return new CanonicalizingExtractor(base, AliasTable.loadDefault());
    }

    /**
     * @param name {@code default} (= {@link #createDefault()}), {@code trained} (the shipped model, raw
     *             spans) or {@code hanlp} (HanLP's recognizers, raw spans)
     */
    public static EntityExtractor create(String name) {
        return switch (name == null ? "" : name.trim()) {
            case "default" -> createDefault();
            case "trained" -> new TrainedExtractor();
            case "hanlp" -> new HanlpExtractor();
            default -> throw new IllegalArgumentException("unknown extractor '" + name + "'; valid names: "
                    + String.join(", ", NAMES));
        };
    }
}
