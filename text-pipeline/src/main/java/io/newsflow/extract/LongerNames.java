package io.newsflow.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes mentions that the model cut short, using the other mentions of the same text.
 *
 * <p>A mention that is the beginning of a longer mention's surface form, at a place where the text goes on
 * with that longer name, is extended to it and takes its type: 李 in 李小令建议 when 李小令 is a person of the
 * text, 京 (LOCATION) in 京东直播间 when 京东 is an organization of the text. The model's own longer span
 * elsewhere is the evidence that the characters belong together. Not made: an extension that would run into
 * the next mention, one to a span with punctuation inside (the model's 韶关）数据中心 is no name), and one between
 * a person and a non-person (阿里 does not become the "person" 阿里云盘). When one surface form has mentions of
 * different types, the first one's type is used.
 *
 * <p>Stateless; {@link #apply} is a pure function of its arguments.
 */
final class LongerNames {

    private LongerNames() {
    }

    /**
     * @param text     the text the mentions are in
     * @param mentions sorted, non-overlapping mentions of {@code text}
     * @return sorted, non-overlapping mentions, cut-short ones completed
     */
    static List<Mention> apply(String text, List<Mention> mentions) {
        Map<String, EntityType> names = new LinkedHashMap<>();
        for (Mention m : mentions) {
            names.putIfAbsent(m.text(), m.type());
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
            String best = m.text();
            for (String name : names.keySet()) {
                if (name.length() > best.length() && name.startsWith(m.text()) && m.start() + name.length() <= limit
                        && text.startsWith(name, m.start()) && isPerson(names.get(name)) == isPerson(m.type())
                        && wordsOnly(name)) {
                    best = name;
                }
            }
            out.add(best.equals(m.text()) ? m
                    : new Mention(best, names.get(best), m.start(), m.start() + best.length()));
        }
        return out;
    }

    private static boolean isPerson(EntityType type) {
        return type == EntityType.PERSON;
    }

    /** A span the model closed with a bracket or comma inside (韶关）数据中心) is not evidence of a name. */
    private static boolean wordsOnly(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '·') {
                return false;
            }
        }
        return true;
    }
}
