package io.newsflow.normalize;

import java.util.List;

/**
 * Joins hard-wrapped lines of one paragraph: nothing between Chinese characters, one space between
 * Latin words, and a line-end hyphen glyph (⁃, ‐, or soft hyphen) before a Latin continuation is
 * dropped so that {@code mini⁃} + {@code max} reads {@code minimax}.
 */
final class LineJoiner {
    private LineJoiner() {
    }

    /** Hyphen glyphs that PDF export leaves at the end of a wrapped Latin word. */
    private static final String WRAP_HYPHENS = "\u2043\u2010\u00AD";

    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                char first = line.charAt(0);
                if (WRAP_HYPHENS.indexOf(last) >= 0 && Chars.isLatinLetter(first)) {
                    out.setLength(out.length() - 1);
                } else if (Chars.isAsciiAlnum(last) && Chars.isAsciiAlnum(first) && Chars.isLatinLetter(last) | Chars.isLatinLetter(first)) {
                    out.append(' ');
                } else if (last == ',' || last == '.' || last == ';' || last == ':') {
                    if (Chars.isAsciiAlnum(first)) {
                        out.append(' ');
                    }
                }
            }
            out.append(line);
        }
        return out.toString();
    }
}
