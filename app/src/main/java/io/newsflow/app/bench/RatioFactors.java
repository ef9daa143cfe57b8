package io.newsflow.app.bench;

import java.util.Locale;

/**
 * The ratio end to end ÷ extraction alone as the product of three factors of the maximum-load phase, so that a run
 * says why its ratio is what it is: how much of the cores the process used, how much of that the extract stream
 * threads got, and how fast they extracted with it compared with extraction alone. The product equals the ratio
 * exactly: {@code (cpu / (cores × window)) × (extractCpu / cpu) × ((chars / extractCpu) / (alone / cores))} =
 * {@code (chars / window) / alone}.
 *
 * @param coresUsed   process CPU time ÷ (cores × the phase's wall-clock time)
 * @param share       the extract stream threads' CPU time ÷ the process's
 * @param efficiency  raw chars per CPU-second of the extract stream threads ÷ extraction alone's raw chars per
 *                    second per core (its wall-clock rate on all cores ÷ the cores)
 * @param ownRate     raw chars per CPU-second of the extract stream threads
 */
record RatioFactors(double coresUsed, double share, double efficiency, double ownRate) {

    /**
     * @param chars          raw chars of the pages completed in the phase
     * @param windowSeconds  the phase's wall-clock time
     * @param processCpu     CPU time of the whole process in the phase, seconds
     * @param extractCpu     CPU time of the extract stream threads in the phase, seconds
     * @param cores          cores the process can use
     * @param aloneCharsPerSecond the ratio's denominator: extraction alone, raw chars per wall-clock second
     */
    static RatioFactors of(double chars, double windowSeconds, double processCpu, double extractCpu, int cores,
            double aloneCharsPerSecond) {
        if (windowSeconds <= 0 || processCpu <= 0 || extractCpu <= 0 || cores <= 0 || aloneCharsPerSecond <= 0) {
            throw new IllegalArgumentException("the phase's time, CPU, extract CPU, cores and the alone rate must be "
                    + "positive");
        }
        double ownRate = chars / extractCpu;
        return new RatioFactors(processCpu / (cores * windowSeconds), extractCpu / processCpu,
                ownRate / (aloneCharsPerSecond / cores), ownRate);
    }

    double ratio() {
        return coresUsed * share * efficiency;
    }

    String line() {
        return String.format(Locale.ROOT, "ratio %.2f = %.3f of the cores used × %.3f the extract threads' share of "
                + "that × %.3f their efficiency (%.0f raw chars per CPU-second of their own against %.0f per core "
                + "for extraction alone)", ratio(), coresUsed, share, efficiency, ownRate, ownRate / efficiency);
    }
}
