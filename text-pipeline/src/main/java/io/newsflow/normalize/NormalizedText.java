package io.newsflow.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A page after normalization: its detected layout and its blocks in page order.
 *
 * @param layout how paragraph boundaries were encoded in the raw text
 * @param blocks blocks in page order
 */
public record NormalizedText(Layout layout, List<Block> blocks) {
    public NormalizedText {
        Objects.requireNonNull(layout, "layout");
        blocks = List.copyOf(blocks);
    }
}
