package io.newsflow.stream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic article ids: the first 24 hex characters (96 bits) of
 * {@code sha256(page_id + "#" + index + "#" + content_sha256)}. The same page content split by the same
 * pipeline version always gives the same ids, so a replayed or re-processed page overwrites its articles
 * downstream instead of duplicating them; a changed page (new content hash) gets new ids.
 */
public final class ArticleIds {
    /** Length of an article id in hex characters. */
    public static final int LENGTH = 24;

    private ArticleIds() {
    }

    public static String of(String pageId, int index, String contentSha256) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((pageId + "#" + index + "#" + contentSha256).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
