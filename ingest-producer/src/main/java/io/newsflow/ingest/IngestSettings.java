package io.newsflow.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validated settings of a {@link PageProducer}. Every check names the CLI option that sets the value, so
 * a bad start-up configuration says what to change.
 *
 * @param bootstrapServers     Kafka bootstrap servers, {@code host:port[,host:port...]} ({@code --bootstrap-servers})
 * @param feedName             written to {@code RawPage.feed} and used as the producer client id ({@code --feed})
 * @param maxPageBytes         pages above this size are dead-lettered as TOO_LARGE ({@code --max-page-bytes})
 * @param maxDeadLetterBytes   original bytes kept in a dead letter are truncated to this ({@code --max-dead-letter-bytes})
 * @param maxControlRatio      share of control characters above which text counts as BINARY ({@code --max-control-ratio})
 * @param compression          producer compression codec: zstd, lz4, gzip, snappy or none ({@code --compression})
 * @param lingerMs             producer {@code linger.ms} ({@code --linger-ms})
 * @param batchBytes           producer {@code batch.size} ({@code --batch-bytes})
 * @param producerOverrides    extra raw producer properties ({@code --producer-property k=v}); they win
 */
public record IngestSettings(String bootstrapServers, String feedName, long maxPageBytes, int maxDeadLetterBytes,
                             double maxControlRatio, String compression, int lingerMs, int batchBytes,
                             Map<String, String> producerOverrides) {

    public static final String DEFAULT_FEED = "newsflow-ingest";
    public static final int DEFAULT_MAX_DEAD_LETTER_BYTES = 256 * 1024;
    public static final String DEFAULT_COMPRESSION = "zstd";
    public static final int DEFAULT_LINGER_MS = 20;
    public static final int DEFAULT_BATCH_BYTES = 256 * 1024;
    private static final Set<String> CODECS = Set.of("zstd", "lz4", "gzip", "snappy", "none");

    public IngestSettings {
        Objects.requireNonNull(producerOverrides, "producerOverrides");
        producerOverrides = Map.copyOf(producerOverrides);
        checkBootstrapServers(bootstrapServers);
        if (feedName == null || feedName.isBlank()) {
            throw new IllegalArgumentException("--feed must not be blank");
        }
        if (maxPageBytes < 1 || maxPageBytes > 512L * 1024 * 1024) {
            throw new IllegalArgumentException("--max-page-bytes must be between 1 and 536870912, got " + maxPageBytes);
        }
        if (maxDeadLetterBytes < 0) {
            throw new IllegalArgumentException("--max-dead-letter-bytes must be >= 0, got " + maxDeadLetterBytes);
        }
        if (!(maxControlRatio >= 0 && maxControlRatio <= 1)) {
            throw new IllegalArgumentException("--max-control-ratio must be within [0, 1], got " + maxControlRatio);
        }
        compression = compression == null ? "" : compression.toLowerCase(Locale.ROOT);
        if (!CODECS.contains(compression)) {
            throw new IllegalArgumentException("--compression must be one of " + CODECS + ", got '" + compression + "'");
        }
        if (lingerMs < 0 || lingerMs > 60_000) {
            throw new IllegalArgumentException("--linger-ms must be between 0 and 60000, got " + lingerMs);
        }
        if (batchBytes < 1024 || batchBytes > 64 * 1024 * 1024) {
            throw new IllegalArgumentException("--batch-bytes must be between 1024 and 67108864, got " + batchBytes);
        }
    }

    /** Defaults for everything but the broker address. */
    public static IngestSettings defaults(String bootstrapServers) {
        return new IngestSettings(bootstrapServers, DEFAULT_FEED, PageValidator.DEFAULT_MAX_BYTES,
                DEFAULT_MAX_DEAD_LETTER_BYTES, PageValidator.DEFAULT_MAX_CONTROL_RATIO, DEFAULT_COMPRESSION,
                DEFAULT_LINGER_MS, DEFAULT_BATCH_BYTES, Map.of());
    }

    public IngestSettings withFeedName(String feed) {
        return new IngestSettings(bootstrapServers, feed, maxPageBytes, maxDeadLetterBytes, maxControlRatio,
                compression, lingerMs, batchBytes, producerOverrides);
    }

    public IngestSettings withMaxPageBytes(long max) {
        return new IngestSettings(bootstrapServers, feedName, max, maxDeadLetterBytes, maxControlRatio,
                compression, lingerMs, batchBytes, producerOverrides);
    }

    public IngestSettings withMaxDeadLetterBytes(int max) {
        return new IngestSettings(bootstrapServers, feedName, maxPageBytes, max, maxControlRatio,
                compression, lingerMs, batchBytes, producerOverrides);
    }

    /** The validator these settings describe. */
    public PageValidator validator() {
        return new PageValidator(maxPageBytes, maxControlRatio);
    }

    static void checkBootstrapServers(String servers) {
        if (servers == null || servers.isBlank()) {
            throw new IllegalArgumentException("--bootstrap-servers is required (host:port[,host:port...])");
        }
        for (String s : servers.split(",", -1)) {
            String hp = s.trim();
            int colon = hp.lastIndexOf(':');
            boolean ok = colon > 0 && colon < hp.length() - 1;
            if (ok) {
                try {
                    int port = Integer.parseInt(hp.substring(colon + 1));
                    ok = port >= 1 && port <= 65535;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw new IllegalArgumentException("--bootstrap-servers: '" + hp
                        + "' is not host:port (expected e.g. localhost:9092)");
            }
        }
    }
}
