package io.newsflow.normalize;

/**
 * The furniture of a page's lines read top to bottom, where a line's kind may depend on the lines above it: the
 * masthead runs on over the page's first lines as long as each is furniture; under a 导读 heading the short title
 * lines are teasers; under 相关阅读： the bulleted lines are links to other pages; a classified ad runs from its heading
 * to the next blank line. One instance reads one page.
 */
final class LineFurniture {
    private int lines;
    private boolean headerRun;
    private boolean inTeaserIndex;
    private boolean inAdvert;
    private boolean inRelatedReading;
    /** The page's line above, or null at the top. */
    private PageLine above;
    /** The furniture kind of {@link #above}, or null. */
    private String aboveFurniture;

    /**
     * The kind of furniture of the page's next line, or null for content. {@code linkLine}: the raw line was nothing but
     * a link (its address is gone from {@code line.text}).
     */
    String next(PageLine line, boolean linkLine) {
        boolean pageTop = lines++ < Furniture.PAGE_TOP_LINES || headerRun;
        String text = line.text;
        String furniture = headerRun ? Furniture.classifyPageTopBlock(text)
                : pageTop ? Furniture.classifyPageTop(text) : Furniture.classify(text);
        if (furniture == null && linkLine) {
            furniture = Furniture.WEB_NAV; // a feed's related-reading list: titles of other pages
        }
        if (furniture == null) {
            furniture = Furniture.classifyLine(text);
        }
        if (Furniture.QR_PROMPT.equals(furniture) && continuesSentenceAbove(line)) {
            furniture = null; // …居民 / 扫码即可报修，平均修复时间不超: a wrapped line of the text mentions scanning
        }
        if (furniture == null && inTeaserIndex && line.blankBefore == 0 && Chars.width(text) <= Furniture.TEASER_INDEX_WIDTH
                && !Chars.endsSentence(text)) {
            furniture = Furniture.PAGE_REF; // a line of a 导读 column: a title printed inside
        }
        if (furniture == null && above != null && line.blankBefore == 0 && Furniture.CHART_CREDIT.equals(aboveFurniture)
                && Furniture.isSourceName(text)) {
            furniture = Furniture.CHART_CREDIT; // 数据来源：江澜产权交易中心 / 江澜省价格监测中心: the second source
        }
        if (furniture == null && inRelatedReading && line.blankBefore == 0 && Furniture.opensWithBullet(text)) {
            furniture = Furniture.WEB_NAV; // · 我市启动…: a title of another page, listed under 相关阅读：
        }
        if (furniture == null && (inAdvert && line.blankBefore == 0 || Furniture.isAdvertHeading(text))) {
            furniture = Furniture.ADVERT;
        }
        inAdvert = Furniture.ADVERT.equals(furniture) || inAdvert && furniture != null; // a contact line inside it too
        inRelatedReading = Furniture.isRelatedReadingHeader(text) || inRelatedReading && Furniture.WEB_NAV.equals(furniture);
        inTeaserIndex = Furniture.isTeaserIndexHeader(text) || inTeaserIndex && Furniture.PAGE_REF.equals(furniture);
        headerRun = pageTop && furniture != null;
        above = line;
        aboveFurniture = furniture;
        return furniture;
    }

    /**
     * Whether {@code line} goes on with the sentence of the line right above it: no blank line between, that line a
     * full one (as wide as this one or wider) that stops without finishing its sentence.
     */
    private boolean continuesSentenceAbove(PageLine line) {
        if (above == null || line.blankBefore != 0 || line.indented || above.endsSentence()) {
            return false;
        }
        String t = above.text;
        char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
        return (Chars.isHan(last) || last == '，' || last == '、') && above.width() >= line.width() - 1;
    }
}
