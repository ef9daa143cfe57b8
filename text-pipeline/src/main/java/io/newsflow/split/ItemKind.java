package io.newsflow.split;

import java.util.Locale;

/** What kind of item a piece of a page is. */
public enum ItemKind {
    ARTICLE, BRIEF, PHOTO, COLUMN, INTERVIEW, LISTING, TEASER;

    /** Lower-case wire name ({@code article}, {@code brief}, ...). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
