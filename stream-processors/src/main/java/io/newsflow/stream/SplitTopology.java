package io.newsflow.stream;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.normalize.Layout;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.PageBlock;
import io.newsflow.split.Item;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Stage 2: normalized pages ({@link Topics#NORMALIZED_PAGES}) → articles ({@link Topics#ARTICLES}), one record per
 * item that {@link TextPipeline#split} finds, keyed by the deterministic {@link ArticleIds article id}. The Avro
 * blocks are turned back into the pipeline's {@link NormalizedText} (the inverse of {@link NormalizeTopology}), so
 * splitting a page here gives exactly what the offline pipeline gives. A page whose layout or flags are unknown to
 * this pipeline version fails processing and goes to the split dead-letter topic. Stateless.
 */
public final class SplitTopology {
    private SplitTopology() {
    }

    public static Topology build(TextPipeline pipeline, PipelineSerdes serdes, Clock clock) {
        return build(pipeline, serdes, clock, TextPipeline.VERSION);
    }

    /** The topology stamping {@code pipelineVersion} on the articles. */
    public static Topology build(TextPipeline pipeline, PipelineSerdes serdes, Clock clock, String pipelineVersion) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.NORMALIZED_PAGES.name(),
                        Consumed.with(serdes.keys(), serdes.normalizedPages()).withName("normalized-pages-source"))
                .filter((pageId, page) -> page != null, Named.as("drop-tombstones"))
                .flatMap((pageId, page) -> {
                    List<KeyValue<String, Article>> out = new ArrayList<>();
                    for (Article a : toArticles(pipeline, page, clock.instant(), pipelineVersion)) {
                        out.add(KeyValue.pair(a.getArticleId(), a));
                    }
                    return out;
                }, Named.as("split-page"))
                .to(Topics.ARTICLES.name(), Produced.with(serdes.keys(), serdes.articles()).withName("articles-sink"));
        return builder.build();
    }

    /** Splits one normalized page into its articles, in page order. */
    public static List<Article> toArticles(TextPipeline pipeline, NormalizedPage page, Instant now) {
        return toArticles(pipeline, page, now, TextPipeline.VERSION);
    }

    /** Splits one normalized page into its articles, stamping {@code pipelineVersion}. */
    public static List<Article> toArticles(TextPipeline pipeline, NormalizedPage page, Instant now,
                                           String pipelineVersion) {
        List<Item> items = pipeline.split(toNormalizedText(page));
        List<Article> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            out.add(Article.newBuilder()
                    .setArticleId(ArticleIds.of(page.getPageId(), i, page.getContentSha256()))
                    .setPageId(page.getPageId())
                    .setSource(page.getSource())
                    .setEditionDate(page.getEditionDate())
                    .setPageNumber(page.getPageNumber())
                    .setIndex(i)
                    .setItemCount(items.size())
                    .setKind(item.kind().wireName())
                    .setTitle(item.title())
                    .setKicker(item.kicker())
                    .setSubtitle(item.subtitle())
                    .setByline(item.byline())
                    .setBody(item.body())
                    .setContentSha256(page.getContentSha256())
                    .setPipelineVersion(pipelineVersion)
                    .setProcessedAt(now)
                    .build());
        }
        return out;
    }

    /**
     * Rebuilds the pipeline's page model from the Avro record.
     *
     * @throws IllegalArgumentException naming the layout or flag this pipeline version does not know
     */
    public static NormalizedText toNormalizedText(NormalizedPage page) {
        Layout layout = parse(Layout.class, page.getLayout(), "layout");
        List<Block> blocks = new ArrayList<>(page.getBlocks().size());
        for (PageBlock b : page.getBlocks()) {
            Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
            for (String f : b.getFlags()) {
                flags.add(parse(BlockFlag.class, f, "block flag"));
            }
            blocks.add(new Block(b.getIndex(), b.getText(), b.getLineLengths(), b.getBlankLinesBefore(),
                    b.getMarkdownLevel(), b.getFurniture(), flags));
        }
        return new NormalizedText(layout, blocks);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "' (pipeline version "
                    + TextPipeline.VERSION + " knows " + List.of(type.getEnumConstants()) + ")", e);
        }
    }
}
