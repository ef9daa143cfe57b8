package io.newsflow.stream;

import io.newsflow.pipeline.TextPipeline;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validated settings of the stream applications. Every check names the command-line option to change.
 *
 * @param bootstrapServers  Kafka {@code host:port[,host:port...]}
 * @param registryUrl       Schema Registry base URL (http or https)
 * @param stateDir          Kafka Streams state directory (created if missing; must be writable)
 * @param topicPartitions   partitions of the pipeline topics the runner creates when they are missing
 * @param pipelineVersion   version stamped on every record the applications write (default
 *                          {@link TextPipeline#VERSION}; a replay stamps a new one so its output is recognizable)
 */
public record StreamSettings(String bootstrapServers, String registryUrl, Path stateDir, int topicPartitions,
                             String pipelineVersion) {
    /** Even, so the {@link StreamApps#DEFAULT_STREAM_THREADS} threads of an application get as many tasks each. */
    public static final int DEFAULT_PARTITIONS = 4;
    /** Longest accepted {@code --pipeline-version}. */
    public static final int MAX_VERSION_LENGTH = 100;

    /** Settings stamping the code's own {@link TextPipeline#VERSION}. */
    public StreamSettings(String bootstrapServers, String registryUrl, Path stateDir, int topicPartitions) {
        this(bootstrapServers, registryUrl, stateDir, topicPartitions, TextPipeline.VERSION);
    }

    public StreamSettings {
        List<String> problems = new ArrayList<>();
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            problems.add("--bootstrap-servers is required (Kafka host:port[,host:port...])");
        } else {
            for (String server : bootstrapServers.split(",")) {
                String s = server.trim();
                int colon = s.lastIndexOf(':');
                if (colon <= 0 || !isPort(s.substring(colon + 1))) {
                    problems.add("--bootstrap-servers: '" + s + "' is not host:port");
                }
            }
        }
        if (registryUrl == null || registryUrl.isBlank()) {
            problems.add("--registry-url is required (Schema Registry base URL, e.g. http://localhost:8081)");
        } else {
            try {
                URI uri = new URI(registryUrl);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    problems.add("--registry-url: '" + registryUrl + "' is not an http(s)://host[:port] URL");
                }
            } catch (URISyntaxException e) {
                problems.add("--registry-url: '" + registryUrl + "' is not a URL: " + e.getMessage());
            }
        }
        Objects.requireNonNull(stateDir, "stateDir");
        try {
            Files.createDirectories(stateDir);
            if (!Files.isWritable(stateDir)) {
                problems.add("--state-dir: " + stateDir.toAbsolutePath() + " is not writable");
            }
        } catch (IOException | RuntimeException e) {
            problems.add("--state-dir: cannot create " + stateDir.toAbsolutePath() + ": " + e);
        }
        if (topicPartitions < 1) {
            problems.add("topic partitions must be at least 1, got " + topicPartitions);
        }
        String versionProblem = versionProblem(pipelineVersion);
        if (versionProblem != null) {
            problems.add(versionProblem);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The same settings stamping {@code version} on the records. */
    public StreamSettings withPipelineVersion(String version) {
        return new StreamSettings(bootstrapServers, registryUrl, stateDir, topicPartitions, version);
    }

    /**
     * Why {@code version} cannot be a pipeline version (it is stored in every record and database row, so it is
     * kept short and printable: letters, digits and {@code . _ + : -}), or null if it can.
     */
    public static String versionProblem(String version) {
        if (version == null || version.isEmpty()) {
            return "--pipeline-version must not be empty";
        }
        if (version.length() > MAX_VERSION_LENGTH) {
            return "--pipeline-version: longer than " + MAX_VERSION_LENGTH + " characters";
        }
        if (!version.matches("[A-Za-z0-9._+:-]+")) {
            return "--pipeline-version: '" + version + "' may only contain letters, digits and . _ + : -";
        }
        return null;
    }

    /** Default state directory: {@code <java.io.tmpdir>/newsflow-streams}. */
    public static Path defaultStateDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "newsflow-streams");
    }

    private static boolean isPort(String s) {
        try {
            int p = Integer.parseInt(s);
            return p > 0 && p < 65536;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
