package io.newsflow.stream;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.RawPage;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The value serdes of the pipeline topics (Confluent wire format, schemas in the given registry) and the key
 * serde (UTF-8 strings: page id or article id). One instance is shared by the three topologies of a process;
 * the serdes are thread-safe.
 */
public record PipelineSerdes(Serde<String> keys, AvroSerde<RawPage> rawPages, AvroSerde<NormalizedPage> normalizedPages,
                             AvroSerde<Article> articles, AvroSerde<EnrichedArticle> enrichedArticles,
                             AvroSerde<DeadLetter> deadLetters) {
    public PipelineSerdes {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(rawPages, "rawPages");
        Objects.requireNonNull(normalizedPages, "normalizedPages");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(enrichedArticles, "enrichedArticles");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** Serdes for every pipeline topic, backed by {@code registry}. */
    public static PipelineSerdes create(SchemaRegistryClient registry) {
        Objects.requireNonNull(registry, "registry");
        return new PipelineSerdes(Serdes.String(),
                AvroSerde.forTopic(Topics.RAW_PAGES, registry),
                AvroSerde.forTopic(Topics.NORMALIZED_PAGES, registry),
                AvroSerde.forTopic(Topics.ARTICLES, registry),
                AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, registry),
                new AvroSerde<>(DeadLetter.class, registry)); // subject from the topic it writes to
    }
}
