package io.newsflow.sink.postgres;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityCount;
import io.newsflow.schemas.avro.Mention;
import java.time.Instant;
import java.util.List;

/** Builds synthetic test articles (invented text, no seed data). */
final class Articles {
    private Articles() {
    }

    static final String BODY = "北京消息，张三在上海出席了新华公司的年会。北京方面表示欢迎。";

    /**
     * Article {@code <page>-<index>} of version {@code version}, processed at {@code processedAt}
     * (extracted one second later), with mentions of 北京 (twice), 张三 and 上海.
     */
    static EnrichedArticle enriched(String page, int index, String version, Instant processedAt) {
        Article a = Article.newBuilder()
                .setArticleId(page + "-" + index)
                .setPageId(page)
                .setSource("test-" + page + ".txt")
                .setEditionDate("2024-03-05")
                .setPageNumber(4)
                .setIndex(index)
                .setItemCount(3)
                .setKind("article")
                .setTitle("标题 " + index + " " + version)
                .setKicker("")
                .setSubtitle("")
                .setByline("本报记者")
                .setBody(BODY)
                .setContentSha256("0".repeat(64))
                .setPipelineVersion(version)
                .setProcessedAt(processedAt)
                .build();
        List<Mention> mentions = List.of(
                new Mention("北京", "LOCATION", 0, 2, "北京"),
                new Mention("张三", "PERSON", 5, 7, "张三"),
                new Mention("上海", "LOCATION", 8, 10, "上海"),
                new Mention("北京", "LOCATION", BODY.indexOf("北京", 3), BODY.indexOf("北京", 3) + 2, "北京"));
        return EnrichedArticle.newBuilder()
                .setArticle(a)
                .setExtractor("test-extractor " + version)
                .setMentions(version.endsWith("-fewer") ? mentions.subList(0, 1) : mentions)
                .setEntities(List.of(new EntityCount("北京", "LOCATION", 2), new EntityCount("张三", "PERSON", 1),
                        new EntityCount("上海", "LOCATION", 1)))
                .setExtractedAt(processedAt.plusSeconds(1))
                .build();
    }
}
