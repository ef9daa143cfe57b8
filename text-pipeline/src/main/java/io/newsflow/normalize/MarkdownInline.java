package io.newsflow.normalize;

import java.util.regex.Pattern;

/**
 * The inline syntax of a markdown-ish feed, read off one line: emphasis markers (**本报记者 王强**, *图为…*), a
 * quotation's {@code >}, a list item's {@code -}, a rule ({@code ---}, or {@code ===} as plain-text exports print it) and links ({@code [官网](https://…)} reads
 * 官网). An image alone on its line is left whole for {@link Furniture}. Print never carries these, so a line is
 * only ever the cleaner for it; the markers also say where a paragraph starts (a quotation, a list item) or that
 * the text on both sides of a rule belongs to different elements. Stateless.
 */
final class MarkdownInline {

    /**
     * What a line says once its markers are read: its text, whether it opens a paragraph (a quotation, a list item),
     * whether it is a list item, and whether it is a rule.
     */
    record Line(String text, boolean opensParagraph, boolean listItem, boolean rule) {
    }

    private static final Pattern RULE = Pattern.compile("(?:-{3,}|\\*{3,}|_{3,}|={3,})");
    private static final Pattern QUOTE = Pattern.compile("^>\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("^[-*+]\\s+(?=\\S)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*?)\\*(?![*\\w])");

    /** A link, not an image: its text stays, its address goes. */
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\[\\]]+)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");

    private MarkdownInline() {
    }

    /** The line without its markdown markers (the text unchanged when it has none). */
    static Line read(String t) {
        // every line of a page passes here: only lines with one of the marker characters are looked at
        if (t.startsWith("![") && Furniture.MARKDOWN_IMAGE.matcher(t).matches()) {
            return new Line(t, false, false, false); // an image line: furniture, address and all
        }
        if (t.contains("](")) {
            t = LINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('*') < 0 && t.indexOf('_') < 0 && t.indexOf('>') < 0 && t.indexOf('-') < 0 && t.indexOf('+') < 0
                && !t.startsWith("===")) {
            return new Line(t, false, false, false);
        }
        if (RULE.matcher(t).matches()) {
            return new Line("", false, false, true);
        }
        String s = t;
        boolean opens = false;
        boolean item = false;
        if (s.startsWith(">")) {
            s = QUOTE.matcher(s).replaceFirst("");
            opens = true;
        } else if (LIST_ITEM.matcher(s).find()) {
            s = LIST_ITEM.matcher(s).replaceFirst("");
            opens = true;
            item = true;
        }
        if (s.contains("**") || s.contains("__")) {
            s = STRONG.matcher(s).replaceAll("$2");
        }
        if (s.indexOf('*') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("$1");
        }
        return new Line(s.strip(), opens, item, false);
    }
}
