package io.newsflow.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables printed as text: a run of lines whose cells are separated by spaces (地区生产总值 1250亿元 6.2%), with a
 * header row of words above them or not. Closing up the spaces, as the page's other lines get, would glue the cells
 * together (1250亿元6.2%). A table under a header row of words is printed for reading ({@link #headedRows}): its rows
 * keep single spaces between their cells and become a listing's text. Any other (a strip of figures, a market box)
 * is rewritten with a visible separator instead (地区生产总值|1250亿元|6.2%) and becomes {@code table} furniture.
 * Static functions of one page's lines.
 */
final class TextTables {
    private TextTables() {
    }

    /** Fewest cells of a row. */
    private static final int MIN_CELLS = 3;
    /** Fewest data rows of a table. */
    private static final int MIN_ROWS = 2;
    private static final Pattern CELL_GAP = Pattern.compile("[ \u3000\t]+");
    /** Punctuation of running text: a line carrying it is a sentence, not a row. */
    private static final String SENTENCE_PUNCT = "，。；！？,;!?：";
    /** The cell separator of a rewritten row (no spaces around it: the page's spaces between words are closed up). */
    static final String SEPARATOR = "|";

    /**
     * Which of {@code lines} (the page's raw lines after width folding; blank ones included) are rows of a table: at
     * least {@link #MIN_ROWS} data rows in a run (blank lines between allowed) with the same number of cells, and
     * the header row right above them; or a table of words ({@link #addWordTables}), whose gaps are measured on
     * {@code printed}, the same lines before folding (an ideographic space is a wide gap, a folded space is not).
     */
    static BitSet rows(String[] lines, String[] printed) {
        BitSet rows = new BitSet(lines.length);
        int i = 0;
        while (i < lines.length) {
            int cells = dataCells(lines[i]);
            if (cells < MIN_CELLS) {
                i++;
                continue;
            }
            int end = i;
            int count = 1;
            for (int k = i + 1; k < lines.length; k++) {
                if (lines[k].isBlank()) {
                    continue;
                }
                if (dataCells(lines[k]) != cells && !isLooseRow(lines[k], cells)) {
                    break;
                }
                end = k;
                count++;
            }
            if (count >= MIN_ROWS) {
                rows.set(i, end + 1);
                int header = previousNonBlank(lines, i);
                if (header >= 0 && headerCells(lines[header]) == cells) {
                    rows.set(header);
                }
            }
            i = end + 1;
        }
        addWordTables(lines, printed, rows);
        for (int k = rows.nextSetBit(0); k >= 0; k = rows.nextSetBit(k + 1)) {
            if (lines[k].isBlank()) {
                rows.clear(k);
            }
        }
        return rows;
    }

    /**
     * A row inside a run of data rows with as many cells and one figure at least (黄瓜　3.10　持平: a change in words):
     * not a data row alone, but a row of the table it runs on in.
     */
    private static boolean isLooseRow(String line, int cells) {
        String[] row = cells(line);
        return row != null && row.length == cells
                && Arrays.stream(row).anyMatch(c -> c.chars().anyMatch(ch -> Chars.isAsciiDigit(ch)));
    }

    /**
     * Tables of words rather than figures (a schedule: 日期　医院　科室　地点 / 9月14日　市人民医院　耳鼻咽喉科　金湾广场):
     * a header row of words, then at least {@link #MIN_ROWS} rows with as many cells, every gap between cells wide (two
     * spaces or more, or an ideographic space). Without figures to tell them, only the header and the wide gaps keep a
     * line of spaced-out text out.
     */
    private static void addWordTables(String[] lines, String[] printed, BitSet rows) {
        for (int i = 0; i < lines.length; i++) {
            // every line of a page is asked: the header's cells first (most lines have too few gaps to have any)
            int cells = rows.get(i) ? 0 : headerCells(lines[i]);
            if (cells >= MIN_CELLS && !hasWideGapsOnly(printed[i])) {
                cells = 0;
            }
            if (cells < MIN_CELLS) {
                continue;
            }
            int end = i;
            for (int k = i + 1; k < lines.length && !lines[k].isBlank() && !rows.get(k); k++) {
                String[] row = cells(lines[k]);
                if (row == null || row.length != cells || !hasWideGapsOnly(printed[k]) || !isWordRow(row)) {
                    break;
                }
                end = k;
            }
            if (end - i >= MIN_ROWS) {
                rows.set(i, end + 1);
                i = end;
            }
        }
    }

    /** Longest cell of a table of words. */
    private static final int WORD_CELL_MAX = 16;

    private static boolean isWordRow(String[] cells) {
        for (String c : cells) {
            if (c.length() > WORD_CELL_MAX) {
                return false;
            }
        }
        return true;
    }

    /** Whether every gap between the words of {@code line} is two spaces or more, or holds an ideographic space. */
    private static boolean hasWideGapsOnly(String line) {
        String t = line.strip();
        int gaps = 0;
        for (int k = 0; k < t.length(); k++) {
            if (Chars.isSpace(t.charAt(k))) {
                int end = k;
                while (end < t.length() && Chars.isSpace(t.charAt(end))) {
                    end++;
                }
                if (end - k < 2 && t.charAt(k) != '\u3000') {
                    return false;
                }
                gaps++;
                k = end - 1;
            }
        }
        return gaps > 0;
    }

    /**
     * Which of the table rows found by {@link #rows} belong to a table with a header row of words above its data rows
     * (地区 增速(%) 投资(亿元)): a table the paper prints for reading (a price list, a set of indicators), kept as the
     * text of a listing rather than dropped as furniture like a header-less strip of figures (a market ticker). The
     * header is included.
     */
    static BitSet headedRows(String[] lines, BitSet rows) {
        BitSet headed = new BitSet(lines.length);
        int k = rows.nextSetBit(0);
        while (k >= 0) {
            int end = k;
            int next = rows.nextSetBit(k + 1);
            while (next >= 0 && isRunOn(lines, end, next)) {
                end = next;
                next = rows.nextSetBit(next + 1);
            }
            if (headerCells(lines[k]) >= MIN_CELLS && end > k && !isMarketData(lines, k + 1, end) || isResults(lines, k, end)) {
                headed.set(k, end + 1);
            }
            k = next;
        }
        for (int r = headed.nextSetBit(0); r >= 0; r = headed.nextSetBit(r + 1)) {
            if (lines[r].isBlank()) {
                headed.clear(r);
            }
        }
        return headed;
    }

    /**
     * Whether rows {@code from} to {@code to} are a round's results, every one a match (澜平海鸥　2:1　北川铁骑): a list
     * printed for reading, as a table with a header row is, though it has none.
     */
    private static boolean isResults(String[] lines, int from, int to) {
        int matches = 0;
        for (int k = from; k <= to; k++) {
            if (lines[k].isBlank()) {
                continue;
            }
            String[] cells = cells(lines[k]);
            if (cells != null && cells.length == MIN_CELLS + 1 && LIST_BULLET_CELL.matcher(cells[0]).matches()) {
                cells = Arrays.copyOfRange(cells, 1, cells.length); // - 江北社区 78:65 湖西社区: a markdown list's item
            }
            if (cells == null || cells.length != MIN_CELLS || !SCORE.matcher(cells[1]).matches()) {
                return false;
            }
            matches++;
        }
        return matches >= MIN_ROWS;
    }

    /** A list item's bullet standing as a row's first cell. */
    private static final Pattern LIST_BULLET_CELL = Pattern.compile("[-*·•●]");

    /** A market index or rate as a row's first cell (上证指数, 深证成指, 创业板指, 人民币中间价). */
    private static final Pattern MARKET_ITEM = Pattern.compile(".{1,10}(?:指数|成指|板指|综指|中间价|汇率)");

    /**
     * Whether most rows from {@code from} to {@code to} quote market indices or rates: the day's market box, printed
     * in the same place every day like the weather, furniture whether it has a header row or not.
     */
    private static boolean isMarketData(String[] lines, int from, int to) {
        int rows = 0;
        int market = 0;
        for (int k = from; k <= to; k++) {
            String[] cells = cells(lines[k]);
            if (cells != null) {
                rows++;
                market += MARKET_ITEM.matcher(cells[0]).matches() ? 1 : 0;
            }
        }
        return market * 2 > rows;
    }

    /** Whether row {@code next} follows row {@code last} with blank lines only between: the same table. */
    private static boolean isRunOn(String[] lines, int last, int next) {
        for (int k = last + 1; k < next; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row with its cells separated by single spaces: as it reads, with the cells kept apart. */
    static String asSpacedRow(String line) {
        return String.join(" ", joinSpacedHeadings(CELL_GAP.split(line.strip())));
    }

    /**
     * The cells with a heading spaced out over two or three single characters joined again (县　名, 单　位: set to
     * the width of its column as headers are), which would otherwise count as cells of their own.
     */
    private static String[] joinSpacedHeadings(String[] cells) {
        List<String> out = new ArrayList<>(cells.length);
        for (int k = 0; k < cells.length; k++) {
            int end = k;
            while (end + 1 < cells.length && end - k < 2 && isLoneHan(cells[end]) && isLoneHan(cells[end + 1])) {
                end++;
            }
            out.add(String.join("", Arrays.asList(cells).subList(k, end + 1)));
            k = end;
        }
        return out.size() == cells.length ? cells : out.toArray(String[]::new);
    }

    private static boolean isLoneHan(String cell) {
        return cell.length() == 1 && Chars.isHan(cell.charAt(0));
    }

    /** Last words of a table's caption (中甲联赛第6轮赛果, 各区县降水量一览). */
    private static final Pattern CAPTION = Pattern.compile("[^，。；：！？,;:!?]{2,18}(?:赛果|比分|积分榜|排名|一览|一览表|统计表)");

    /**
     * Which of {@code lines} are the caption of a table found by {@link #rows}: the line right above its rows (or its
     * header row), short, without punctuation, naming what the table lists. It belongs to the table, and no headline
     * of the text around it.
     */
    static BitSet captions(String[] lines, BitSet rows) {
        BitSet captions = new BitSet(lines.length);
        for (int k = rows.nextSetBit(0); k >= 0; k = rows.nextSetBit(k + 1)) {
            int above = previousNonBlank(lines, k);
            if (above >= 0 && !rows.get(above) && CAPTION.matcher(lines[above].strip()).matches()) {
                captions.set(above);
            }
        }
        return captions;
    }

    /** The row with its cells separated by {@link #SEPARATOR}. */
    static String asRow(String line) {
        return String.join(SEPARATOR, CELL_GAP.split(line.strip()));
    }

    /** A match's score (3∶1, 2-0, 1:1, 2比1): the middle cell of a results row. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}\\s*[∶:：\\-－比]\\s*\\d{1,3}");

    /**
     * Cells of a data row (three or more, most of them figures, none a lone letter of spaced-out text; or a results
     * row: two sides and the score between them), else 0.
     */
    private static int dataCells(String line) {
        String[] cells = cells(line);
        if (cells == null) {
            return 0;
        }
        if (cells.length == MIN_CELLS && SCORE.matcher(cells[1]).matches() && cells[0].length() >= 2 && cells[2].length() >= 2) {
            return cells.length;
        }
        int figures = 0;
        int single = 0;
        for (String c : cells) {
            if (c.length() == 1 && !isEmptyCell(c)) {
                single++;
            }
            if (isEmptyCell(c) || c.chars().anyMatch(ch -> Chars.isAsciiDigit(ch) || ch == '%')) {
                figures++;
            }
        }
        return single <= 1 && figures >= 2 && figures * 2 >= cells.length ? cells.length : 0;
    }

    /** Longest cell of a header row (规上工业增加值增速(%): a measure and its unit). */
    private static final int HEADER_CELL_MAX = 14;

    /**
     * A column heading that names a period (9月同比指数, 2024年产量, or the period alone: 1月, 2024年): its figures are a
     * date's, the rest words.
     */
    private static final Pattern PERIOD_HEADING = Pattern.compile("[^\\d]*\\d{1,4}[年月日季][\\p{IsHan}（）()%]*");

    /**
     * Cells of a header row (three or more words of two to {@link #HEADER_CELL_MAX} characters, no figures but a
     * period's, {@link #PERIOD_HEADING}), else 0.
     */
    private static int headerCells(String line) {
        String[] cells = cells(line);
        if (cells == null) {
            return 0;
        }
        cells = joinSpacedHeadings(cells);
        for (String c : cells) {
            if (c.length() < 2 || c.length() > HEADER_CELL_MAX
                    || c.chars().anyMatch(Chars::isAsciiDigit) && !PERIOD_HEADING.matcher(c).matches()) {
                return 0;
            }
        }
        return cells.length;
    }

    private static String[] cells(String line) {
        // every line of a page is asked: count the gaps first, most lines have none or one
        int gaps = 0;
        boolean inGap = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Chars.isSpace(line.charAt(i));
            if (space && !inGap) {
                gaps++;
            }
            inGap = space;
        }
        if (gaps < MIN_CELLS - 1) {
            return null;
        }
        String t = line.strip();
        if (t.isEmpty() || Chars.containsAnyChar(t, SENTENCE_PUNCT)) {
            return null;
        }
        String[] cells = CELL_GAP.split(t);
        return cells.length >= MIN_CELLS ? cells : null;
    }

    private static boolean isEmptyCell(String c) {
        return c.equals("—") || c.equals("-") || c.equals("－") || c.equals("--") || c.equals("——");
    }

    /** A markdown table's line: between pipes, two cells or more. */
    private static final Pattern MARKDOWN_ROW = Pattern.compile("\\|(?:[^|]+\\|){2,}");
    /** The rule under a markdown table's header row: | --- | :---: | */
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|(?:\\s*:?-{3,}:?\\s*\\|){2,}");

    /** Glyphs that mark the items of a list (◆ ● • · ◇ ○ ★ ☆); ■ □ ▶ ▲ mark bylines, sub-headings and captions too. */
    private static final String LIST_BULLETS = "◆●•·◇○★☆▪";
    /** Fewest items of a bulleted list. */
    private static final int LIST_ITEMS_MIN = 3;

    /**
     * The lines of bulleted lists (◆中小学教师资格考试：3月9日 / ◆普通高考：6月7日至9日 / …): at least
     * {@link #LIST_ITEMS_MIN} lines in a row opening with the same list glyph, at most one blank line between them and
     * no other line. Each is an item of a list, its bullet kept, not a decorated headline.
     */
    static BitSet bulletedLines(String[] lines) {
        BitSet items = new BitSet(lines.length);
        int i = 0;
        while (i < lines.length) {
            char bullet = bulletOf(lines[i]);
            if (bullet == 0) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            int k = i;
            while (k < lines.length && bulletOf(lines[k]) == bullet) {
                run.add(k);
                int next = nextNonBlank(lines, k);
                if (next - k > 2) {
                    break; // two blank lines or more: the list ended
                }
                k = next;
            }
            if (run.size() >= LIST_ITEMS_MIN) {
                run.forEach(items::set);
            }
            i = Math.max(i + 1, run.get(run.size() - 1) + 1);
        }
        return items;
    }

    /** The list glyph {@code line} opens with, or 0; not on a teaser (◆…第2版) or a line that is furniture without it. */
    private static char bulletOf(String line) {
        String t = line.strip();
        boolean bulleted = t.length() > 2 && LIST_BULLETS.indexOf(t.charAt(0)) >= 0 && !Chars.isSpace(t.charAt(1));
        return bulleted && !POINTS_TO_PAGE.matcher(t).matches() && Furniture.classify(t.substring(1)) == null ? t.charAt(0) : 0;
    }

    /** A line ending in a pointer to another page (◆全县早稻机插秧进度过八成　第2版): a teaser of an index. */
    private static final Pattern POINTS_TO_PAGE = Pattern.compile(".*(?:第\\s*\\d{1,3}\\s*版|[PＰ]\\s*\\d{1,3})");

    private static boolean isMarkdownRow(String line) {
        String t = line.strip(); // every line of a page is asked: the literal first
        return !t.isEmpty() && t.charAt(0) == '|' && MARKDOWN_ROW.matcher(t).matches();
    }

    /**
     * The lines of markdown tables (| 展览名称 | 地点 | 展期 | / | --- | --- | / rows): a header row, its rule and at least
     * one row, printed tight. A feed's table is printed for reading, like a text table with a header row of words
     * ({@link #headedRows}): its lines are a listing's text, pipes and all.
     */
    static BitSet markdownRows(String[] lines) {
        BitSet rows = new BitSet(lines.length);
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && isMarkdownRow(lines[end])) {
                end++;
            }
            if (end - i >= 3 && MARKDOWN_RULE.matcher(lines[i + 1].strip()).matches()) {
                rows.set(i, end);
            }
            i = Math.max(end, i + 1);
        }
        return rows;
    }

    /** The index of the first non-blank line after line {@code i}, or {@code lines.length}. */
    static int nextNonBlank(String[] lines, int i) {
        for (int k = i + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return lines.length;
    }

    private static int previousNonBlank(String[] lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
