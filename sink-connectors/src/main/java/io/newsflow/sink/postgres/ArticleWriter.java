package io.newsflow.sink.postgres;

import io.newsflow.sink.postgres.ArticleRow.EntityKey;
import io.newsflow.sink.postgres.ArticleRow.MentionRow;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes batches of article upserts and deletes to PostgreSQL, each batch in ONE transaction.
 *
 * <p>Contract of {@link #write}:
 * <ul>
 *   <li>Upsert by {@code article_id}; the article's mentions are deleted and re-inserted in the same
 *       transaction, so readers never see an article with the mentions of another version, and an
 *       article never keeps mentions its current version does not have.</li>
 *   <li>Newest processing wins: a stored row is only replaced by a row whose
 *       {@code (processed_at, extracted_at)} is the same or later (see {@link ArticleRow#supersedes}).
 *       Redelivery of the same record rewrites identical data (idempotent); a replay, which processes
 *       again and therefore later, replaces; a stale record (an old pipeline instance still running, an
 *       earlier offset re-read) is skipped. Existing rows are locked ({@code SELECT ... FOR UPDATE}) before
 *       the decision so concurrent tasks cannot interleave.</li>
 *   <li>Optionally ({@code supersede}), a written article deletes the rows of the same page that were
 *       produced by another pipeline version and processed earlier: a new splitter can cut a page into
 *       different items with different ids, and the old items must not linger next to the new ones.</li>
 *   <li>A delete (tombstone) removes the article and, by cascade, its mentions.</li>
 *   <li>Within a batch, operations on the same article collapse to the one that would win.</li>
 *   <li>Entities are inserted if missing (sorted, so concurrent tasks lock them in the same order) and
 *       never deleted: they are a shared dictionary.</li>
 * </ul>
 * On any {@link SQLException} the transaction is rolled back and the exception propagates; the caller
 * decides whether to retry. The connection must have auto-commit off.
 */
public final class ArticleWriter {

    /** An operation on one article. */
    public sealed interface Op permits Upsert, Delete {
        String articleId();
    }

    public record Upsert(ArticleRow row) implements Op {
        @Override
        public String articleId() {
            return row.articleId();
        }
    }

    public record Delete(String articleId) implements Op {
    }

    /** What a batch did. */
    public record Result(int written, int skippedStale, int deleted, int superseded) {
    }

    private final Tables t;
    private final boolean supersede;
    private final String upsertSql;
    private final String insertMentionSql;

    public ArticleWriter(Tables tables, boolean supersedePageArticles) {
        this.t = tables;
        this.supersede = supersedePageArticles;
        this.upsertSql = "INSERT INTO " + t.articles() + " (article_id, page_id, source, edition_date, page_number,"
                + " item_index, item_count, kind, title, kicker, subtitle, byline, body, content_sha256,"
                + " pipeline_version, extractor, processed_at, extracted_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, now())"
                + " ON CONFLICT (article_id) DO UPDATE SET page_id = EXCLUDED.page_id, source = EXCLUDED.source,"
                + " edition_date = EXCLUDED.edition_date, page_number = EXCLUDED.page_number,"
                + " item_index = EXCLUDED.item_index, item_count = EXCLUDED.item_count, kind = EXCLUDED.kind,"
                + " title = EXCLUDED.title, kicker = EXCLUDED.kicker, subtitle = EXCLUDED.subtitle,"
                + " byline = EXCLUDED.byline, body = EXCLUDED.body, content_sha256 = EXCLUDED.content_sha256,"
                + " pipeline_version = EXCLUDED.pipeline_version, extractor = EXCLUDED.extractor,"
                + " processed_at = EXCLUDED.processed_at, extracted_at = EXCLUDED.extracted_at, updated_at = now()";
        this.insertMentionSql = "INSERT INTO " + t.mentions()
                + " (article_id, mention_no, entity_id, surface, start_offset, end_offset) VALUES (?,?,?,?,?,?)";
    }

    /** Collapses operations on the same article to the one that would win, keeping first-seen order. */
    static List<Op> collapse(List<? extends Op> ops) {
        Map<String, Op> byId = new LinkedHashMap<>();
        for (Op op : ops) {
            Op prev = byId.get(op.articleId());
            if (prev instanceof Upsert p && op instanceof Upsert u
                    && !u.row().supersedes(p.row().processedAt(), p.row().extractedAt())) {
                continue;
            }
            byId.put(op.articleId(), op);
        }
        return new ArrayList<>(byId.values());
    }

    /** Applies {@code ops} in one transaction and commits it. */
    public Result write(Connection c, List<? extends Op> ops) throws SQLException {
        if (ops.isEmpty()) {
            return new Result(0, 0, 0, 0);
        }
        List<Op> collapsed = collapse(ops);
        try {
            Result r = apply(c, collapsed);
            c.commit();
            return r;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private Result apply(Connection c, List<Op> ops) throws SQLException {
        TreeSet<String> deleteIds = new TreeSet<>();
        Map<String, ArticleRow> upserts = new TreeMap<>();
        for (Op op : ops) {
            if (op instanceof Upsert u) {
                upserts.put(u.articleId(), u.row());
            } else {
                deleteIds.add(op.articleId());
            }
        }
        int deleted = 0;
        if (!deleteIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.articles() + " WHERE article_id = ANY(?)")) {
                ps.setArray(1, textArray(c, deleteIds));
                deleted = ps.executeUpdate();
            }
        }
        if (upserts.isEmpty()) {
            return new Result(0, 0, deleted, 0);
        }

        // Serialize writers per page before touching any article row: the articles of one page are spread
        // over partitions (the topic is keyed by article id), so several tasks write the same page at once, and
        // the page-wide supersede delete would otherwise deadlock with their row locks. Locks are taken in
        // hash order, one statement, so two tasks never wait on each other in opposite orders.
        try (PreparedStatement ps = c.prepareStatement("SELECT count(pg_advisory_xact_lock(h)) FROM"
                + " (SELECT DISTINCT hashtext(k) AS h FROM unnest(?::text[]) AS k ORDER BY h) AS pages")) {
            ps.setArray(1, textArray(c, upserts.values().stream().map(r -> t.articles() + "/" + r.pageId())
                    .distinct().toList()));
            ps.executeQuery().close();
        }
        // Lock the stored versions (sorted ids: a stable lock order between tasks) and keep the winners.
        Map<String, Instant[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, processed_at, extracted_at FROM "
                + t.articles() + " WHERE article_id = ANY(?) ORDER BY article_id FOR UPDATE")) {
            ps.setArray(1, textArray(c, upserts.keySet()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Instant[] {
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()});
                }
            }
        }
        List<ArticleRow> winners = new ArrayList<>();
        for (ArticleRow row : upserts.values()) {
            Instant[] s = stored.get(row.articleId());
            if (s == null || row.supersedes(s[0], s[1])) {
                winners.add(row);
            }
        }
        int skipped = upserts.size() - winners.size();
        if (winners.isEmpty()) {
            return new Result(0, skipped, deleted, 0);
        }

        int superseded = supersede ? deleteSupersededPageArticles(c, winners) : 0;
        Map<EntityKey, Long> entityIds = ensureEntities(c, winners);

        try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
            for (ArticleRow r : winners) {
                int i = 1;
                ps.setString(i++, r.articleId());
                ps.setString(i++, r.pageId());
                ps.setString(i++, r.source());
                ps.setObject(i++, r.editionDate(), Types.DATE);
                if (r.pageNumber() == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setInt(i++, r.pageNumber());
                }
                ps.setInt(i++, r.itemIndex());
                ps.setInt(i++, r.itemCount());
                ps.setString(i++, r.kind());
                ps.setString(i++, r.title());
                ps.setString(i++, r.kicker());
                ps.setString(i++, r.subtitle());
                ps.setString(i++, r.byline());
                ps.setString(i++, r.body());
                ps.setString(i++, r.contentSha256());
                ps.setString(i++, r.pipelineVersion());
                ps.setString(i++, r.extractor());
                ps.setObject(i++, OffsetDateTime.ofInstant(r.processedAt(), ZoneOffset.UTC));
                ps.setObject(i, OffsetDateTime.ofInstant(r.extractedAt(), ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.mentions() + " WHERE article_id = ANY(?)")) {
            ps.setArray(1, textArray(c, winners.stream().map(ArticleRow::articleId).toList()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(insertMentionSql)) {
            boolean any = false;
            for (ArticleRow r : winners) {
                int no = 0;
                for (MentionRow m : r.mentions()) {
                    ps.setString(1, r.articleId());
                    ps.setInt(2, no++);
                    ps.setLong(3, entityIds.get(m.entity()));
                    ps.setString(4, m.surface());
                    ps.setInt(5, m.start());
                    ps.setInt(6, m.end());
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
        return new Result(winners.size(), skipped, deleted, superseded);
    }

    private int deleteSupersededPageArticles(Connection c, List<ArticleRow> winners) throws SQLException {
        // One delete per (page, version): the latest processing time of that page's winners in this batch.
        Map<List<String>, Instant> latest = new TreeMap<>((a, b) -> {
            int cmp = a.get(0).compareTo(b.get(0));
            return cmp != 0 ? cmp : a.get(1).compareTo(b.get(1));
        });
        for (ArticleRow r : winners) {
            latest.merge(List.of(r.pageId(), r.pipelineVersion()), r.processedAt(),
                    (x, y) -> x.isAfter(y) ? x : y);
        }
        int n = 0;
        // The winners themselves are about to be overwritten in place: not counted, not deleted.
        Array winnerIds = textArray(c, winners.stream().map(ArticleRow::articleId).toList());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.articles()
                + " WHERE page_id = ? AND pipeline_version <> ? AND processed_at < ? AND article_id <> ALL(?)")) {
            for (Map.Entry<List<String>, Instant> e : latest.entrySet()) {
                ps.setString(1, e.getKey().get(0));
                ps.setString(2, e.getKey().get(1));
                ps.setObject(3, OffsetDateTime.ofInstant(e.getValue(), ZoneOffset.UTC));
                ps.setArray(4, winnerIds);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    private Map<EntityKey, Long> ensureEntities(Connection c, List<ArticleRow> rows) throws SQLException {
        TreeSet<EntityKey> keys = new TreeSet<>();
        for (ArticleRow r : rows) {
            keys.addAll(r.entities());
            for (MentionRow m : r.mentions()) {
                keys.add(m.entity());
            }
        }
        Map<EntityKey, Long> ids = new HashMap<>();
        if (keys.isEmpty()) {
            return ids;
        }
        List<String> names = keys.stream().map(EntityKey::canonicalName).toList();
        List<String> types = keys.stream().map(EntityKey::type).toList();
        // One statement for all entities: insert the missing ones in key order, then read every id.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.entities() + " (canonical_name, type)"
                + " SELECT n, ty FROM unnest(?::text[], ?::text[]) AS u(n, ty) ORDER BY n, ty"
                + " ON CONFLICT (canonical_name, type) DO NOTHING")) {
            ps.setArray(1, textArray(c, names));
            ps.setArray(2, textArray(c, types));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.canonical_name, e.type FROM " + t.entities()
                + " e JOIN unnest(?::text[], ?::text[]) AS u(n, ty) ON e.canonical_name = u.n AND e.type = u.ty")) {
            ps.setArray(1, textArray(c, names));
            ps.setArray(2, textArray(c, types));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(new EntityKey(rs.getString(2), rs.getString(3)), rs.getLong(1));
                }
            }
        }
        if (ids.size() != keys.size()) {
            throw new SQLException("entity ids missing after insert: expected " + keys.size() + ", found " + ids.size());
        }
        return ids;
    }

    private static Array textArray(Connection c, java.util.Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(new String[0]));
    }
}
