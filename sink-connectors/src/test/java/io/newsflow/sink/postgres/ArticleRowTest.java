package io.newsflow.sink.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.sink.postgres.ArticleRow.InvalidArticleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRowTest {

    @Test
    void convertsAValidArticleWithParsedDateAndMentions() {
        ArticleRow r = ArticleRow.from(Articles.enriched("p1", 0, "v1", Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals("p1-0", r.articleId());
        assertEquals(LocalDate.of(2024, 3, 5), r.editionDate());
        assertEquals(4, r.mentions().size());
        assertEquals("北京", r.mentions().get(0).surface());
        assertEquals(new ArticleRow.EntityKey("北京", "LOCATION"), r.mentions().get(0).entity());
    }

    @Test
    void missingEditionDateIsAllowed() {
        EnrichedArticle e = Articles.enriched("p1", 0, "v1", Instant.EPOCH);
        e.getArticle().setEditionDate(null);
        assertNull(ArticleRow.from(e).editionDate());
    }

    @Test
    void rejectsMalformedEditionDateNamingTheField() {
        EnrichedArticle e = Articles.enriched("p1", 0, "v1", Instant.EPOCH);
        e.getArticle().setEditionDate("5 March 2024");
        InvalidArticleException ex = assertThrows(InvalidArticleException.class, () -> ArticleRow.from(e));
        assertTrue(ex.getMessage().contains("edition_date"), ex.getMessage());
    }

    @Test
    void rejectsMentionOffsetsOutsideTheBody() {
        EnrichedArticle e = Articles.enriched("p1", 0, "v1", Instant.EPOCH);
        int len = e.getArticle().getBody().length();
        e.setMentions(List.of(new Mention("北京", "LOCATION", len - 1, len + 3, "北京")));
        InvalidArticleException ex = assertThrows(InvalidArticleException.class, () -> ArticleRow.from(e));
        assertTrue(ex.getMessage().contains("mentions[0]"), ex.getMessage());
        e.setMentions(List.of(new Mention("北京", "LOCATION", 3, 3, "北京")));
        assertThrows(InvalidArticleException.class, () -> ArticleRow.from(e));
    }

    @Test
    void rejectsEmptyArticleIdAndEmptyEntityType() {
        EnrichedArticle e = Articles.enriched("p1", 0, "v1", Instant.EPOCH);
        e.getArticle().setArticleId(" ");
        assertThrows(InvalidArticleException.class, () -> ArticleRow.from(e));
        EnrichedArticle f = Articles.enriched("p1", 0, "v1", Instant.EPOCH);
        f.setMentions(List.of(new Mention("北京", "", 0, 2, "北京")));
        InvalidArticleException ex = assertThrows(InvalidArticleException.class, () -> ArticleRow.from(f));
        assertTrue(ex.getMessage().contains(".type"), ex.getMessage());
    }

    @Test
    void laterProcessingSupersedesAndEqualProcessingRewrites() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        ArticleRow r = ArticleRow.from(Articles.enriched("p1", 0, "v2", t));
        assertTrue(r.supersedes(t.minusSeconds(1), t.plusSeconds(100)));
        assertTrue(r.supersedes(t, r.extractedAt()));
        assertFalse(r.supersedes(t.plusMillis(1), t));
        assertFalse(r.supersedes(t, r.extractedAt().plusMillis(1)));
    }

    @Test
    void collapseKeepsTheWinningOperationPerArticle() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        ArticleRow older = ArticleRow.from(Articles.enriched("p1", 0, "v1", t));
        ArticleRow newer = ArticleRow.from(Articles.enriched("p1", 0, "v2", t.plusSeconds(60)));
        ArticleRow other = ArticleRow.from(Articles.enriched("p1", 1, "v1", t));
        List<ArticleWriter.Op> ops = ArticleWriter.collapse(List.of(new ArticleWriter.Upsert(newer),
                new ArticleWriter.Upsert(other), new ArticleWriter.Upsert(older)));
        assertEquals(List.of(new ArticleWriter.Upsert(newer), new ArticleWriter.Upsert(other)), ops);
        List<ArticleWriter.Op> withDelete = ArticleWriter.collapse(List.of(new ArticleWriter.Upsert(newer),
                new ArticleWriter.Delete("p1-0")));
        assertEquals(List.of(new ArticleWriter.Delete("p1-0")), withDelete);
    }
}
