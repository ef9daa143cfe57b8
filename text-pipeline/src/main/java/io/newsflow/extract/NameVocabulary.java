package io.newsflow.extract;

import io.newsflow.normalize.Surnames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The words the entity rules read names by: titles and roles (院士, 董事长 …), common Chinese surnames, and the
 * endings of place names. Shared by {@link CanonicalizingExtractor} and its rule classes ({@link TeamNames},
 * {@link LoneCharacters}, {@link OrganizationEvidence}, {@link PlaceNames}); immutable.
 */
final class NameVocabulary {
    private NameVocabulary() {
    }

    /** Titles and roles, longest first so 副部长 is tried before 部长. */
    private static final List<String> TITLES = sortLongestFirst(List.of(
            "院士", "董事长", "副董事长", "理事长", "副理事长", "部长", "副部长", "总经理", "副总经理", "经理",
            "总裁", "副总裁", "首席执行官", "首席科学家", "主席", "副主席", "总书记", "书记", "副书记", "总理",
            "副总理", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "局长", "副局长", "厅长",
            "副厅长", "处长", "科长", "主任", "副主任", "委员", "常委", "秘书长", "副秘书长", "会长", "副会长",
            "校长", "副校长", "院长", "副院长", "所长", "副所长", "厂长", "社长", "总编辑", "主编", "教授",
            "副教授", "研究员", "副研究员", "工程师", "总工程师", "博士", "硕士", "记者", "通讯员", "大使",
            "总统", "副总统", "首相", "外长", "议长", "司令员", "政委", "将军", "主持人", "创始人", "负责人",
            "发言人", "先生", "女士", "同志", "老师", "医生", "护士", "队长", "教练", "总监", "董事",
            "监事", "行长", "副行长", "署长", "检察长", "庭长", "法官", "律师", "党组书记", "总干事", "理事",
            "组长", "班长", "村长", "乡长", "镇长", "州长", "部长助理", "特派员", "专员"));

    private static final String PLACE_ENDINGS = "省市县区州国村镇乡";

    /**
     * Whether {@code c} is one of the common surnames ({@link Surnames}). They tell a Chinese person's name from a
     * transliteration or a brand: an organization span only splits off a person whose name starts with one, and the
     * team, organization-evidence and place rules treat a name that starts with one as a person's.
     */
    static boolean isSurname(char c) {
        return Surnames.isSurname(c);
    }

    /** Whether a name ends like a place (省, 市, 县, 区, 州, 国 …). */
    static boolean endsLikePlace(String name) {
        return !name.isEmpty() && PLACE_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** The title that {@code text[s, e)} starts with, longest first, or null. */
    static String titleAt(String text, int s, int e) {
        for (String t : TITLES) {
            if (s + t.length() <= e && text.startsWith(t, s)) {
                return t;
            }
        }
        return null;
    }

    /** The title that {@code text[s, e)} ends with, longest first, or null. */
    static String titleEndingAt(String text, int s, int e) {
        return wordEndingAt(text, s, e, TITLES);
    }

    /** The first of {@code words} that {@code text[s, e)} ends with, or null; list longer words first. */
    static String wordEndingAt(String text, int s, int e, List<String> words) {
        for (String w : words) {
            if (e - w.length() >= s && text.startsWith(w, e - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static List<String> sortLongestFirst(List<String> titles) {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(titles));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
