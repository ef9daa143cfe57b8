package io.newsflow.normalize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs the Founder-font punctuation mojibake: some PDF exports shift the GB2312 lead byte of
 * full-width punctuation by +0x31, so "，" comes out as 袁, "。" as 遥, "、" as 尧, "“”" as 野冶,
 * "：" as 院, "；" as 曰, "？" as 钥, "！" as 浴, "（）" as 渊冤, "《》" as 叶曳, "——" as 要要,
 * "‘’" as 耶爷, "……" as 噎噎, "～" as 耀, "Ｐ" as 孕, "％" as 豫 and "＋" as 垣.
 *
 * <p>Every one of those is also a real character (遥感, 医院, 杨世尧, 袁隆平, 叶伟, 需要), so the repair
 * never runs over a whole page. It works on <em>runs</em>: stretches of a block between genuine
 * full-width punctuation marks. Affected text has no genuine punctuation at all, so a run that holds
 * several shifted commas/full stops (or one, in a block without any genuine comma or full stop) is
 * taken as affected and only that run is repaired; a clean sentence in the same block keeps its
 * real characters. Inside an affected run, ambiguous glyphs are mapped only in positions punctuation
 * can take (not at the start of a run, not inside a known word such as 医院 or 遥感).
 */
final class MojibakeRepair {
    private MojibakeRepair() {
    }

    /** Genuine punctuation that delimits runs. */
    private static final String REAL_PUNCT = "，。、“”：；？！（）《》";

    /** Words that contain a mojibake glyph as a real character. */
    private static final List<String> REAL_WORDS = List.of(
            "遥感", "遥控", "遥远", "遥测", "遥望", "遥相", "遥遥", "逍遥", "遥不可及",
            "袁隆平", "尧舜", "唐尧",
            "医院", "学院", "研究院", "法院", "科学院", "工程院", "国务院", "院士", "院长", "院校", "剧院", "影院",
            "院所", "庭院", "书院", "住院", "出院", "入院", "院区", "院线", "设计院", "检察院", "院党委", "党院",
            "院子", "院落", "院墙", "大院", "小院", "院坝",
            "爷爷", "大爷", "老爷", "姥爷", "少爷", "爷们", "耶稣", "耶路撒冷",
            "野生", "野外", "田野", "视野", "野心", "野蛮", "旷野", "原野", "朝野", "分野", "越野",
            "冶金", "冶炼", "陶冶",
            "钥匙", "密钥", "公钥", "私钥", "秘钥",
            "沐浴", "浴室", "洗浴", "浴场", "淋浴",
            "深渊", "渊源", "渊博", "冤案", "冤枉", "冤屈", "冤假错", "摇曳",
            "荣耀", "耀眼", "闪耀", "照耀", "炫耀", "光耀", "耀华",
            "孕育", "怀孕", "孕妇", "孕期", "备孕", "孕产");

    /** Glyphs whose presence marks a run as affected (comma, full stop, enumeration comma). */
    private static final Set<Character> STRONG = Set.of('袁', '遥', '尧');

    /**
     * Returns the repaired block, or the same instance when nothing was changed.
     *
     * @param pageAffected whether other blocks of the page were found affected: then one marker
     *                     (outside a known word, not opening the run) is enough for a run
     */
    static String repair(String block, boolean pageAffected) {
        if (pageAffected && opensWithShiftedDash(block)) {
            // ——丰乐镇…见闻: a subtitle's dash, the only mark of a short line (no run of it could tell)
            int at = block.indexOf(SHIFTED_DASH);
            String rest = block.substring(at + SHIFTED_DASH.length());
            return block.substring(0, at) + "——" + repair(rest, true);
        }
        if (pageAffected && block.endsWith("院") && (SHIFTED_SALUTATION.matcher(block.strip()).matches()
                || SHIFTED_REPLY_LABEL.matcher(block.strip()).matches())) {
            // a letter's salutation alone on its line carries no other mark of the font
            return block.substring(0, block.length() - 1) + "：";
        }
        if (pageAffected && SHIFTED_TURN.matcher(block).lookingAt() && block.indexOf('，') < 0 && block.indexOf('。') < 0) {
            // a question on a line of its own (问院…哪些方面钥): its speaker's colon and question mark are its only marks
            return repairRun(block);
        }
        if (pageAffected && endsWithShiftedQuestionMark(block)) {
            // 今年入梅为何偏早钥: a headline's question mark in the shifted font, maybe its only mark
            return repair(block.substring(0, block.length() - 1), true) + "？";
        }
        if (!hasMarker(block)) {
            // No run can then hold a marker either (a run's chars after its first are block chars after the
            // block's first), so none is affected: most blocks of a clean page end here.
            return block;
        }
        boolean blockHasRealStops = block.indexOf('，') >= 0 || block.indexOf('。') >= 0;
        StringBuilder out = null;
        int runStart = 0;
        for (int i = 0; i <= block.length(); i++) {
            if (i == block.length() || REAL_PUNCT.indexOf(block.charAt(i)) >= 0) {
                if (i > runStart) {
                    String run = block.substring(runStart, i);
                    String fixed = affected(run, blockHasRealStops, pageAffected) ? repairRun(run) : run;
                    if (!fixed.equals(run) && out == null) {
                        out = new StringBuilder(block.length()).append(block, 0, runStart);
                    }
                    if (out != null) {
                        out.append(fixed);
                    }
                }
                if (out != null && i < block.length()) {
                    out.append(block.charAt(i));
                }
                runStart = i + 1;
            }
        }
        return out == null ? block : out.toString();
    }

