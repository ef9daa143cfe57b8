package io.newsflow.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns PERSON mentions into ORGANIZATION mentions where the same text uses the name as an organization.
 *
 * <p>Why: the shipped model learned from 1990s newspaper sentences (MSRA), which name few companies, so an
 * unknown brand name of two or three characters (a transliteration, a coined word) often comes out as a
 * person. News text usually tells the reader what the name is somewhere in the article. Evidence, found
 * at any occurrence of the surface form in the text (inside another mention or not):
 * <ul>
 *   <li>the name is followed by a word that only follows organization names: {@link #ORG_HEADS}
 *   (X集团, X公司, X股份, X平台, X财报, X科技, X资本 …);</li>
 *   <li>the name is followed by a corporate role and then a person mention: {@link #CORPORATE_ROLES}
 *   (X首席执行官 + person, X董事长 + person), the pattern "organization + title + name";</li>
 *   <li>the mention stands in a list joined by 、 with at least one ORGANIZATION mention and its first
 *   character is not a common surname (X、宁德时代). The surname test keeps a list of people with
 *   one mistyped member from turning the people into organizations.</li>
 * </ul>
 * Once a surface form has evidence, every PERSON mention with exactly that surface form in the text
 * becomes an ORGANIZATION (same span). Nothing else changes: spans, other types and mentions without
 * evidence stay as they are. Only PERSON is retyped: a place name followed by 公司 (中国公司) is still a
 * place.
 *
 * <p>Stateless; {@link #apply} is a pure function of its arguments.
 */
final class OrganizationEvidence {

    /** Words that follow an organization's name and not a person's. */
    static final List<String> ORG_HEADS = List.of(
            "集团", "公司", "股份", "控股", "财报", "股价", "市值", "官网", "平台",
            // the second word of many company names (百川智能, 毅达资本, 康迪科技): rare after a person
            "科技", "智能", "资本", "创投", "证券", "银行", "汽车", "机器人");

    /**
     * Roles held in companies; "organization + role + person" names the organization first. Roles a person
     * can have of another person (发言人: 某某发言人 may be a president's spokesperson) are left out.
     */
    static final List<String> CORPORATE_ROLES = List.of(
            "联合创始人", "创始人", "首席执行官", "首席技术官", "首席科学家", "副董事长", "董事长", "副总经理",
            "总经理", "副总裁", "总裁", "合伙人", "CEO", "CTO");

    /**
     * What follows a list that names its members organizations: 等 + a few characters + an organization noun
     * (等多家互联网大厂, 等车企, 等一批科技企业), the noun not the start of a word for people (企业家) nor followed by
     * one (等公司负责人, 等企业代表: those lists name people).
     */
    private static final Pattern LIST_OF_ORGANIZATIONS = Pattern.compile(
            "等[^，。、；：！？,;:!?\\s]{0,8}?(?:企业|公司|大厂|厂商|车企|药企|机构|平台|品牌|银行|券商|集团|高校|院校)"
                    + "(?!家|负责人|高管|代表|员工|职工|老板|董事|总裁|总经理|创始人|人士|人员|领导)");

    private OrganizationEvidence() {
    }

    /**
     * @param text     the text the mentions are in
     * @param mentions sorted, non-overlapping mentions of {@code text}
     * @return the mentions, with PERSON mentions retyped as described in the class comment
     */
    static List<Mention> apply(String text, List<Mention> mentions) {
        Set<String> candidates = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                candidates.add(m.text());
            }
        }
        if (candidates.isEmpty()) {
            return mentions;
        }
        Map<Integer, Mention> byStart = new HashMap<>();
        for (Mention m : mentions) {
            byStart.put(m.start(), m);
        }
        Set<String> organizations = new HashSet<>();
        for (String name : candidates) {
            if (usedAsOrganization(text, name, byStart)) {
                organizations.add(name);
            }
        }
        organizations.addAll(listedWithOrganizations(text, mentions));
        if (organizations.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type() == EntityType.PERSON && organizations.contains(m.text())
                    ? new Mention(m.text(), EntityType.ORGANIZATION, m.start(), m.end(), m.canonical())
                    : m);
        }
        return out;
    }

    private static boolean usedAsOrganization(String text, String name, Map<Integer, Mention> byStart) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            for (String head : ORG_HEADS) {
                if (text.startsWith(head, after)) {
                    return true;
                }
            }
            for (String role : CORPORATE_ROLES) {
                if (text.startsWith(role, after)) {
                    Mention next = byStart.get(after + role.length());
                    if (next != null && next.type() == EntityType.PERSON) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * PERSON names not starting with a surname, in a 、 list that also holds an ORGANIZATION mention. A list
     * whose organization is followed by a title, or whose last member is an organization with a person a few
     * characters after it, is a list of "organization + title + person" phrases (国防部长甲、副部长乙、陆军司令丙):
     * its persons are people, and it does not count.
     */
    private static Set<String> listedWithOrganizations(String text, List<Mention> mentions) {
        Set<String> found = new HashSet<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size() && joinedByEnumerationComma(text, mentions.get(j), mentions.get(j + 1))) {
                j++;
            }
            if (LIST_OF_ORGANIZATIONS.matcher(text).region(mentions.get(j).end(), text.length()).lookingAt()) {
                // "飞鸿、金石等多家互联网大厂": the text says what its list holds, surnames or not
                for (Mention m : mentions.subList(i, j + 1)) {
                    if (m.type() == EntityType.PERSON && m.text().indexOf('·') < 0) {
                        found.add(m.text());
                    }
                }
            } else if (j > i) {
                List<Mention> list = mentions.subList(i, j + 1);
                boolean hasOrganization = list.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION);
                boolean titledOrganization = list.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION
                        && NameVocabulary.titleAt(text, m.end(), text.length()) != null)
                        || mentions.get(j).type() == EntityType.ORGANIZATION && j + 1 < mentions.size()
                        && personSoonAfter(text, mentions.get(j), mentions.get(j + 1));
                if (hasOrganization && !titledOrganization) {
                    for (Mention m : list) {
                        if (m.type() == EntityType.PERSON && !NameVocabulary.isSurname(m.text().charAt(0))
                                && m.text().indexOf('·') < 0) {
                            found.add(m.text());
                        }
                    }
                }
            }
            i = j + 1;
        }
        return found;
    }

    /** A person mention starting 1–4 characters of running text after {@code org} (陆军司令 + name). */
    private static boolean personSoonAfter(String text, Mention org, Mention next) {
        int gap = next.start() - org.end();
        if (next.type() != EntityType.PERSON || gap < 1 || gap > 4) {
            return false;
        }
        for (int k = org.end(); k < next.start(); k++) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinedByEnumerationComma(String text, Mention a, Mention b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == '、';
    }
}
