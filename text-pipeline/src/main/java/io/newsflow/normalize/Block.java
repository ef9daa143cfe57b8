package io.newsflow.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A run of raw lines that the normalizer treats as one unit: a paragraph, a headline, a byline, a
 * caption, or a piece of page furniture. Keeps the layout features the splitter needs.
 *
 * @param index            position on the page, from 0
 * @param text             repaired text (wraps joined, spaces fixed, mojibake repaired, doubling collapsed)
 * @param lineLengths      printed width of each raw line the block was built from (Chinese 1, ASCII 1/2, rounded)
 * @param blankLinesBefore blank lines between the previous block and this one in the raw text
 * @param markdownLevel    heading level when the feed marked it with '#' (1-6), else 0
 * @param furniture        kind of page furniture, or null for content
 * @param flags            repairs applied and observations made (see {@link BlockFlag})
 */
public record Block(int index, String text, List<Integer> lineLengths, int blankLinesBefore,
                    int markdownLevel, String furniture, Set<BlockFlag> flags) {
    public Block {
        Objects.requireNonNull(text, "text");
        lineLengths = List.copyOf(lineLengths);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public boolean isFurniture() {
        return furniture != null;
    }

    /** Whether this is a feed's picture line (![说明](https://…)): the photo whose caption may follow it. */
    public boolean isImage() {
        return Furniture.IMAGE.equals(furniture);
    }

    public boolean has(BlockFlag flag) {
        return flags.contains(flag);
    }

    public int maxLineLength() {
        return lineLengths.stream().mapToInt(Integer::intValue).max().orElse(text.length());
    }

    public int lineCount() {
        return lineLengths.size();
    }

    /**
     * Printed width of the repaired {@link #text} (Han and full-width characters 1, ASCII 1/2). Unlike
     * {@link #lineLengths}, taken after letter-spaced text ("全 球 动 力") lost its spaces.
     */
    public double textWidth() {
        return Chars.width(text);
    }

    /**
     * The text cut where its printed lines ended, by their widths ({@link #lineLengths}). The widths were taken
     * before spaces were repaired, so a cut can be off by a character where a line lost spaces; callers that
     * need exact lines check what they get.
     */
    public List<String> printedLines() {
        List<String> lines = new ArrayList<>(lineLengths.size());
        int from = 0;
        for (int k = 0; k + 1 < lineLengths.size() && from < text.length(); k++) {
            double width = 0;
            int end = from;
            while (end < text.length() && width + Chars.width(text.substring(end, end + 1)) <= lineLengths.get(k) + 0.5) {
                width += Chars.width(text.substring(end, end + 1));
                end++;
            }
            lines.add(text.substring(from, end));
            from = end;
        }
        lines.add(text.substring(from));
        return lines;
    }
}
