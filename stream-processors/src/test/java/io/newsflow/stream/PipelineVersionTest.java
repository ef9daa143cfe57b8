package io.newsflow.stream;

import static io.newsflow.stream.StreamTestSupport.CLOCK;
import static io.newsflow.stream.StreamTestSupport.TWO_ARTICLE_PAGE;
import static io.newsflow.stream.StreamTestSupport.rawPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.NormalizedPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline version setting: validated, defaulting to the code's version, stamped by every stage. */
class PipelineVersionTest {
    @TempDir
    Path state;

    @Test
    void settingsDefaultToTheCodeVersionAndValidateAGivenOneNamingTheOption() {
        StreamSettings s = new StreamSettings("localhost:9092", "http://localhost:8081", state, 1);
        assertEquals(TextPipeline.VERSION, s.pipelineVersion());
        assertEquals("2-replay-x", s.withPipelineVersion("2-replay-x").pipelineVersion());
        String e = assertThrows(IllegalArgumentException.class, () -> s.withPipelineVersion("a b")).getMessage();
        assertTrue(e.startsWith("--pipeline-version:"), e);
        assertTrue(StreamSettings.versionProblem("").startsWith("--pipeline-version"));
        assertTrue(StreamSettings.versionProblem("x".repeat(101)).startsWith("--pipeline-version"));
        assertNull(StreamSettings.versionProblem("1.2+ner:2026-05-02_a"));
    }

    @Test
    void everyStageStampsTheConfiguredVersion() {
        TextPipeline pipeline = StreamTestSupport.pipeline();
        NormalizedPage page = NormalizeTopology.toNormalizedPage(pipeline, rawPage("p-1", TWO_ARTICLE_PAGE), CLOCK,
                "v-replay");
        assertEquals("v-replay", page.getPipelineVersion());
        List<Article> articles = SplitTopology.toArticles(pipeline, page, CLOCK.instant(), "v-replay");
        assertEquals(2, articles.size());
        articles.forEach(a -> assertEquals("v-replay", a.getPipelineVersion()));

        // The extract stage alone (a replay from its input) replaces the version the article came with.
        Article old = SplitTopology.toArticles(pipeline, page, CLOCK.instant()).get(0);
        assertEquals(TextPipeline.VERSION, old.getPipelineVersion());
        EnrichedArticle e = ExtractTopology.enrich(pipeline, old, CLOCK.instant(), "v-extract");
        assertEquals("v-extract", e.getArticle().getPipelineVersion());
        assertEquals(old.getBody(), e.getArticle().getBody());
        assertEquals(TextPipeline.VERSION, ExtractTopology.enrich(pipeline, old, CLOCK.instant())
                .getArticle().getPipelineVersion(), "without a setting the article's version is kept");
    }
}
