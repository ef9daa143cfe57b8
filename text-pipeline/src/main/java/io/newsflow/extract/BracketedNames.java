package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs organization names with a bracketed or quoted part that the model started inside the brackets.
 *
 * <p>Company names carry a city or country in brackets (星河（苏州）智能科技有限公司, 滨江检测中心（广州）
 * 有限公司) and institutions a quoted programme ("数字丝路"研究院). The model often starts the span after the
 * opening bracket, leaving 苏州）智能科技有限公司: a name with a closing bracket and no opening one. Such an
 * ORGANIZATION span is extended back to its opening bracket, at most {@link #MAX_REACH} characters before it
 * with no sentence punctuation between, and takes in the mentions that end right at that bracket (星河, or
 * 粤, 港 and 澳 one after the other): the name is everything from there to the span's end. Not repaired: spans
 * whose brackets balance, spans that begin with the closing bracket (leftover punctuation), spans with fewer
 * than two characters after it (部 of 部长), and brackets holding a dateline (新华社北京２月１９日电).
 *
 * <p>Stateless; {@link #apply} is a pure function of its arguments.
 */
final class BracketedNames {

    private static final String OPENING = "（(“《「";
    private static final String CLOSING = "）)”》」";
    /** How far before the span its opening bracket may be: a city, country or short programme name. */
    static final int MAX_REACH = 12;
    private static final String SENTENCE_PUNCTUATION = "。，；！？、,;!?\n";

    private BracketedNames() {
    }

    /**
     * @param text     the text the mentions are in
     * @param mentions sorted, non-overlapping mentions of {@code text}
     * @return sorted, non-overlapping mentions with cut bracketed names repaired
     */
    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            int close = m.type() == EntityType.ORGANIZATION ? firstUnopenedClosing(m.text()) : -1;
            // a span opening with the bracket is punctuation left over, and a name goes on for 2+ characters
            // after its bracket (…）有限公司, …”研究院); 部门（航空工业）部 is a title's first character
            if (close < 1 || m.text().length() - close - 1 < 2) {
                continue;
            }
            int open = openingBefore(text, m.start(), OPENING.charAt(CLOSING.indexOf(m.text().charAt(close))));
            if (open < 0 || isDateline(text.substring(open + 1, m.start() + close))) {
                continue;
            }
            int first = i;
            while (first > 0 && out.get(first - 1).end() > open) {
                first--; // mentions inside the brackets become part of the name
            }
            int start = first < i ? Math.min(open, out.get(first).start()) : open;
            while (first > 0 && out.get(first - 1).end() == start) {
                first--;
                start = out.get(first).start(); // the name before the bracket, however many pieces (粤|港|澳)
            }
            Mention whole = new Mention(text.substring(start, m.end()), EntityType.ORGANIZATION, start, m.end());
            out.subList(first, i + 1).clear();
            out.add(first, whole);
            i = first;
        }
        return out;
    }

    /** （新华社北京２月１９日电）, （本报伊斯兰堡电）: a dateline in brackets, not part of a name. */
    private static boolean isDateline(String inside) {
        if (inside.endsWith("电") || inside.endsWith("讯")) {
            return true;
        }
        for (int k = 0; k < inside.length(); k++) {
            if (Character.isDigit(inside.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first closing bracket in {@code s} that no opening bracket before it in {@code s} matches. */
    private static int firstUnopenedClosing(String s) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0) {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Position of {@code opening} within reach before {@code from}, with no sentence punctuation between. */
    private static int openingBefore(String text, int from, char opening) {
        for (int k = from - 1; k >= 0 && from - k <= MAX_REACH; k--) {
            char c = text.charAt(k);
            if (c == opening) {
                return k;
            }
            if (SENTENCE_PUNCTUATION.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