    /** Longest block read as a headline whose only shifted mark is its closing question mark. */
    private static final int SHIFTED_QUESTION_MAX = 40;


    /**
     * A question headline's last line on a page in the shifted font (日间照料中心能否 / 延长服务时间钥): {@code block}
     * ends in 钥 and asks nothing itself, the line above asks, and neither holds genuine stops; the repaired line, or
     * null.
     */
    static String repairQuestionTail(String block, String above) {
        if (above == null || !endsInShiftedQuestionGlyph(block)
                || above.length() > SHIFTED_QUESTION_MAX || Chars.containsAnyChar(above, "，。？！")
                || !QUESTION_WORD.matcher(above).find()) {
            return null;
        }
        return repair(block.substring(0, block.length() - 1), true) + "？";
    }

    /**
     * A short block without genuine stops ending in 钥, the shifted question mark, not in a word that ends in that
     * character (密钥, 公钥).
     */
    private static boolean endsInShiftedQuestionGlyph(String block) {
        int n = block.length();
        return n >= 2 && n <= SHIFTED_QUESTION_MAX && block.charAt(n - 1) == '钥' && "密秘公私金锁".indexOf(block.charAt(n - 2)) < 0
                && !Chars.containsAnyChar(block, "，。？！");
    }

    /** Words a question asks with (为何, 能否, 怎么…): a headline ending in 钥 that asks is a question. */
    private static final Pattern QUESTION_WORD = Pattern.compile("为何|为什么|能否|是否|可否|怎么|怎样|如何|什么|哪|谁|几|多少|吗|呢");

    /** A short block that asks a question and ends in the shifted question mark ({@link #endsInShiftedQuestionGlyph}). */
    private static boolean endsWithShiftedQuestionMark(String block) {
        return block.length() >= 3 && endsInShiftedQuestionGlyph(block) && QUESTION_WORD.matcher(block).find();
    }

    /** A letter's salutation in the shifted font, its colon read 院 (编辑同志院, 尊敬的读者朋友们院). */
    private static final Pattern SHIFTED_SALUTATION = Pattern.compile(
            "(?:尊敬的|亲爱的)?[\\p{IsHan}]{0,6}(?:同志|同志们|朋友|朋友们|先生|女士|老师|家长们|读者们)院");

    /** A reply's label under a reader's letter in the shifted font, its colon read 院 (本报回复院, 部门答复院). */
    private static final Pattern SHIFTED_REPLY_LABEL = Pattern.compile("(?:本报|记者|编辑|编者|部门|单位|有关部门|相关部门)(?:回复|答复)院");

    /** An interview's turn opening in the shifted font, its speaker's colon read 院 (问院, 答院, 记者院, 主持人院). */
    private static final Pattern SHIFTED_TURN = Pattern.compile("(?:问|答|记者|主持人)院");

