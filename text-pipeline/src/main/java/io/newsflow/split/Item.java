package io.newsflow.split;

import java.util.List;
import java.util.Objects;

/**
 * One item split from a page.
 *
 * @param kind       article, brief, photo, ...
 * @param title      main headline, "" when none
 * @param kicker     line above the headline, "" when none
 * @param subtitle   line below the headline, "" when none
 * @param byline     reporter/agency line as printed, "" when none
 * @param paragraphs body paragraphs in reading order
 */
public record Item(ItemKind kind, String title, String kicker, String subtitle, String byline, List<String> paragraphs) {
    public Item {
        Objects.requireNonNull(kind, "kind");
        title = Objects.requireNonNullElse(title, "");
        kicker = Objects.requireNonNullElse(kicker, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        byline = Objects.requireNonNullElse(byline, "");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Body paragraphs joined by newline: the text entity offsets refer to. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
