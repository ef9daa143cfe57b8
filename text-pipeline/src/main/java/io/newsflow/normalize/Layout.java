package io.newsflow.normalize;

/** How the raw page encodes paragraph boundaries. */
public enum Layout {
    /** Every raw line is followed by a blank line; paragraphs must be inferred from line lengths. */
    DOUBLE_SPACED,
    /** Blank lines separate paragraphs; single newlines are hard wraps. */
    PARAGRAPHS,
    /** Markdown-ish feed: '#' headings, one paragraph per line. */
    MARKDOWN
}
