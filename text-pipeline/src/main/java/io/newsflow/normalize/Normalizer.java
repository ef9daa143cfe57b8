package io.newsflow.normalize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Turns raw page text into repaired blocks. Stateless and thread-safe. (First cut: blank-line blocks.) */
public final class Normalizer {

    public NormalizedText normalize(String raw) {
        List<Block> blocks = new ArrayList<>();
        int blank = 0;
        for (String line : raw.split("\\R", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            blocks.add(new Block(blocks.size(), t, List.of(t.length()), blank, 0, null, EnumSet.noneOf(BlockFlag.class)));
            blank = 0;
        }
        return new NormalizedText(Layout.PARAGRAPHS, blocks);
    }
}
