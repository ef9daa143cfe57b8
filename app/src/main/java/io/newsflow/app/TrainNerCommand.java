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
 * People's Daily 1998 train names; never a test split) with {@link NerTraining}, printing progress
 * (and, with {@code --dev-every}, the learning curve on held-out training sentences) and the
 * training time.
 */
final class TrainNerCommand implements Command {

    private static final String HELP = """
            usage: newsflow train-ner [--ner-dir DIR] [--out FILE] [--epochs N] [--features SET] [--pd1998 MODE]
                                     [--dev-every N]

            Trains the character-level NER model (averaged perceptron) from
              DIR/msra/msra_train_bio          (all of it, or all but every N-th sentence with --dev-every)
              DIR/pd1998/199801-train.txt      (names for the gazetteer; with --pd1998 partial also
                                               partially annotated training sentences)
            and writes it to FILE. Rebuild afterwards (./newsflow rebuilds by itself) to ship it.

            options:
              --ner-dir DIR    corpus directory (default: ../shared/ner)
              --out FILE       model file (default: %s)
              --epochs N       passes over the data (default: %d)
              --features SET   %s (default: %s)
              --pd1998 MODE    partial | gazetteer | none (default: %s)
              --dev-every N    hold out every N-th MSRA sentence to pick the epoch and the penalty on
                               O (0 = train on all with the recorded choices; default: %d)
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
        int devEvery = NerTraining.DEFAULT_DEV_EVERY;
        String features = NerTraining.DEFAULT_FEATURES;
        String pdMode = NerTraining.DEFAULT_PD1998_MODE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    out.print(HELP.formatted(DEFAULT_OUT, NerTraining.DEFAULT_EPOCHS,
                            String.join(" | ", NerTraining.FEATURE_SETS), NerTraining.DEFAULT_FEATURES,
                            NerTraining.DEFAULT_PD1998_MODE, NerTraining.DEFAULT_DEV_EVERY));
                    return 0;
                }
                case "--ner-dir", "--out", "--epochs", "--features", "--pd1998", "--dev-every" -> {
                    if (i + 1 >= args.size()) {
                        err.println("newsflow train-ner: " + a + " needs a value (see --help)");
                        return 2;
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--ner-dir" -> nerDir = Path.of(v);
                        case "--out" -> outFile = Path.of(v);
                        case "--features" -> features = v;
                        case "--pd1998" -> pdMode = v;
                        default -> {
                            int value;
                            try {
                                value = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                err.println("newsflow train-ner: " + a + " must be a whole number, got '" + v + "'");
                                return 2;
                            }
                            if (value < (a.equals("--epochs") ? 1 : 0) || (a.equals("--dev-every") && value == 1)) {
                                err.println("newsflow train-ner: " + a + " out of range: " + value);
                                return 2;
                            }
                            if (a.equals("--epochs")) {
                                epochs = value;
                            } else {
                                devEvery = value;
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
        if (!List.of("partial", "gazetteer", "none").contains(pdMode)) {
            err.println("newsflow train-ner: --pd1998 must be partial, gazetteer or none, got '" + pdMode + "'");
            return 2;
        }
        boolean pd = !pdMode.equals("none");
        if (pd && !Files.isReadable(pd1998)) {
            err.println("newsflow train-ner: cannot read " + pd1998 + " (set --ner-dir, or pass --pd1998 none)");
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
        NerTraining.run(msra, pd ? pd1998 : null, pdMode.equals("partial"), outFile, config, devEvery, out);
        return 0;
    }
}
