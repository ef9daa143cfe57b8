package io.newsflow.extract;

import io.newsflow.extract.tagger.PerceptronModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Extractor over the character tagger trained on MSRA ({@link PerceptronModel}), loaded from a
 * classpath resource shipped in the jar ({@link #RESOURCE}). Text is tagged in sentence-sized pieces
 * ({@link Chunker}); names never cross a sentence end, and short pieces keep HanLP's word features
 * (used by the model) fast.
 *
 * <p>Thread-safe: the model is immutable after loading and tagging keeps its state on the stack.
 */
public final class TrainedExtractor implements EntityExtractor {

    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "newsflow/ner/msra-perceptron.bin.gz";
    /** Model version; bump when the shipped model file changes. */
    public static final String VERSION = "1";

    private final PerceptronModel model;
    private final Chunker chunker = new Chunker(300);

    /** Loads the shipped model from the classpath. */
    public TrainedExtractor() {
        this(loadResource(RESOURCE));
    }

    public TrainedExtractor(PerceptronModel model) {
        this.model = model;
    }

    /** Whether the shipped model is on the classpath. */
    public static boolean available() {
        return TrainedExtractor.class.getClassLoader().getResource(RESOURCE) != null;
    }

    private static PerceptronModel loadResource(String resource) {
        InputStream in = TrainedExtractor.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("NER model resource " + resource + " is not on the classpath;"
                    + " rebuild text-pipeline or train it with './newsflow train-ner'");
        }
        try (in) {
            return PerceptronModel.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "perceptron-msra-v" + VERSION + "-" + model.featureSet();
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int[] b = chunker.boundaries(text);
        for (int k = 0; k + 1 < b.length; k++) {
            model.tag(text, b[k], b[k + 1], out);
        }
        return out;
    }
}
