package io.newsflow.app;

import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.Extractors;
import io.newsflow.extract.eval.BioCorpus;
import io.newsflow.extract.eval.BioSentence;
import io.newsflow.extract.eval.NerEvaluator;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code newsflow eval-ner FILE}: scores an entity extractor on a character-BIO file (the format of
 * {@code shared/ner/msra/msra_test_bio}) with {@link NerEvaluator}: exact-span precision, recall and
 * F1 per type and overall, and throughput after a warm-up. The last line is
 * {@code overall precision=P recall=R f1=F chars_per_s=N}.
 */
final class EvalNerCommand implements Command {

    private static final String HELP = """
            usage: newsflow eval-ner [--extractor NAME] [--warmup CHARS] FILE

            Scores an entity extractor on a character-BIO file (one "char<TAB>tag" per line,
            tags O, B-/I-PER, B-/I-LOC, B-/I-ORG, blank line between sentences).
            Prints exact-span precision/recall/F1 (percent) per type (PER, LOC, ORG), then
              overall precision=P recall=R f1=F chars_per_s=N
            Throughput is measured on a full pass after an untimed warm-up.

            options:
              --extractor NAME   %s (default: default)
              --warmup CHARS     characters run through the extractor before timing (default: %d)
              -h, --help         this help
            """;

    @Override
    public String name() {
        return "eval-ner";
    }

    @Override
    public String summary() {
        return "score an entity extractor on a char-BIO file (P/R/F1 per type, chars/s)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String extractorName = "default";
        long warmup = NerEvaluator.DEFAULT_WARMUP_CHARS;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-h") || a.equals("--help")) {
                out.print(HELP.formatted(String.join(" | ", Extractors.NAMES), NerEvaluator.DEFAULT_WARMUP_CHARS));
                return 0;
            } else if (a.equals("--extractor") || a.equals("--warmup")) {
                if (i + 1 >= args.size()) {
                    err.println("newsflow eval-ner: " + a + " needs a value (see --help)");
                    return 2;
                }
                String v = args.get(++i);
                if (a.equals("--extractor")) {
                    extractorName = v;
                } else {
                    try {
                        warmup = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        err.println("newsflow eval-ner: --warmup must be a whole number of characters, got '" + v + "'");
                        return 2;
                    }
                }
            } else if (a.startsWith("--")) {
                err.println("newsflow eval-ner: unknown option " + a + " (see --help)");
                return 2;
            } else if (file != null) {
                err.println("newsflow eval-ner: only one FILE, got '" + file + "' and '" + a + "'");
                return 2;
            } else {
                file = a;
            }
        }
        if (file == null) {
            err.println("newsflow eval-ner: no FILE given (e.g. ../shared/ner/msra/msra_test_bio; see --help)");
            return 2;
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            err.println("newsflow eval-ner: cannot read " + file);
            return 2;
        }
        EntityExtractor extractor;
        try {
            extractor = Extractors.create(extractorName);
        } catch (IllegalArgumentException e) {
            err.println("newsflow eval-ner: " + e.getMessage());
            return 2;
        }
        List<BioSentence> corpus;
        try {
            corpus = BioCorpus.read(path);
        } catch (IllegalArgumentException e) {
            err.println("newsflow eval-ner: " + e.getMessage());
            return 1;
        }
        if (warmup < 0) {
            err.println("newsflow eval-ner: --warmup must be >= 0");
            return 2;
        }
        new NerEvaluator(warmup).evaluate(extractor, corpus).print(out);
        out.flush();
        return 0;
    }
}
