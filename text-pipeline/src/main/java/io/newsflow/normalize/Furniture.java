package io.newsflow.normalize;

import java.util.regex.Pattern;

/**
 * Recognizes page furniture: text printed on the page that belongs to no article (QR-code prompts,
 * teaser page references, jump lines, ad index tables, editor credits).
 */
final class Furniture {
    private Furniture() {
    }

    static final String QR_PROMPT = "qr_prompt";
    static final String PAGE_REF = "page_ref";
    static final String JUMP = "jump";
    static final String AD_INDEX = "ad_index";
    static final String EDITOR_CREDIT = "editor_credit";

    private static final Pattern QR = Pattern.compile(".*(扫码|扫描二维码|扫一扫|二维码|长按识别).*");
    /** P16, Ｐ10～12, 孕10耀12 (the mojibake form), 第5版. */
    private static final Pattern PAGE = Pattern.compile("(?:[PＰ孕]\\s*\\d{1,3}(?:\\s*[～~\\-－—耀至、,，]\\s*\\d{1,3})*|第\\s*\\d{1,3}\\s*版)");
    private static final Pattern JUMP_LINE = Pattern.compile("[(（]?\\s*(?:下转|上接|转第|接第|紧接|详见第|见第)\\s*\\d*.{0,6}版?\\s*[)）]?");
    private static final Pattern AD_HEADER = Pattern.compile(".*版位.*广告.*|.*广告索引.*");
    private static final Pattern AD_ROW = Pattern.compile("\\d{1,3}\\s*版(\\s+.*)?|.*公益广告.*|.*形象广告.*|.*订阅广告.*");
    private static final Pattern EDITOR = Pattern.compile("(?:责任编辑|责编|本版编辑|美术编辑|美编|版式设计|版式|校对|本版统筹)\\s*[：:].{0,30}");

    /** Literals of which {@link #QR} needs one. */
    private static final String[] QR_WORDS = {"扫码", "扫描二维码", "扫一扫", "二维码", "长按识别"};
    /** Literals of which {@link #JUMP_LINE} needs one. */
    private static final String[] JUMP_WORDS = {"下转", "上接", "转第", "接第", "紧接", "见第"};


    /** Kind of furniture of a single short text, or null. */
    static String classify(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        double w = Chars.width(t);
        // Each pattern is tried only when a literal it cannot match without is present: this runs on every
        // line of every page, and the leading ".*" patterns backtrack over the whole line.
        if (w <= 40 && Chars.containsAny(t, QR_WORDS) && QR.matcher(t).matches()) {
            return QR_PROMPT;
        }
        if ("PＰ孕第".indexOf(t.charAt(0)) >= 0 && PAGE.matcher(t).matches()) {
            return PAGE_REF;
        }
        if (w <= 24 && Chars.containsAny(t, JUMP_WORDS) && JUMP_LINE.matcher(t).matches()) {
            return JUMP;
        }
        boolean adWord = t.contains("广告");
        if (w <= 40 && (adWord && AD_HEADER.matcher(t).matches()
                || (adWord || Chars.isAsciiDigit(t.charAt(0))) && AD_ROW.matcher(t).matches())) {
            return AD_INDEX;
        }
        if (w <= 40 && (t.indexOf('：') >= 0 || t.indexOf(':') >= 0) && EDITOR.matcher(t).matches()) {
            return EDITOR_CREDIT;
        }
        return null;
    }
}
