package io.newsflow.app;

import io.newsflow.extract.tagger.NerTraining;
import io.newsflow.extract.tagger.PerceptronTrainer;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code newsflow train-ner}: reproduces the shipped NER model from {@code shared/ner} (MSRA train +
 * People's Daily 1998 train; never a test split) with {@link NerTraining}, printing the learning
 * curve on held-out training sentences and the training time.
 */
final class TrainNerCommand implements Command {

    private static final String HELP = """
            usage: newsflow train-ner [--ner-dir DIR] [--out FILE] [--epochs N] [--features SET] [--no-pd1998]

            Trains the character-level NER model (averaged perceptron) from
              DIR/msra/msra_train_bio          (every 20th sentence held out to pick the epoch)
              DIR/pd1998/199801-train.txt      (unless --no-pd1998)
            and writes it to FILE. Rebuild afterwards (./newsflow rebuilds by itself) to ship it.

            options:
              --ner-dir DIR    corpus directory (default: ../shared/ner)
              --out FILE       model file (default: %s)
              --epochs N       passes over the data (default: %d)
              --features SET   %s (default: %s)
              --no-pd1998      train on MSRA only
              -h, --help       this help
            """;

    static final String DEFAULT_OUT = "text-pipeline/src/main/resources/" + "newsflow/ner/msra-perceptron.bin.gz";

    @Override
    public String name() {
        return "train-ner";
    }

    @Override
    public String summary() {
        return "train the NER model from ../shared/ner (prints the curve and training time)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        Path nerDir = Path.of("..", "shared", "ner");
        Path outFile = Path.of(DEFAULT_OUT);
        int epochs = NerTraining.DEFAULT_EPOCHS;
        String features = NerTraining.DEFAULT_FEATURES;
        boolean pd = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    out.print(HELP.formatted(DEFAULT_OUT, NerTraining.DEFAULT_EPOCHS,
                            String.join(" | ", NerTraining.FEATURE_SETS), NerTraining.DEFAULT_FEATURES));
                    return 0;
                }
                case "--no-pd1998" -> pd = false;
                case "--ner-dir", "--out", "--epochs", "--features" -> {
                    if (i + 1 >= args.size()) {
                        err.println("newsflow train-ner: " + a + " needs a value (see --help)");
                        return 2;
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--ner-dir" -> nerDir = Path.of(v);
                        case "--out" -> outFile = Path.of(v);
                        case "--features" -> features = v;
                        default -> {
                            try {
                                epochs = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                err.println("newsflow train-ner: --epochs must be a whole number, got '" + v + "'");
                                return 2;
                            }
                        }
                    }
                }
                default -> {
                    err.println("newsflow train-ner: unknown argument " + a + " (see --help)");
                    return 2;
                }
            }
        }
        Path msra = nerDir.resolve("msra").resolve("msra_train_bio");
        Path pd1998 = nerDir.resolve("pd1998").resolve("199801-train.txt");
        if (!Files.isReadable(msra)) {
            err.println("newsflow train-ner: cannot read " + msra + " (set --ner-dir to the shared/ner directory)");
            return 2;
        }
        if (pd && !Files.isReadable(pd1998)) {
            err.println("newsflow train-ner: cannot read " + pd1998 + " (set --ner-dir, or pass --no-pd1998)");
            return 2;
        }
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println("newsflow train-ner: directory of --out " + outFile + " does not exist (run from the repo root or set --out)");
            return 2;
        }
        PerceptronTrainer.Config config;
        try {
            config = NerTraining.defaultConfig(features, epochs);
        } catch (IllegalArgumentException e) {
            err.println("newsflow train-ner: " + e.getMessage());
            return 2;
        }
        NerTraining.run(msra, pd ? pd1998 : null, outFile, config, NerTraining.DEFAULT_DEV_EVERY, out);
        return 0;
    }
}
