package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs PERSON mentions cut short by the model, using the other person names of the same text.
 *
 * <ul>
 *   <li><b>A name cut short is completed</b> when the same text names the whole person elsewhere: a PERSON
 *   mention that is the beginning of a longer PERSON mention's surface form, at a place where the text goes
 *   on with that longer name (李 in 李小令建议, when 李小令 is a person of the text), is extended to it,
 *   unless the extension would run into the next mention.</li>
 *   <li><b>A lone character is no person</b> unless a title or form of address follows it (江主席, 李总,
 *   萨氏) or it stands next to another one-character name (马列): that is how Chinese news writes a person
 *   with one character. A one-character PERSON left without either is most often a fragment of a company
 *   name or a word (磐霖资本, 小鲁锂电) and is dropped.</li>
 * </ul>
 * Other mentions pass unchanged. Stateless; {@link #apply} is a pure function of its arguments.
 */
final class PersonNames {

    /** Characters that follow a surname used alone (李总, 王老, 萨氏). */
    private static final String ADDRESS_CHARS = "总老氏";

    private PersonNames() {
    }

    /**
     * @param text     the text the mentions are in
     * @param mentions sorted, non-overlapping mentions of {@code text}
     * @return sorted, non-overlapping mentions with PERSON names completed or dropped as described above
     */
    static List<Mention> apply(String text, List<Mention> mentions) {
        List<String> names = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && !names.contains(m.text())) {
                names.add(m.text());
            }
        }
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
            Mention whole = completed(text, m, names, limit);
            if (whole.text().length() == 1 && !addressFollows(text, whole.end())
                    && !nextToOneCharacterPerson(mentions, i)) {
                continue;
            }
            out.add(whole);
        }
        return out;
    }

    /** The longest person name of the text that {@code m} begins and the text spells out at its place. */
    private static Mention completed(String text, Mention m, List<String> names, int limit) {
        String best = m.text();
        for (String name : names) {
            if (name.length() > best.length() && name.startsWith(m.text()) && m.start() + name.length() <= limit
                    && text.startsWith(name, m.start())) {
                best = name;
            }
        }
        return best.equals(m.text()) ? m : new Mention(best, EntityType.PERSON, m.start(), m.start() + best.length());
    }

    /** 马列: two one-character names written side by side stand for two people. */
    private static boolean nextToOneCharacterPerson(List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        return i > 0 && isOneCharacterPerson(mentions.get(i - 1)) && mentions.get(i - 1).end() == m.start()
                || i + 1 < mentions.size() && isOneCharacterPerson(mentions.get(i + 1))
                && mentions.get(i + 1).start() == m.end();
    }

    private static boolean isOneCharacterPerson(Mention m) {
        return m.type() == EntityType.PERSON && m.text().length() == 1;
    }

    private static boolean addressFollows(String text, int at) {
        return at < text.length() && (ADDRESS_CHARS.indexOf(text.charAt(at)) >= 0
                || CanonicalizingExtractor.titleAt(text, at, text.length()) != null);
    }
}