    private static boolean affected(String run, boolean blockHasRealStops, boolean pageAffected) {
        if (!hasMarker(run)) {
            return false; // most runs of clean prose: skip the known-word scan below
        }
        int strong = 0;
        int commaOrStop = 0;
        int stops = 0;
        boolean[] real = realWordMask(run);
        for (int i = 1; i < run.length(); i++) { // a mojibake mark never opens a run
            char c = run.charAt(i);
            if (!real[i] && STRONG.contains(c)) {
                strong++;
                if (c != '尧') {
                    commaOrStop++;
                }
                if (c == '遥') {
                    stops++;
                }
            }
        }
        int open = run.indexOf('野');
        boolean pair = false; // a shifted quotation or bracket, both its marks
        if (open >= 0 && !real[open] && run.indexOf('冶', open + 1) > open) {
            strong++;
            pair = true;
        }
        // Shifted brackets and plus signs mark short runs too: headlines such as 城东渊南湖冤公园改造完工 or
        // 本地企业完成A垣轮融资 hold no shifted comma or full stop. Counted like one marker, so they decide only on a
        // page already found affected.
        if (closedPair(run, real, '渊', '冤') || closedPair(run, real, '叶', '曳')) {
            strong++;
            pair = true;
        }
        for (int i = 1; i < run.length(); i++) {
            if (run.charAt(i) == '垣' && !real[i] && Chars.isAsciiAlnum(run.charAt(i - 1))) {
                strong++;
            }
        }
        // one marker decides in a block without genuine commas and full stops (a headline, a shifted paragraph); in a
        // block that has them only a shifted full stop or a pair of marks does (…机制遥一是…, 粤港澳渊韶关冤: a shifted
        // heading run into its paragraph): a lone 袁 or 尧 there is a surname or a name's character (袁先生, 杨世尧)
        return strong >= 2 || !blockHasRealStops && (commaOrStop >= 1 || pageAffected && strong >= 1)
                || blockHasRealStops && pageAffected && (stops >= 1 || pair);
    }

    /** "——" in the shifted font. */
    private static final String SHIFTED_DASH = "要要";

    /**
     * Whether the block opens (after spaces) with the shifted font's dash and text follows: no sentence starts with
     * 要要, while a subtitle starts with ——.
     */
    private static boolean opensWithShiftedDash(String block) {
        int i = 0;
        while (i < block.length() && Chars.isSpace(block.charAt(i))) {
            i++;
        }
        return block.startsWith(SHIFTED_DASH, i) && i + SHIFTED_DASH.length() < block.length()
                && Chars.isHan(block.charAt(i + SHIFTED_DASH.length()));
    }

