package io.newsflow.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Print conventions of photos: the credit that ends a caption (新华社记者 王小明/摄, 王小明摄/人民图片, (资料图), 视觉中国供图,
 * 图片由…提供) and the words a caption opens with (图为…). Stateless; every line of a page may be asked, so each test
 * starts with a cheap literal pre-check.
 */
public final class Captions {

    private static final String NAME = Bylines.NAME;

    /** Photo credit at the end of a caption: 新华社记者 李小华/摄, 王小明摄/人民图片, 王小明 摄（新华社发）, （本报记者 王小明 摄）, (资料图). */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "((?:(?:新华社|本报|中新社)?(?:特约)?(?:记者|通讯员)\\s*)?" + NAME + "(?:\\s+" + NAME + ")*\\s*[/／]?\\s*摄"
                    + "(?:\\s*[/／]\\s*[\\p{IsHan}A-Za-z]{2,10}|\\s*[(（](?:新华社|中新社|人民图片|视觉中国)?发?[)）])?"
                    + "|[(（](?:(?:新华社|本报|中新社)?(?:特约)?(?:记者|通讯员)\\s*)?" + NAME + "(?:\\s+" + NAME + ")*\\s*[/／]?\\s*摄[)）]"
                    + "|[(（](?:资料图|资料图片|图片来源[^()（）]{0,20}|新华社发|受访者供图|视觉中国)[)）]"
                    + "|(?:新华社|本报|中新社)?(?:记者|通讯员)?\\s*" + NAME + "\\s*[/／]\\s*摄)\\s*$");

    private static final Pattern CAPTION_OPENER = Pattern.compile("^(?:图为|图：|图:|题图)");

    /**
     * Whether a paragraph opens the way a photo's caption does (图为市民…, 图：…). Only at a paragraph's start: inside a
     * sentence the characters are common (试图为, 地图为).
     */
    public static boolean opensCaption(String paragraph) {
        return paragraph.startsWith("图") || paragraph.startsWith("题图") ? CAPTION_OPENER.matcher(paragraph).find() : false;
    }

    /** The photo credit at the end of a text, or null. */
    public static String photoCredit(String text) {
        String t = text.strip();
        String provided = providedCredit(t);
        if (provided != null) {
            return provided;
        }
        if (!mayEndWithCredit(t)) {
            return null;
        }
        // find() is anchored only at the end ($), so it tries every start position with backtracking over the
        // name repetitions; on whole paragraphs that made this the most expensive call of normalization. A credit
        // is short, so only its possible window at the end is searched.
        Matcher m = PHOTO_CREDIT.matcher(t).region(Math.max(0, t.length() - CREDIT_WINDOW), t.length());
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * A credit that names who supplied the photo rather than who shot it: 视觉中国供图, 受访者供图, 江城市文旅局供图,
     * 图片由…提供, 新华社发, 资料图. Only whole lines (or what follows a caption's last full stop) are taken: inside a
     * wrapped sentence 提供图 or 资料图 are ordinary words.
     */
    private static final Pattern PROVIDED_CREDIT = Pattern.compile(
            "(?:视觉中国|新华社|中新社|受访者|受访单位|本报资料|资料|CFP|东方IC|[\\p{IsHan}]{2,10}(?:局|委|院|馆|公司|集团|中心|单位|大学|学校))供图"
                    + "|图片由[^，。,]{2,20}提供|新华社发(?:\\s*[（(][^()（）]{1,20}[)）])?|资料图片?");

    /** The provider credit that is the whole of {@code t}, or all of it after its last full stop; null if none. */
    private static String providedCredit(String t) {
        if (t.isEmpty() || !(t.endsWith("供图") || t.endsWith("提供") || t.endsWith("资料图") || t.endsWith("资料图片")
                || t.contains("新华社发"))) {
            return null;
        }
        int stop = Math.max(t.lastIndexOf('。'), Math.max(t.lastIndexOf('！'), t.lastIndexOf('？')));
        String tail = t.substring(stop + 1).strip();
        return !tail.isEmpty() && PROVIDED_CREDIT.matcher(tail).matches() ? tail : null;
    }

    /** Longest credit searched for: role, three or four names, 摄 and an agency. */
    private static final int CREDIT_WINDOW = 64;

    /** 摄 is followed by at most a separator, an agency of ten characters (maybe surrogate pairs) and spaces. */
    private static final int CREDIT_TAIL_AFTER_SHOT = 24;

    /** Cheap necessary condition for {@link #PHOTO_CREDIT}: 摄 near the end, or a closing parenthesis last. */
    private static boolean mayEndWithCredit(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ')' || last == '）') {
            return true;
        }
        int shot = t.lastIndexOf('摄');
        return shot >= 0 && t.length() - shot <= CREDIT_TAIL_AFTER_SHOT;
    }

    public static boolean isPhotoCredit(String line) {
        String t = line.strip();
        String credit = photoCredit(t);
        return credit != null && credit.length() == t.length();
    }

    private Captions() {
    }
}
