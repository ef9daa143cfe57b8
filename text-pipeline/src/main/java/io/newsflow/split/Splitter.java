package io.newsflow.split;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** Splits a normalized page into items. Stateless and thread-safe. (First cut: one item per page.) */
public final class Splitter {

    public List<Item> split(NormalizedText page) {
        List<String> paragraphs = new ArrayList<>();
        for (Block b : page.blocks()) {
            if (!b.isFurniture()) {
                paragraphs.add(b.text());
            }
        }
        return paragraphs.isEmpty() ? List.of() : List.of(new Item(ItemKind.ARTICLE, "", "", "", "", paragraphs));
    }
}
