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

    private NerTraining() {
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
        int msra = train.size();
        if (pd1998Train != null) {
            train.addAll(PeoplesDaily1998.read(pd1998Train));
        }
        log.printf(Locale.ROOT, "training on %s (%d sentences, %d held out as dev)%s, config %s%n",
                trainFile, msra, dev.size(),
                pd1998Train == null ? "" : " + " + pd1998Train + " (" + (train.size() - msra) + " sentences)", config);
        PerceptronModel model = new PerceptronTrainer(config, log).train(train, dev);
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
                args.length > 2 ? args[2] : Features.CHARS_HANLP,
                args.length > 3 ? Integer.parseInt(args[3]) : 10,
                args.length > 4 ? Integer.parseInt(args[4]) : 1,
                args.length > 5 ? Float.parseFloat(args[5]) : 0.01f,
                20261123L);
        run(Path.of(args[0]), args.length > 6 ? Path.of(args[6]) : null, Path.of(args[1]), config, 20, System.out);
    }
}
