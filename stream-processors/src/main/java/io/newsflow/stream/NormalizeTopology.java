package io.newsflow.stream;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.PageBlock;
import io.newsflow.schemas.avro.RawPage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Stage 1: raw pages ({@link Topics#RAW_PAGES}) → normalized pages ({@link Topics#NORMALIZED_PAGES}), key = page id
 * unchanged. The repair itself is {@link TextPipeline#normalize}; this class only maps its blocks 1:1 to Avro.
 * Tombstones (null values) are dropped. Stateless; one output record per input record.
 */
public final class NormalizeTopology {
    private NormalizeTopology() {
    }

    public static Topology build(TextPipeline pipeline, PipelineSerdes serdes, Clock clock) {
        return build(pipeline, serdes, clock, TextPipeline.VERSION);
    }

    /** The topology stamping {@code pipelineVersion} on the normalized pages. */
    public static Topology build(TextPipeline pipeline, PipelineSerdes serdes, Clock clock, String pipelineVersion) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.RAW_PAGES.name(),
                        Consumed.with(serdes.keys(), serdes.rawPages()).withName("raw-pages-source"))
                .filter((pageId, page) -> page != null, Named.as("drop-tombstones"))
                .mapValues(page -> toNormalizedPage(pipeline, page, clock, pipelineVersion), Named.as("normalize-page"))
                .to(Topics.NORMALIZED_PAGES.name(),
                        Produced.with(serdes.keys(), serdes.normalizedPages()).withName("normalized-pages-sink"));
        return builder.build();
    }

    /** Normalizes one raw page; public so tests and tools can compare against the topology output. */
    public static NormalizedPage toNormalizedPage(TextPipeline pipeline, RawPage page, Clock clock) {
        return toNormalizedPage(pipeline, page, clock, TextPipeline.VERSION);
    }

    /** Normalizes one raw page, stamping {@code pipelineVersion}. */
    public static NormalizedPage toNormalizedPage(TextPipeline pipeline, RawPage page, Clock clock,
                                                  String pipelineVersion) {
        NormalizedText text = pipeline.normalize(page.getContent());
        List<PageBlock> blocks = new ArrayList<>(text.blocks().size());
        for (Block b : text.blocks()) {
            List<String> flags = new ArrayList<>(b.flags().size());
            // Enum order, so the same block always serializes to the same bytes.
            for (BlockFlag f : BlockFlag.values()) {
                if (b.has(f)) {
                    flags.add(f.name());
                }
            }
            blocks.add(PageBlock.newBuilder()
                    .setIndex(b.index())
                    .setText(b.text())
                    .setLineLengths(new ArrayList<>(b.lineLengths()))
                    .setBlankLinesBefore(b.blankLinesBefore())
                    .setMarkdownLevel(b.markdownLevel())
                    .setFurniture(b.furniture())
                    .setFlags(flags)
                    .build());
        }
        return NormalizedPage.newBuilder()
                .setPageId(page.getPageId())
                .setSource(page.getSource())
                .setEditionDate(page.getEditionDate())
                .setPageNumber(page.getPageNumber())
                .setContentSha256(page.getContentSha256())
                .setPipelineVersion(pipelineVersion)
                .setNormalizedAt(clock.instant())
                .setLayout(text.layout().name())
                .setBlocks(blocks)
                .build();
    }
}
