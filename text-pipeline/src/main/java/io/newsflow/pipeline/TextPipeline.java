package io.newsflow.pipeline;

import io.newsflow.extract.EntityCount;
import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.Mention;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.normalize.Normalizer;
import io.newsflow.split.Item;
import io.newsflow.split.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole text pipeline in one place: normalize → split → extract. The offline {@code process}
 * command calls {@link #process}; the three stream topologies call the three stages separately, so
 * both paths run exactly the same code.
 *
 * <p>Thread-safe: the normalizer and splitter are stateless, and extractors are thread-safe by contract.
 */
public final class TextPipeline {

    /**
     * Version of the text rules. Bump it whenever normalization or splitting output can change, so
     * that replayed records can be told apart from older ones downstream.
     */
    public static final String VERSION = "2";

    private final Normalizer normalizer;
    private final Splitter splitter;
    private final EntityExtractor extractor;

    public TextPipeline(EntityExtractor extractor) {
        this(new Normalizer(), new Splitter(), extractor);
    }

    public TextPipeline(Normalizer normalizer, Splitter splitter, EntityExtractor extractor) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public NormalizedText normalize(String raw) {
        return normalizer.normalize(raw);
    }

    public List<Item> split(NormalizedText page) {
        return splitter.split(page);
    }

    public List<Mention> extract(String body) {
        return extractor.extract(body);
    }

    public EntityExtractor extractor() {
        return extractor;
    }

    /** Runs all three stages on one raw page. */
    public List<ProcessedItem> process(String raw) {
        List<Item> items = split(normalize(raw));
        List<ProcessedItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<Mention> mentions = extract(item.body());
            out.add(new ProcessedItem(i, item, mentions, EntityCount.summarize(mentions)));
        }
        return out;
    }
}
