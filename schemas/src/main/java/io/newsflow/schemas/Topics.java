package io.newsflow.schemas;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.RawPage;
import java.util.ArrayList;
import java.util.List;

/**
 * The one registry of topics shared by the producer, the three stream processors, the sinks and the
 * tests. All topics are append-only logs keyed by page id or article id: the raw topic must keep its
 * history so that operators can replay it, and the sinks make downstream writes idempotent by key.
 */
public final class Topics {
    private Topics() {
    }

    public static final Topic<RawPage> RAW_PAGES = new Topic<>("newsflow.pages.raw", RawPage.class, false);
    public static final Topic<NormalizedPage> NORMALIZED_PAGES =
            new Topic<>("newsflow.pages.normalized", NormalizedPage.class, false);
    public static final Topic<Article> ARTICLES = new Topic<>("newsflow.articles", Article.class, false);
    public static final Topic<EnrichedArticle> ENRICHED_ARTICLES =
            new Topic<>("newsflow.articles.enriched", EnrichedArticle.class, false);

    public static final Topic<DeadLetter> DLQ_INGEST = new Topic<>("newsflow.dlq.ingest", DeadLetter.class, false);
    public static final Topic<DeadLetter> DLQ_NORMALIZE = new Topic<>("newsflow.dlq.normalize", DeadLetter.class, false);
    public static final Topic<DeadLetter> DLQ_SPLIT = new Topic<>("newsflow.dlq.split", DeadLetter.class, false);
    public static final Topic<DeadLetter> DLQ_EXTRACT = new Topic<>("newsflow.dlq.extract", DeadLetter.class, false);
    /** Records the PostgreSQL sink could not write, as Kafka Connect copies them (not {@link DeadLetter}s). */
    public static final ConnectDeadLetterTopic DLQ_SINK = new ConnectDeadLetterTopic("newsflow.dlq.sink");

    /** Every topic with a value schema of ours, in pipeline order, dead letters last. */
    public static List<Topic<?>> all() {
        return List.of(RAW_PAGES, NORMALIZED_PAGES, ARTICLES, ENRICHED_ARTICLES,
                DLQ_INGEST, DLQ_NORMALIZE, DLQ_SPLIT, DLQ_EXTRACT);
    }

    /** The name of every topic the pipeline uses: those of {@link #all()}, then {@link #DLQ_SINK}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        all().forEach(t -> names.add(t.name()));
        names.add(DLQ_SINK.name());
        return List.copyOf(names);
    }

    /** The stages' dead-letter topics ({@link DeadLetter} records), one per stage. */
    public static List<Topic<DeadLetter>> deadLetters() {
        return List.of(DLQ_INGEST, DLQ_NORMALIZE, DLQ_SPLIT, DLQ_EXTRACT);
    }

    /** The names of all dead-letter topics: the stages' and the sink's. */
    public static List<String> deadLetterNames() {
        List<String> names = new ArrayList<>();
        deadLetters().forEach(t -> names.add(t.name()));
        names.add(DLQ_SINK.name());
        return List.copyOf(names);
    }
}
