package io.newsflow.stream;

import io.newsflow.extract.EntityCount;
import io.newsflow.extract.Mention;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Stage 3: articles ({@link Topics#ARTICLES}) → articles with entities ({@link Topics#ENRICHED_ARTICLES}), key =
 * article id unchanged. Mentions come from {@link TextPipeline#extract} on the body (offsets into the body), the
 * entity list from {@link EntityCount#summarize}. Stateless; one output record per input record.
 */
public final class ExtractTopology {
    private ExtractTopology() {
    }

    public static Topology build(TextPipeline pipeline, PipelineSerdes serdes, Clock clock) {
        return build(pipeline, serdes, clock, TextPipeline.VERSION);
    }

    /**
     * The topology stamping {@code pipelineVersion} on the enriched articles: the article's version is replaced
     * by it, so a replay of this stage alone still marks its output with the replay's version.
     */
    public static Topology build(TextPipeline pipeline, PipelineSerdes serdes, Clock clock, String pipelineVersion) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ARTICLES.name(),
                        Consumed.with(serdes.keys(), serdes.articles()).withName("articles-source"))
                .filter((articleId, article) -> article != null, Named.as("drop-tombstones"))
                .mapValues(article -> enrich(pipeline, article, clock.instant(), pipelineVersion), Named.as("extract-entities"))
                .to(Topics.ENRICHED_ARTICLES.name(),
                        Produced.with(serdes.keys(), serdes.enrichedArticles()).withName("enriched-articles-sink"));
        return builder.build();
    }

    /** Extracts the entities of one article. */
    public static EnrichedArticle enrich(TextPipeline pipeline, Article article, Instant now) {
        return enrich(pipeline, article, now, article.getPipelineVersion());
    }

    /** Extracts the entities of one article; the output carries {@code pipelineVersion} as the article's version. */
    public static EnrichedArticle enrich(TextPipeline pipeline, Article article, Instant now, String pipelineVersion) {
        if (!pipelineVersion.equals(article.getPipelineVersion())) {
            article = Article.newBuilder(article).setPipelineVersion(pipelineVersion).build();
        }
        List<Mention> mentions = pipeline.extract(article.getBody());
        List<io.newsflow.schemas.avro.Mention> avroMentions = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            avroMentions.add(io.newsflow.schemas.avro.Mention.newBuilder()
                    .setText(m.text())
                    .setType(m.type().name())
                    .setStart(m.start())
                    .setEnd(m.end())
                    .setCanonical(m.canonical())
                    .build());
        }
        List<io.newsflow.schemas.avro.EntityCount> entities = new ArrayList<>();
        for (EntityCount c : EntityCount.summarize(mentions)) {
            entities.add(io.newsflow.schemas.avro.EntityCount.newBuilder()
                    .setCanonical(c.canonical())
                    .setType(c.type().name())
                    .setCount(c.count())
                    .build());
        }
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setExtractor(pipeline.extractor().name())
                .setMentions(avroMentions)
                .setEntities(entities)
                .setExtractedAt(now)
                .build();
    }
}
