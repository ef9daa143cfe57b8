package io.newsflow.stream;

import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.Mention;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An extractor created on first use. Lets the normalize and split applications, which never extract, hold a
 * {@link io.newsflow.pipeline.TextPipeline} without paying for (or depending on) loading the NER model.
 * Thread-safe: the delegate is created once.
 */
final class DeferredExtractor implements EntityExtractor {
    private final Supplier<EntityExtractor> factory;
    private volatile EntityExtractor delegate;

    DeferredExtractor(Supplier<EntityExtractor> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    private EntityExtractor delegate() {
        EntityExtractor d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = Objects.requireNonNull(factory.get(), "extractor factory returned null");
                    delegate = d;
                }
            }
        }
        return d;
    }

    @Override
    public String name() {
        return delegate().name();
    }

    @Override
    public List<Mention> extract(String text) {
        return delegate().extract(text);
    }
}
