package io.newsflow.registry;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityCount;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.PageBlock;
import io.newsflow.schemas.avro.RawPage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/** Small hand-made records of every pipeline type (invented text, not from the seed pages). */
final class TestRecords {
    static final Instant T = Instant.parse("2026-01-02T03:04:05.678Z");

    private TestRecords() {
    }

    static RawPage rawPage() {
        return RawPage.newBuilder().setPageId("demo-2026-01-02-p01").setSource("demo.txt")
                .setEditionDate("2026-01-02").setPageNumber(1).setContent("示例标题\n\n这是一段示例正文。")
                .setContentSha256("ab".repeat(32)).setByteLength(40).setIngestedAt(T).setFeed("test").build();
    }

    static Article article() {
        return Article.newBuilder().setArticleId("a1").setPageId("p1").setSource("demo.txt")
                .setEditionDate(null).setPageNumber(null).setIndex(0).setItemCount(1).setKind("article")
                .setTitle("示例标题").setKicker("").setSubtitle("").setByline("本报记者 张三").setBody("正文。")
                .setContentSha256("cd".repeat(32)).setPipelineVersion("0.1.0").setProcessedAt(T).build();
    }

    static NormalizedPage normalizedPage() {
        PageBlock block = PageBlock.newBuilder().setIndex(0).setText("示例标题").setLineLengths(List.of(4))
                .setBlankLinesBefore(0).setMarkdownLevel(1).setFurniture(null).setFlags(List.of("DECORATION")).build();
        return NormalizedPage.newBuilder().setPageId("p1").setSource("demo.txt").setEditionDate("2026-01-02")
                .setPageNumber(2).setContentSha256("ef".repeat(32)).setPipelineVersion("0.1.0").setNormalizedAt(T)
                .setLayout("PARAGRAPHS").setBlocks(List.of(block)).build();
    }

    static EnrichedArticle enrichedArticle() {
        Mention m = Mention.newBuilder().setText("张三").setType("PERSON").setStart(5).setEnd(7)
                .setCanonical("张三").build();
        EntityCount c = EntityCount.newBuilder().setCanonical("张三").setType("PERSON").setCount(1).build();
        return EnrichedArticle.newBuilder().setArticle(article()).setExtractor("test 1").setMentions(List.of(m))
                .setEntities(List.of(c)).setExtractedAt(T).build();
    }

    static DeadLetter deadLetter() {
        return DeadLetter.newBuilder().setStage("ingest").setOriginalKey(null)
                .setOriginalValue(ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 0xff})).setErrorClass("BINARY")
                .setErrorMessage("binary content").setSourceTopic(null).setSourcePartition(null)
                .setSourceOffset(null).setSourceName("x.bin").setFailedAt(T).build();
    }
}
