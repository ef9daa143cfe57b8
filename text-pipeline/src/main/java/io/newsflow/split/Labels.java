package io.newsflow.split;

import static io.newsflow.normalize.Bylines.BOX_NAME_WORDS;

import io.newsflow.normalize.Bylines;
import java.util.regex.Pattern;

/**
 * The print labels the splitter reads: box labels (never a headline), the labels printed over a summary that
 * introduces the article below it, and the editor's note. One vocabulary, so a label added for one step is known
 * to the others. Pure functions.
 */
final class Labels {

    /** Names of a box beside the articles ({@link Bylines#BOX_NAME_WORDS}: 农事提醒, 温馨提示, 小贴士, 新书速递). */
    private static final Pattern BOX_NAME = Pattern.compile(BOX_NAME_WORDS);

    /** Labels over a summary (standfirst) that introduces the article printed below it. */
    private static final String STANDFIRST_WORDS = "核心提示|内容提要|阅读提示|导读|编者按";
    private static final Pattern STANDFIRST = Pattern.compile(STANDFIRST_WORDS);
    /**
     * Box labels: the standfirst labels, those over related reading, over readers' letters (读者来信), over a reporter's
     * notes (记者手记), box names (农事提醒, 温馨提示, 新书速递) and over a column of briefs (要闻简报).
     */
    private static final Pattern BOX = Pattern.compile(STANDFIRST_WORDS + "|链接|相关链接|延伸阅读"
            + "|读者来信|市民来信|来信选登|记者手记|编辑手记|" + BOX_NAME_WORDS
            + "|(?:要闻|新闻|经济|财经|本地|国内|国际|社会|综合)?(?:简报|简讯|快讯|短讯)");
    /** An editor's note that introduces the article (or series) printed below it. */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?:编者按|编者的话|编前语|编者)[：:]");

    /** Longest headline line read as a column label when a real headline follows it. */
    static final int COLUMN_LABEL_MAX = 6;

    private Labels() {
    }

    /**
     * A headline a feed prints inside 【】 (【东岭地铁3号线二期工程开工】), read without them; anything else unchanged. A
     * column's label in the same brackets over a headline is a kicker and keeps them, as printed.
     */
    static String unbracketedTitle(String title) {
        int n = title.length();
        if (n > 2 && title.charAt(0) == '【' && title.charAt(n - 1) == '】' && title.indexOf('【', 1) < 0
                && title.indexOf('】') == n - 1) {
            return title.substring(1, n - 1).strip();
        }
        return title;
    }

    /** Titles of notices, printed letter-spaced over them (公　告, 通　告): two characters, yet a headline. */
    private static final Pattern NOTICE_TITLE = Pattern.compile("公告|通告|通知|声明|讣告|启事");
    /** The formula that closes a notice (特此公告。); what follows it on its own lines signs it. */
    private static final Pattern NOTICE_CLOSE = Pattern.compile(".*特此(?:公告|通告|通知|声明|讣告|函告|公示)[。！]?");

    /** A notice's headline (岚州市南坪区人民法院公告, 关于…的通告): it heads a notice of its own, never a section. */
    private static final Pattern NOTICE_HEADLINE = Pattern.compile(".{2,40}(?:公告|通告|启事|公示)");

    static boolean isNoticeHeadline(String text) {
        return NOTICE_HEADLINE.matcher(text).matches();
    }

    static boolean isNoticeTitle(String text) {
        return NOTICE_TITLE.matcher(text).matches();
    }

    /** The block ends with the formula that closes a notice (…特此公告。). */
    static boolean closesNotice(String text) {
        return text.length() <= 400 && text.contains("特此") && NOTICE_CLOSE.matcher(text).matches();
    }

    /** The whole block is a box label (导读, 相关链接, …). */
    static boolean isBoxLabel(String text) {
        return BOX.matcher(text).matches();
    }

    /**
     * The whole block names a box ({@link Bylines#BOX_NAME_WORDS}): printed right over the box's text with no headline of its
     * own, it is the box's title.
     */
    static boolean isBoxName(String text) {
        return BOX_NAME.matcher(text).matches() && !isStandfirstLabel(text); // 阅读提示 is a standfirst's
    }

    /** A box's title: its label, a colon, then what it is about (小贴士：口服补液盐怎么喝, 知识链接：什么是三伏贴). */
    private static final Pattern BOX_TITLE = Pattern.compile(
            "(?:小贴士|温馨提示|健康提示|小知识|小常识|知识链接|相关链接|背景链接|新闻链接|链接)[：:].{2,30}");

    /** Whether a headline names a box printed beside an article: an item of its own, never the article's section. */
    static boolean isBoxTitle(String text) {
        return BOX_TITLE.matcher(text).matches();
    }

    /** The whole block is a label over a summary (核心提示, 内容提要, …). */
    static boolean isStandfirstLabel(String text) {
        return STANDFIRST.matcher(text).matches();
    }

    /** The label over a reply to a reader's letter: 【部门回复】, 【回复】, 【答复】, 本报回复：, 部门答复：. */
    private static final Pattern REPLY_LABEL = Pattern.compile("【(?:部门|单位|有关部门|相关部门)?(?:回复|答复)】"
            + "|(?:本报|记者|编辑|编者|部门|单位|有关部门|相关部门)(?:回复|答复)[：:]");

    /** The whole block is a reply's label (【部门回复】). */
    static boolean isReplyLabel(String text) {
        return REPLY_LABEL.matcher(text).matches();
    }

    /** The block opens with a reply's label (【部门回复】市城市管理局：…, or the label alone). */
    static boolean opensReply(String text) {
        return REPLY_LABEL.matcher(text).lookingAt();
    }

    /** An editor's note's label alone: 编者按, 【编者按】, 编者的话. */
    private static final Pattern EDITORS_NOTE_LABEL = Pattern.compile("[【\\[]?(?:编者按|编者的话)[】\\]]?");

    static boolean isEditorsNoteLabel(String text) {
        return EDITORS_NOTE_LABEL.matcher(text.strip()).matches();
    }

    /** The block opens with an editor's note (编者按：, 编者的话：, …). */
    static boolean opensEditorsNote(String text) {
        return EDITORS_NOTE.matcher(text).lookingAt();
    }
}
