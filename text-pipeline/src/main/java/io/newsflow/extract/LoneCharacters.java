package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops one-character PERSON and ORGANIZATION mentions that name nobody.
 *
 * <p>A lone character is a person only when a title or form of address follows it (江主席, 李总, 萨氏) or it
 * stands next to another one-character name (马列): that is how Chinese news writes a person with one
 * character. A lone character is an organization only next to another one (国共两党). Without that it is
 * most often a fragment of a company name or a word (磐霖资本, 小鲁锂电, 国 of 国新办) and is dropped. One-character
 * places stay: 中, 美, 京 stand for countries and cities (中美关系, 驻华). Runs after {@link LongerNames}, so a
 * name cut to its first character (李 of 李小令建议) has been completed by then. Stateless; {@link #apply} is a
 * pure function of its arguments.
 */
final class LoneCharacters {

    /** Characters that follow a surname used alone (李总, 王老, 萨氏). */
    private static final String ADDRESS_CHARS = "总老氏";

    private LoneCharacters() {
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
            boolean lone = m.text().length() == 1 && !nextToOneCharacterOfItsType(mentions, i);
            if (lone && m.type() == EntityType.PERSON && !addressFollows(text, m.end())
                    || lone && m.type() == EntityType.ORGANIZATION) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** 马列, 国共: two one-character names of one type written side by side stand for two entities. */
    private static boolean nextToOneCharacterOfItsType(List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        return i > 0 && isOneCharacter(mentions.get(i - 1), m.type()) && mentions.get(i - 1).end() == m.start()
                || i + 1 < mentions.size() && isOneCharacter(mentions.get(i + 1), m.type())
                && mentions.get(i + 1).start() == m.end();
    }

    private static boolean isOneCharacter(Mention m, EntityType type) {
        return m.type() == type && m.text().length() == 1;
    }

    private static boolean addressFollows(String text, int at) {
        return at < text.length() && (ADDRESS_CHARS.indexOf(text.charAt(at)) >= 0
                || NameVocabulary.titleAt(text, at, text.length()) != null);
    }
}