    /** Whether the run holds any glyph that {@link #affected} counts: a strong marker, an opening quote or bracket, a plus. */
    private static boolean hasMarker(String run) {
        for (int i = 1; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '袁' || c == '遥' || c == '尧') {
                return true;
            }
        }
        return run.indexOf('野') >= 0 || run.indexOf('渊') >= 0 || run.indexOf('叶') >= 0 || run.indexOf('垣') >= 0;
    }

    /** Longest text between a shifted opening and closing bracket that is taken as a bracketed aside. */
    private static final int MAX_BRACKETED = 30;

    /** {@code open} then {@code close} within {@link #MAX_BRACKETED} characters, neither inside a known word. */
    private static boolean closedPair(String run, boolean[] real, char open, char close) {
        int o = run.indexOf(open);
        if (o < 0 || real[o]) {
            return false;
        }
        int c = run.indexOf(close, o + 1);
        return c > o && c - o - 1 <= MAX_BRACKETED && !real[c];
    }

    /** Marks the characters of {@code run} that belong to a known real word. */
    private static boolean[] realWordMask(String run) {
        boolean[] mask = new boolean[run.length()];
        for (String w : REAL_WORDS) {
            for (int at = run.indexOf(w); at >= 0; at = run.indexOf(w, at + 1)) {
                for (int k = 0; k < w.length(); k++) {
                    mask[at + k] = true;
                }
            }
        }
        return mask;
    }

    /** Longest quotation whose shifted opening quote may also read as the first character of a known word. */
    private static final int MAX_QUOTED_AFTER_WORD = 20;

    /**
     * Marks the 野 of known words that open a quotation anyway: “心脏” comes out as 野心脏冶, where 野心 is a word.
     * Quotations do not nest, so after a closing 冶 (not of 冶金, 陶冶 …) the first 野 since the last closing one
     * opened it; a 野 of a known word counts only when no other 野 stands between the two.
     */
    private static boolean[] quoteOpeningsInWords(String run, boolean[] real) {
        boolean[] opens = new boolean[run.length()];
        int open = -1;
        int openInWord = -1;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '野' && open < 0) {
                if (!real[i]) {
                    open = i;
                } else if (openInWord < 0) {
                    openInWord = i;
                }
            } else if (c == '冶' && !real[i]) {
                if (open < 0 && openInWord >= 0 && i - openInWord <= MAX_QUOTED_AFTER_WORD) {
                    opens[openInWord] = true;
                }
                open = -1;
                openInWord = -1;
            }
        }
        return opens;
    }

    /** Role words a name follows in a byline or a credit. */
    private static final String[] ROLE_WORDS = {"记者", "通讯员", "摄影", "实习生", "作者"};

    /** Whether the text of {@code run} before {@code i}, spaces dropped, ends with a role word ({@link #ROLE_WORDS}). */
    private static boolean afterRoleWord(String run, int i) {
        String before = run.substring(0, i).strip();
        for (String role : ROLE_WORDS) {
            if (before.endsWith(role)) {
                return true;
            }
        }
        return false;
    }

    private static String repairRun(String run) {
        boolean[] real = realWordMask(run);
        boolean[] quoteOpens = quoteOpeningsInWords(run, real);
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            char next = i + 1 < run.length() ? run.charAt(i + 1) : 0;
            char prev = i > 0 ? run.charAt(i - 1) : 0;
            // a name ends where a credit's slash follows (新华社记者 李小华/摄): no punctuation stands there; nor
            // right after a role word and its space, where a name starts (本报记者 袁亮 摄)
            if (real[i] && !quoteOpens[i] || next == '/' || STRONG.contains(c) && Chars.isSpace(prev) && afterRoleWord(run, i)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '袁' -> out.append(i == 0 ? "袁" : "，");
                case '遥' -> out.append(i == 0 ? "遥" : "。");
                case '尧' -> out.append(i == 0 ? "尧" : "、");
                case '野' -> out.append('“');
                case '冶' -> out.append('”');
                case '院' -> out.append('：');
                case '曰' -> out.append('；');
                case '钥' -> out.append('？');
                case '浴' -> out.append('！');
                case '渊' -> out.append(run.indexOf('冤', i) > i ? "（" : "渊");
                case '冤' -> out.append(run.lastIndexOf('渊', i) >= 0 && run.lastIndexOf('渊', i) < i ? "）" : "冤");
                case '叶' -> out.append(run.indexOf('曳', i) > i ? "《" : "叶");
                case '曳' -> out.append(run.lastIndexOf('叶', i) >= 0 && run.lastIndexOf('叶', i) < i ? "》" : "曳");
                case '要' -> {
                    if (next == '要' || prev == '要' && out.length() > 0 && out.charAt(out.length() - 1) == '—') {
                        out.append('—');
                    } else {
                        out.append('要');
                    }
                }
                // single quotes inside a quotation (‘’ as 耶爷) only as a pair: 耶 and 爷 are characters of names too
                case '耶' -> out.append(closesWithin(run, i, '爷') ? '‘' : '耶');
                case '爷' -> out.append(opensWithin(run, i, '耶') ? '’' : '爷');
                case '噎' -> out.append('…');
                case '耀' -> out.append(Character.isDigit(prev) && Character.isDigit(next) ? "～" : "耀");
                case '孕' -> out.append(Character.isDigit(next) ? "P" : "孕");
                case '豫' -> out.append(Character.isDigit(prev) ? "%" : "豫");
                case '垣' -> out.append(Chars.isAsciiAlnum(prev) ? "+" : "垣");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code close} follows position {@code i} within {@link #MAX_BRACKETED} characters. */
    private static boolean closesWithin(String run, int i, char close) {
        int c = run.indexOf(close, i + 1);
        return c > i && c - i - 1 <= MAX_BRACKETED;
    }

    /** Whether {@code open} precedes position {@code i} within {@link #MAX_BRACKETED} characters. */
    private static boolean opensWithin(String run, int i, char open) {
        int o = run.lastIndexOf(open, i - 1);
        return o >= 0 && i - o - 1 <= MAX_BRACKETED;
    }

    /** A teaser page reference is too short to detect as affected: 孕10耀12 → P10～12. */
    static String repairPageRef(String ref) {
        return ref.replace('孕', 'P').replace('耀', '～');
    }
}
