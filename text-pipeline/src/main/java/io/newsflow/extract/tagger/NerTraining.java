package io.newsflow.extract.tagger;

import io.newsflow.extract.eval.BioCorpus;
import io.newsflow.extract.eval.BioSentence;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reproducible training of the shipped NER model from a character-BIO training file (MSRA train).
 * Every {@code devEvery}-th training sentence is held out as development data to pick the epoch;
 * the test split is never read here.
 */
public final class NerTraining {

    /** Settings of the shipped model (see notes/ner-results.md for how they were chosen). */
    public static final String DEFAULT_FEATURES = Features.CHARS_HANLP_LEX_GAZ;
    public static final int DEFAULT_EPOCHS = 12;
    public static final int DEFAULT_DEV_EVERY = 20;
    public static final long DEFAULT_SEED = 20261123L;
    public static final float DEFAULT_PRUNE = 0.01f;
    public static final List<String> FEATURE_SETS = List.of(Features.CHARS, Features.CHARS_HANLP, Features.CHARS_HANLP_LEX,
            Features.CHARS_HANLP_LEX_GAZ);

    private NerTraining() {
    }

    /** The shipped model's configuration with another feature set / epoch count. */
    public static PerceptronTrainer.Config defaultConfig(String featureSet, int epochs) {
        if (!FEATURE_SETS.contains(featureSet)) {
            throw new IllegalArgumentException("unknown feature set '" + featureSet + "' (valid: "
                    + String.join(", ", FEATURE_SETS) + ")");
        }
        return new PerceptronTrainer.Config(featureSet, epochs, 1, DEFAULT_PRUNE, DEFAULT_SEED);
    }

    /**
     * Trains and writes the model.
     *
     * @return the trained model
     */
    public static PerceptronModel run(Path trainFile, Path pd1998Train, Path modelOut, PerceptronTrainer.Config config,
                                      int devEvery, PrintStream log) throws IOException {
        for (Path p : new Path[] {trainFile, pd1998Train}) {
            if (p != null && p.getFileName().toString().contains("test")) {
                throw new IllegalArgumentException("refusing to train on " + p + ": looks like a test split");
            }
        }
        long t0 = System.nanoTime();
        List<BioSentence> all = BioCorpus.read(trainFile);
        List<BioSentence> train = new ArrayList<>();
        List<BioSentence> dev = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (devEvery > 0 && i % devEvery == devEvery - 1 ? dev : train).add(all.get(i));
        }
        // People's Daily 1998 follows other annotation rules than MSRA (mixing it into the training
        // sentences cost ~2 F1 on held-out MSRA): with the +gaz feature set its names become a
        // gazetteer instead, whose reliability the tagger learns on MSRA
        List<BioSentence> gazetteerSource = pd1998Train == null ? List.of() : PeoplesDaily1998.read(pd1998Train);
        log.printf(Locale.ROOT, "training on %s (%d sentences, %d held out as dev)%s, config %s%n",
                trainFile, train.size(), dev.size(),
                pd1998Train == null ? "" : ", names from " + pd1998Train + " (" + gazetteerSource.size() + " sentences)", config);
        PerceptronModel model = new PerceptronTrainer(config, log).train(train, dev, gazetteerSource);
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(modelOut)) {
            model.save(os);
        }
        log.printf(Locale.ROOT, "wrote %s (%d bytes); wall time %.1f s%n", modelOut, Files.size(modelOut),
                (System.nanoTime() - t0) / 1e9);
        return model;
    }

    /** {@code NerTraining TRAIN_BIO MODEL_OUT [featureSet] [epochs] [minCount] [pruneBelow] [PD1998_TRAIN]}. */
    public static void main(String[] args) throws IOException {
        PerceptronTrainer.Config config = new PerceptronTrainer.Config(
                args.length > 2 ? args[2] : DEFAULT_FEATURES,
                args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_EPOCHS,
                args.length > 4 ? Integer.parseInt(args[4]) : 1,
                args.length > 5 ? Float.parseFloat(args[5]) : DEFAULT_PRUNE,
                DEFAULT_SEED);
        run(Path.of(args[0]), args.length > 6 ? Path.of(args[6]) : null, Path.of(args[1]), config, DEFAULT_DEV_EVERY, System.out);
    }
}
