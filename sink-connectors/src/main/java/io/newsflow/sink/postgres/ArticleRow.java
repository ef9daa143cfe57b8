package io.newsflow.sink.postgres;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityCount;
import io.newsflow.schemas.avro.Mention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One enriched article as the sink stores it: validated, with the edition date parsed and the
 * mentions in body order. Built only through {@link #from}, which rejects records the tables cannot
 * hold consistently (so a bad record goes to the dead-letter queue instead of failing a whole batch).
 */
public record ArticleRow(
        String articleId, String pageId, String source, LocalDate editionDate, Integer pageNumber,
        int itemIndex, int itemCount, String kind, String title, String kicker, String subtitle, String byline,
        String body, String contentSha256, String pipelineVersion, String extractor,
        Instant processedAt, Instant extractedAt, List<MentionRow> mentions, List<EntityKey> entities) {

    /** A mention with its entity key and offsets into {@link #body()} (UTF-16 code units). */
    public record MentionRow(String surface, EntityKey entity, int start, int end) {
    }

    /** The natural key of an entity: canonical name and type. */
    public record EntityKey(String canonicalName, String type) implements Comparable<EntityKey> {
        private static final Comparator<EntityKey> ORDER =
                Comparator.comparing(EntityKey::canonicalName).thenComparing(EntityKey::type);

        @Override
        public int compareTo(EntityKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** The record could not be stored; the message says which field and why. */
    public static final class InvalidArticleException extends RuntimeException {
        public InvalidArticleException(String message) {
            super(message);
        }
    }

    /**
     * Whether this row should replace {@code stored}: the later processing wins (split time, then
     * extraction time); an equal one also replaces, which makes redelivery idempotent.
     */
    public boolean supersedes(Instant storedProcessedAt, Instant storedExtractedAt) {
        int c = processedAt.compareTo(storedProcessedAt);
        return c > 0 || (c == 0 && extractedAt.compareTo(storedExtractedAt) >= 0);
    }

    /**
     * Validates and converts a decoded record.
     *
     * @throws InvalidArticleException naming the offending field
     */
    public static ArticleRow from(EnrichedArticle e) {
        Article a = e.getArticle();
        if (a == null) {
            throw new InvalidArticleException("article is missing");
        }
        String id = a.getArticleId();
        if (id == null || id.isBlank()) {
            throw new InvalidArticleException("article.article_id is empty");
        }
        require(a.getPageId(), "article.page_id", id);
        require(a.getPipelineVersion(), "article.pipeline_version", id);
        LocalDate edition = null;
        if (a.getEditionDate() != null && !a.getEditionDate().isBlank()) {
            try {
                edition = LocalDate.parse(a.getEditionDate());
            } catch (DateTimeParseException ex) {
                throw new InvalidArticleException("article " + id + ": article.edition_date '" + a.getEditionDate()
                        + "' is not an ISO date (yyyy-MM-dd)");
            }
        }
        String body = a.getBody() == null ? "" : a.getBody();
        List<MentionRow> mentions = new ArrayList<>();
        int i = 0;
        for (Mention m : e.getMentions()) {
            String where = "article " + id + ": mentions[" + i++ + "]";
            if (m.getStart() < 0 || m.getEnd() <= m.getStart() || m.getEnd() > body.length()) {
                throw new InvalidArticleException(where + " has offsets [" + m.getStart() + ", " + m.getEnd()
                        + ") outside the body (length " + body.length() + ")");
            }
            require(m.getCanonical(), where + ".canonical", id);
            require(m.getType(), where + ".type", id);
            mentions.add(new MentionRow(m.getText() == null ? "" : m.getText(),
                    new EntityKey(m.getCanonical(), m.getType()), m.getStart(), m.getEnd()));
        }
        List<EntityKey> entities = new ArrayList<>();
        for (EntityCount ec : e.getEntities()) {
            require(ec.getCanonical(), "article " + id + ": entities[].canonical", id);
            require(ec.getType(), "article " + id + ": entities[].type", id);
            entities.add(new EntityKey(ec.getCanonical(), ec.getType()));
        }
        if (a.getProcessedAt() == null || e.getExtractedAt() == null) {
            throw new InvalidArticleException("article " + id + ": processed_at/extracted_at missing");
        }
        return new ArticleRow(id, a.getPageId(), nz(a.getSource()), edition, a.getPageNumber(), a.getIndex(),
                a.getItemCount(), nz(a.getKind()), nz(a.getTitle()), nz(a.getKicker()), nz(a.getSubtitle()),
                nz(a.getByline()), body, nz(a.getContentSha256()), a.getPipelineVersion(), nz(e.getExtractor()),
                a.getProcessedAt(), e.getExtractedAt(), List.copyOf(mentions), List.copyOf(entities));
    }

    private static void require(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException(field.startsWith("article " + id) ? field + " is empty"
                    : "article " + id + ": " + field + " is empty");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
