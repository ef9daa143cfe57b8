package io.newsflow.stream;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import java.time.Clock;
import java.util.Locale;
import org.apache.kafka.streams.Topology;

/** The three stream applications: their name, {@code application.id}, topics and topology. */
public enum Stage {
    NORMALIZE(Topics.RAW_PAGES, Topics.NORMALIZED_PAGES, Topics.DLQ_NORMALIZE),
    SPLIT(Topics.NORMALIZED_PAGES, Topics.ARTICLES, Topics.DLQ_SPLIT),
    EXTRACT(Topics.ARTICLES, Topics.ENRICHED_ARTICLES, Topics.DLQ_EXTRACT);

    private final Topic<?> input;
    private final Topic<?> output;
    private final Topic<DeadLetter> deadLetters;

    Stage(Topic<?> input, Topic<?> output, Topic<DeadLetter> deadLetters) {
        this.input = input;
        this.output = output;
        this.deadLetters = deadLetters;
    }

    /** Lower-case name used on the command line and as the dead letter's {@code stage} field. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Kafka Streams {@code application.id}: {@code newsflow-<stage>}. */
    public String applicationId() {
        return "newsflow-" + wireName();
    }

    public Topic<?> input() {
        return input;
    }

    public Topic<?> output() {
        return output;
    }

    public Topic<DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** This stage's topology, built by the stage's builder class, stamping {@link TextPipeline#VERSION}. */
    public Topology topology(TextPipeline pipeline, PipelineSerdes serdes, Clock clock) {
        return topology(pipeline, serdes, clock, TextPipeline.VERSION);
    }

    /** This stage's topology stamping {@code pipelineVersion} on its output (a replay's own version). */
    public Topology topology(TextPipeline pipeline, PipelineSerdes serdes, Clock clock, String pipelineVersion) {
        return switch (this) {
            case NORMALIZE -> NormalizeTopology.build(pipeline, serdes, clock, pipelineVersion);
            case SPLIT -> SplitTopology.build(pipeline, serdes, clock, pipelineVersion);
            case EXTRACT -> ExtractTopology.build(pipeline, serdes, clock, pipelineVersion);
        };
    }

    /** @throws IllegalArgumentException listing the valid names */
    public static Stage fromWireName(String name) {
        for (Stage s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + name + "'; valid: normalize, split, extract");
    }
}
