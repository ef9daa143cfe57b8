package io.newsflow.extract.eval;

import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Scores an {@link EntityExtractor} against a gold corpus: exact-span precision, recall and F1 per
 * type and overall ({@link NerScores}), and throughput in characters per second. Throughput is
 * measured on a full pass that follows a warm-up pass over the first sentences (JIT compilation,
 * lazily loaded dictionaries), and the scores come from that timed pass. Each sentence is passed to
 * the extractor on its own, as the corpus defines sentences.
 *
 * <p>The extractor's output is checked against the {@link EntityExtractor} contract (offsets into
 * the input, sorted, non-overlapping); a violation fails the evaluation rather than being scored.
 */
public final class NerEvaluator {

    /** Result of one evaluation. */
    /**
     * @param seconds    wall-clock time of the timed pass
     * @param cpuSeconds CPU time of the evaluating thread during the timed pass (robust when other
     *                   processes share the cores; -1 if the JVM cannot measure it)
     */
    public record Result(String extractor, int sentences, long chars, NerScores scores, double seconds, double cpuSeconds) {

        public double charsPerSecond() {
            return seconds <= 0 ? 0 : chars / seconds;
        }

        /** Report lines; the last one is {@code overall precision=P recall=R f1=F chars_per_s=N}. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "extractor=%s sentences=%d chars=%d seconds=%.2f cpu_seconds=%.2f chars_per_cpu_s=%d%n",
                    extractor, sentences, chars, seconds, cpuSeconds, cpuSeconds > 0 ? Math.round(chars / cpuSeconds) : -1);
            for (EntityType t : List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)) {
                out.println(scores.typeLine(t));
            }
            out.println(overallLine());
        }

        public String overallLine() {
            double[] o = scores.overall();
            return String.format(Locale.ROOT, "overall precision=%.2f recall=%.2f f1=%.2f chars_per_s=%d",
                    o[0], o[1], o[2], Math.round(charsPerSecond()));
        }
    }

    /** Default warm-up: enough for the JIT to settle on the taggers we ship (measured: ~2 passes of MSRA test). */
    public static final long DEFAULT_WARMUP_CHARS = 400_000;

    private final long warmupChars;

    /** @param warmupChars characters to run through the extractor, untimed, before measuring (0 = none) */
    public NerEvaluator(long warmupChars) {
        if (warmupChars < 0) {
            throw new IllegalArgumentException("warmupChars must be >= 0, got " + warmupChars);
        }
        this.warmupChars = warmupChars;
    }

    public Result evaluate(EntityExtractor extractor, List<BioSentence> corpus) {
        // warm-up cycles over the corpus (again and again if it is small) until the budget is spent
        long warmed = 0;
        for (int i = 0; warmed < warmupChars && !corpus.isEmpty(); i = (i + 1) % corpus.size()) {
            String text = corpus.get(i).text();
            extractor.extract(text);
            warmed += Math.max(1, text.length());
        }
        NerScores scores = new NerScores();
        long chars = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        List<List<Mention>> predictions = new java.util.ArrayList<>(corpus.size());
        for (BioSentence s : corpus) {
            predictions.add(extractor.extract(s.text()));
            chars += s.text().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : -1;
        for (int i = 0; i < corpus.size(); i++) {
            BioSentence s = corpus.get(i);
            List<Mention> predicted = predictions.get(i);
            checkContract(extractor, s.text(), predicted);
            scores.add(s.gold(), predicted);
        }
        return new Result(extractor.name(), corpus.size(), chars, scores, seconds, cpuSeconds);
    }

    static void checkContract(EntityExtractor extractor, String text, List<Mention> mentions) {
        int prevEnd = 0;
        for (Mention m : mentions) {
            if (m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) {
                throw new IllegalStateException("extractor " + extractor.name() + " returned " + m
                        + " whose offsets do not match the input text");
            }
            if (m.start() < prevEnd) {
                throw new IllegalStateException("extractor " + extractor.name()
                        + " returned overlapping or unsorted mentions at " + m);
            }
            prevEnd = m.end();
        }
    }
}
