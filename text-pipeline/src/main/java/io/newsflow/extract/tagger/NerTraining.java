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
 * Reproducible training of the shipped NER model from a character-BIO training file (MSRA train)
 * and, optionally, People's Daily 1998 train. With {@code devEvery > 0} every {@code devEvery}-th
 * MSRA sentence is held out to pick the epoch and the penalty on O; with 0 all sentences train and
 * the recorded choices ({@link #DEFAULT_EPOCHS}, {@link #DEFAULT_OUTSIDE_PENALTY}) apply. Test
 * splits are never read here. Deterministic: the same inputs give a byte-identical model file.
 */
public final class NerTraining {

    /** Settings of the shipped model (see notes/ner-results.md for how they were chosen). */
    public static final String DEFAULT_FEATURES = Features.CHARS_HANLP_LEX_GAZ;
    public static final int DEFAULT_EPOCHS = 12;
    /** How People's Daily 1998 is used: {@code partial} (gazetteer + partial annotation) or {@code gazetteer}. */
    public static final String DEFAULT_PD1998_MODE = "gazetteer";
    public static final boolean DEFAULT_TRAINING_NAMES_IN_GAZETTEER = true;
    /**
     * 0: the shipped model trains on every MSRA training sentence with {@link #DEFAULT_EPOCHS} and
     * {@link #DEFAULT_OUTSIDE_PENALTY}, both chosen by a run holding out every 20th sentence.
     */
    public static final int DEFAULT_DEV_EVERY = 0;
    /** Penalty on tag O picked on held-out sentences (run with dev-every 20, see the results notes). */
    public static final float DEFAULT_OUTSIDE_PENALTY = 4f;
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
        return new PerceptronTrainer.Config(featureSet, epochs, 1, DEFAULT_PRUNE, DEFAULT_SEED, DEFAULT_TRAINING_NAMES_IN_GAZETTEER);
    }

    /**
     * Trains and writes the model.
     *
     * @return the trained model
     */
    public static PerceptronModel run(Path trainFile, Path pd1998Train, boolean partial, Path modelOut,
                                      PerceptronTrainer.Config config, int devEvery, PrintStream log) throws IOException {
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
        // People's Daily 1998 marks far fewer places and organizations than MSRA (mixing it in as
        // full annotation cost ~9 F1 on MSRA test): its names go into the gazetteer, and with
        // partial=true its sentences also train as partial annotation (only its spans and its
        // surely-outside chars are trusted; measured 3 F1 worse on MSRA test, hence not the default)
        List<PeoplesDaily1998.Partial> pd = pd1998Train == null ? List.of() : PeoplesDaily1998.readPartial(pd1998Train);
        List<BioSentence> pdSentences = pd.stream().map(PeoplesDaily1998.Partial::sentence).toList();
        log.printf(Locale.ROOT, "training on %s (%d sentences, %d held out as dev)%s, partial=%s, config %s%n",
                trainFile, train.size(), dev.size(),
                pd1998Train == null ? "" : ", names from " + pd1998Train + " (" + pd.size() + " sentences)", partial, config);
        PerceptronModel model = partial
                ? new PerceptronTrainer(config, log).train(train, dev, List.of(), pd)
                : new PerceptronTrainer(config, log).train(train, dev, pdSentences);
        if (dev.isEmpty()) {
            model = model.withOutsidePenalty(DEFAULT_OUTSIDE_PENALTY);
            log.printf(Locale.ROOT, "no held-out sentences: kept the last epoch, penalty on O %.2f%n", DEFAULT_OUTSIDE_PENALTY);
        }
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
}
