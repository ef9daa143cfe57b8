package io.newsflow.pipeline;

import io.newsflow.extract.EntityCount;
import io.newsflow.extract.Mention;
import io.newsflow.split.Item;
import java.util.List;

/**
 * An item with its entities.
 *
 * @param index    position of the item on the page, from 0
 * @param item     the split item
 * @param mentions entity mentions with offsets into {@code item.body()}
 * @param entities de-duplicated entities with counts
 */
public record ProcessedItem(int index, Item item, List<Mention> mentions, List<EntityCount> entities) {
    public ProcessedItem {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }
}
