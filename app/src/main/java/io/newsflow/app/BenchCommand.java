package io.newsflow.app;

import io.newsflow.app.bench.BenchOptions;
import io.newsflow.app.bench.EndToEndBench;
import io.newsflow.stream.UntilShutdown;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/**
 * {@code newsflow bench}: the end-to-end benchmark on the embedded stack ({@link EndToEndBench}). Prints a table
 * and ends with the line {@code e2e pages_per_s=… chars_per_s=… p99_ms_at_half_load=… ratio_to_extract=…
 * peak_heap_mb=…}. Exit code 0 when every published page came out, 1 when a phase did not complete (the line is
 * still printed, over the completed pages), 2 for bad options.
 */
public final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "end-to-end throughput, latency and peak heap on the embedded stack vs. extract alone";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        return UntilShutdown.run("newsflow-bench-shutdown", Duration.ofSeconds(60), stop -> run(args, out, err, stop));
    }

    int run(List<String> args, PrintStream out, PrintStream err, Future<?> stop) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("newsflow bench: " + e.getMessage());
            err.println("Try 'newsflow bench --help'.");
            return 2;
        }
        if (options.help()) {
            out.println(BenchOptions.USAGE);
            return 0;
        }
        try {
            return new EndToEndBench(options, out, err, stop).run().complete() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("newsflow bench: " + e.getMessage());
            return 2;
        }
    }
}
