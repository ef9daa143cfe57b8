package io.newsflow.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields of a plain-text feed or content-system export (标题：…, 副题：…, 来源：…, 作者：…, 正文：…), read off
 * one line: which field it is and its value. Print never labels its headlines so, so a line is only ever the
 * clearer for it. Stateless.
 */
final class FeedFields {

    /** A field of a feed's item. */
    enum Field { TITLE, KICKER, SUBTITLE, AUTHOR, BODY }

    /** A line's field and value (empty when the line holds only its label). */
    record FieldLine(Field field, String value) {
    }

    private static final Pattern FIELD = Pattern.compile("^(标题|主标题|题目|引题|肩题|副题|副标题|作者|记者|正文|内容)\\s*[：:]\\s*(.*)$");

    private FeedFields() {
    }

    /** The field {@code t} holds, or null when it is no labelled field line. */
    static FieldLine read(String t) {
        if (t.length() < 3 || "标主题引肩副作记正内".indexOf(t.charAt(0)) < 0) {
            return null;
        }
        Matcher m = FIELD.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String value = m.group(2).strip();
        return switch (m.group(1)) {
            case "标题", "主标题", "题目" -> value.isEmpty() ? null : new FieldLine(Field.TITLE, value);
            case "引题", "肩题" -> value.isEmpty() ? null : new FieldLine(Field.KICKER, value);
            case "副题", "副标题" -> value.isEmpty() ? null : new FieldLine(Field.SUBTITLE, value);
            // 记者：… with a sentence after it is an interview's question, not a field
            case "作者", "记者" -> value.isEmpty() || Bylines.isByline(value) || Surnames.isNameRun(value.replace(" ", ""))
                    && value.length() <= 12 ? new FieldLine(Field.AUTHOR, value) : null;
            default -> new FieldLine(Field.BODY, value);
        };
    }
}
