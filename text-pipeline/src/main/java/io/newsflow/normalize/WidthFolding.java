package io.newsflow.normalize;

/**
 * Full-width Latin letters and digits become half-width (Ｐ１０ → P10), ideographic spaces become
 * plain spaces; Chinese punctuation stays full-width because that is how Chinese text is set.
 */
final class WidthFolding {
    private WidthFolding() {
    }

    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                r = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                r = ' ';
            } else if (c == '％') {
                r = '%';
            } else if (c == '．' && i > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                r = '.'; // decimal point between digits
            }
            if (r != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(r);
            }
        }
        return out == null ? s : out.toString();
    }
}
