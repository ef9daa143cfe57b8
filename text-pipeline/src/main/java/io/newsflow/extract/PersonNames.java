package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops one-character PERSON mentions that are no person.
 *
 * <p>A lone character is a person only when a title or form of address follows it (江主席, 李总, 萨氏) or it
 * stands next to another one-character name (马列): that is how Chinese news writes a person with one
 * character. A one-character PERSON without either is most often a fragment of a company name or a word
 * (磐霖资本, 小鲁锂电) and is dropped. Runs after {@link LongerNames}, so a name cut to its surname (李 of
 * 李小令建议) has been completed by then. Other mentions pass unchanged. Stateless; {@link #apply} is a pure
 * function of its arguments.
 */
final class PersonNames {

    /** Characters that follow a surname used alone (李总, 王老, 萨氏). */
    private static final String ADDRESS_CHARS = "总老氏";

    private PersonNames() {
    }

    /**
     * @param text     the text the mentions are in
     * @param mentions sorted, non-overlapping mentions of {@code text}
     * @return the mentions without the dropped ones
     */
    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (isOneCharacterPerson(m) && !addressFollows(text, m.end()) && !nextToOneCharacterPerson(mentions, i)) {
                continue;
            }
            out.add(m);
        }
        return out;
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
