package io.newsflow.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields of a plain-text feed or content-system export (标题：…, 副题：…, 作者：…, 正文：…, or in lenticular
 * brackets as wire dumps print them: 【标题】…, 【来源】…), read off
 * one line: which field it is and its value. Print never labels its headlines so, so a line is only ever the
 * clearer for it. Stateless.
 */
final class FeedFields {

    /** A field of a feed's item. */
    enum Field { TITLE, KICKER, SUBTITLE, AUTHOR, SOURCE, BODY }

    /** A line's field and value (empty when the line holds only its label). */
    record FieldLine(Field field, String value) {
    }

    private static final String LABELS = "标题|主标题|题目|引题|肩题|副题|副标题|作者|记者|正文|内容";
    /** A label and a colon (标题：…), or a label in lenticular brackets (【标题】…), as wire dumps print them. */
    private static final Pattern FIELD = Pattern.compile(
            "^(?:(" + LABELS + ")\\s*[：:]|【(" + LABELS + "|来源)】)\\s*(.*)$");

    private FeedFields() {
    }

    /** The field {@code t} holds, or null when it is no labelled field line. */
    static FieldLine read(String t) {
        if (t.length() < 3 || "标主题引肩副作记正内【".indexOf(t.charAt(0)) < 0) {
            return null;
        }
        Matcher m = FIELD.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String value = m.group(3).strip();
        String label = m.group(1) != null ? m.group(1) : m.group(2);
        return switch (label) {
            // 【来源】澜江日报客户端　记者 邝一鸣: the source, and who reported, as a feed's credit line reads
            case "来源" -> value.isEmpty() ? null : new FieldLine(Field.SOURCE, "来源：" + value);
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
