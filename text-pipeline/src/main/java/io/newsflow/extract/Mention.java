package io.newsflow.extract;

import java.util.Objects;

/**
 * One entity mention in a text.
 *
 * @param text      surface form, exactly {@code body.substring(start, end)}
 * @param type      entity type
 * @param start     offset of the first char (Java String index)
 * @param end       offset one past the last char
 * @param canonical canonical name of the entity; equals {@code text} when no alias or rule applies
 */
public record Mention(String text, EntityType type, int start, int end, String canonical) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
        }
    }

    public Mention(String text, EntityType type, int start, int end) {
        this(text, type, start, end, text);
    }
}
