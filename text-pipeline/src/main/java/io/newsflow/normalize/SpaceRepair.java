package io.newsflow.normalize;

/**
 * Removes spaces that PDF extraction inserts into Chinese text ("全 球 动 力", "在 2025年", "35 %"),
 * keeps exactly one space between Latin words and numbers ("Tiger Neo 2024" stays readable).
 *
 * <p>Rule: a run of spaces is dropped when the character on either side is Chinese (Han or
 * full-width punctuation) or a percent sign/math symbol next to a number; otherwise it becomes one space.
 */
final class SpaceRepair {
    private SpaceRepair() {
    }

    static String repair(String s) {
        if (!hasSpace(s)) {
            return s; // most paragraphs of a print page: nothing to drop, keep or trim
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && Chars.isSpace(s.charAt(j))) {
                j++;
            }
            if (out.length() == 0 || j == n) {
                i = j; // trim
                continue;
            }
            char before = out.charAt(out.length() - 1);
            char after = s.charAt(j);
            // "3 . 2" and "41 , 326" are numbers pulled apart by extraction.
            boolean digitBeforeSeparator = out.length() >= 2 && Character.isDigit(out.charAt(out.length() - 2));
            if (!dropBetween(before, after, digitBeforeSeparator)) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dropBetween(char before, char after, boolean digitBeforeSeparator) {
        if (Chars.isCjkLike(before) || Chars.isCjkLike(after)) {
            return true;
        }
        return Character.isDigit(before) && ("%‰℃".indexOf(after) >= 0 || after == '.' || after == ',')
                || (before == '.' || before == ',') && Character.isDigit(after) && digitBeforeSeparator;
    }

    /** For bylines: one space survives between Chinese words (本报记者 叶伟, 王小明 李华). */
    static String repairKeepingNameSpaces(String s) {
        return s.strip().replaceAll("[\\s\u3000]+", " ");
    }
}
