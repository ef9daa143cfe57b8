package io.newsflow.extract;

import java.util.List;

/**
 * Takes research and project teams apart into the entities that name them.
 *
 * <p>Science news names a team by its institution and its leader (东湖理工大学周明远院士团队, 滨江材料研究所
 * 钱思源研究团队, 东湖大学光电研究所教授孙立平带领团队), and the model tags the whole phrase as one organization.
 * Nobody searches for "X's team": the entities are the institution and the person. A mention ending with a
 * team word ({@link #TEAM_WORDS}) loses it, and a leading word before it (带领, 领衔); then
 * <ul>
 *   <li>institution + name (+ title): where the text before a 2–3 character name starting with a common
 *   surname ends like an institution (…大学, …研究所, …系), it becomes that institution (same type as the
 *   mention) and a PERSON; a title after the name is dropped;</li>
 *   <li>anything else stays one mention of the mention's type without the team word (北海理工学院研究团队 →
 *   北海理工学院; 研究团队 alone names nobody and is dropped). "Institution + title + name" is then split by the
 *   title rules of {@link CanonicalizingExtractor}.</li>
 * </ul>
 * Stateless; {@link #split} is a pure function of its arguments.
 */
final class TeamNames {

    /** Words that end a team's name, longest first. */
    static final List<String> TEAM_WORDS = List.of(
            "研究团队", "科研团队", "研发团队", "创新团队", "团队", "课题组", "研究组");

    /** Words between a leader's name and the team word. */
    private static final List<String> LEAD_WORDS = List.of("带领的", "领衔的", "带领", "领衔");

    /** Last characters of an institution's name (大学, 学院, 研究所, 系, 中心, 实验室, 公司 …). */
    private static final String INSTITUTION_ENDS = "学院所系司团心室局部委厂站馆校";

    private TeamNames() {
    }

    /**
     * @return the mentions that {@code m} stands for: {@code m} itself when it names no team, else the
     *         institution and/or person in text order, or nothing when only the team word is left
     */
    static List<Mention> split(String text, Mention m) {
        int s = m.start();
        int e = m.end();
        String team = NameVocabulary.wordEndingAt(text, s, e, TEAM_WORDS);
        if (team == null) {
            return List.of(m);
        }
        e -= team.length();
        String lead = NameVocabulary.wordEndingAt(text, s, e, LEAD_WORDS);
        if (lead != null) {
            e -= lead.length();
        }
        if (e - s < 2) {
            return List.of();
        }
        int nameEnd = e;
        String title = NameVocabulary.titleEndingAt(text, s, e);
        if (title != null && e - title.length() - s >= 2) {
            nameEnd = e - title.length();
        }
        for (int nameLength = 3; nameLength >= 2; nameLength--) {
            int nameStart = nameEnd - nameLength;
            if (nameStart - s >= 2 && NameVocabulary.isSurname(text.charAt(nameStart))
                    && INSTITUTION_ENDS.indexOf(text.charAt(nameStart - 1)) >= 0) {
                return List.of(
                        new Mention(text.substring(s, nameStart), m.type(), s, nameStart),
                        new Mention(text.substring(nameStart, nameEnd), EntityType.PERSON, nameStart, nameEnd));
            }
        }
        return List.of(new Mention(text.substring(s, e), m.type(), s, e));
    }
}
