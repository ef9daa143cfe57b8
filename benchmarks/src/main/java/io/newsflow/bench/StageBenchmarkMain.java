package io.newsflow.bench;

import io.newsflow.extract.Extractors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link StageBenchmarks} through the JMH Runner API and then prints characters per second per
 * stage, extractor and input set.
 *
 * <p>Before running it decides what can be measured: an input set whose directory is missing is left
 * out with a message (so a machine without the shared seeds still measures the samples), and so is an
 * extractor that fails to load (the trained model may be absent or mid-change). The forked benchmark
 * JVMs get the resolved absolute input directories as system properties, so they read exactly what
 * this process checked. Any standard JMH option is accepted and wins over these defaults (e.g.
 * {@code -p inputSet=samples}, {@code -wi 5 -i 10}, a benchmark regexp such as {@code '.*extract'}).
 */
public final class StageBenchmarkMain {

    private static final List<String> SETS = List.of(StageInputs.SEEDS, StageInputs.SAMPLES);
    private static final List<String> EXTRACTORS = List.of("hanlp", "default");

    private StageBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("error: " + e.getMessage() + " (use -h for the options)");
            System.exit(2);
            return;
        }
        if (cli.shouldHelp()) {
            cli.showHelp();
            return;
        }
        if (cli.shouldList() || cli.shouldListWithParams() || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
            // JMH's own handling of the listing flags
            org.openjdk.jmh.Main.main(args);
            return;
        }
        PrintStream out = System.out;

        Path shared = StageInputs.sharedDirectory();
        Path samples = StageInputs.directory(StageInputs.SAMPLES);
        System.setProperty(StageInputs.SHARED_PROPERTY, shared.toString());
        System.setProperty(StageInputs.SAMPLES_PROPERTY, samples.toString());

        List<String> sets = wanted(cli, "inputSet", SETS);
        Map<String, StageInputs> inputs = new LinkedHashMap<>();
        for (String set : sets) {
            Optional<String> reason = StageInputs.unavailableReason(set);
            if (reason.isPresent()) {
                out.println("SKIPPED " + reason.get());
            } else {
                inputs.put(set, StageInputs.load(set));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("error: no input set can be read; nothing to benchmark");
            System.exit(1);
            return;
        }

        Map<String, String> extractorNames = new LinkedHashMap<>();
        for (String name : wanted(cli, "extractor", EXTRACTORS)) {
            try {
                extractorNames.put(name, Extractors.create(name).name());
            } catch (RuntimeException | LinkageError e) {
                out.println("SKIPPED extractor '" + name + "': failed to load (" + e + ")");
            }
        }
        if (extractorNames.isEmpty()) {
            out.println("SKIPPED extract and pipeline benchmarks: no extractor loads");
        }

        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(StageBenchmarks.class.getName() + "\\.");
        }
        if (extractorNames.isEmpty()) {
            options.exclude(StageBenchmarks.class.getName() + "\\.(extract|pipeline)$");
        } else {
            options.param("extractor", extractorNames.keySet().toArray(String[]::new));
        }
        options.param("inputSet", inputs.keySet().toArray(String[]::new));
        List<String> jvmArgs = new ArrayList<>(cli.getJvmArgsAppend().orElse(List.of("-Xmx2g", "-Dfile.encoding=UTF-8")));
        jvmArgs.add("-D" + StageInputs.SHARED_PROPERTY + "=" + shared);
        jvmArgs.add("-D" + StageInputs.SAMPLES_PROPERTY + "=" + samples);
        options.jvmArgsAppend(jvmArgs.toArray(String[]::new));

        for (StageInputs set : inputs.values()) {
            out.printf(Locale.ROOT, "input %-8s %d pages, %d items, raw %,d chars, normalized %,d chars, item bodies %,d chars (%s)%n",
                    set.name(), set.raw().size(), set.bodies().size(), set.rawChars(), set.normalizedChars(),
                    set.bodyChars(), set.directory());
        }
        extractorNames.forEach((param, name) -> out.println("extractor " + param + " = " + name));

        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.isEmpty()) {
            System.err.println("error: JMH produced no results (see the output above for the failure)");
            System.exit(1);
            return;
        }
        printTable(out, results, inputs, extractorNames);
    }

    /** Values of a benchmark parameter: those given with -p, else all known ones. */
    private static List<String> wanted(CommandLineOptions cli, String param, List<String> all) {
        return cli.getParameter(param).hasValue() ? List.copyOf(cli.getParameter(param).get()) : all;
    }

    private static void printTable(PrintStream out, Collection<RunResult> results, Map<String, StageInputs> inputs,
                                   Map<String, String> extractorNames) {
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String stage = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String set = result.getParams().getParam("inputSet");
            String extractor = result.getParams().getParam("extractor");
            String page = result.getParams().getParam("page");
            StageInputs in = inputs.get(set);
            if (in == null) {
                continue;
            }
            if (page != null && !StageInputs.ALL_PAGES.equals(page)) {
                in = StageInputs.load(set, page);
            }
            long charsPerOp = switch (stage) {
                case "split" -> in.normalizedChars();
                case "extract" -> in.bodyChars();
                default -> in.rawChars();
            };
            rows.add(new Row(stage, extractor == null ? "-" : extractorNames.getOrDefault(extractor, extractor), set,
                    page == null ? StageInputs.ALL_PAGES : page, charsPerOp, in.rawChars(), result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError(), cpuOpsPerSecond(result)));
        }
        rows.sort(Comparator.comparing(Row::set).thenComparing(Row::page).thenComparing(r -> List.of("normalize", "split", "extract", "pipeline").indexOf(r.stage()))
                .thenComparing(Row::extractor));
        Runtime rt = Runtime.getRuntime();
        out.println();
        out.printf(Locale.ROOT, "Stage throughput, single thread after warm-up (%d cores visible, Java %s, %s %s)%n",
                rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        out.println("chars = Unicode code points; stage input: normalize/pipeline = raw page, split = normalized blocks, extract = item bodies;");
        out.println("raw = the same rate in raw-page characters; /s = wall clock (lowered when other processes take the CPU), /CPU-s = benchmark thread CPU time");
        String header = String.format(Locale.ROOT, "%-9s  %-50s  %-7s  %-5s  %10s  %-20s  %11s  %11s  %11s  %11s",
                "stage", "extractor", "input", "page", "chars/op", "ops/s (± 99.9%)", "chars/s", "raw chars/s",
                "chars/CPU-s", "raw/CPU-s");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Row r : rows) {
            // JMH reports no error interval for fewer than 3 measurement iterations
            String ops = Double.isNaN(r.error())
                    ? String.format(Locale.ROOT, "%.2f", r.opsPerSecond())
                    : String.format(Locale.ROOT, "%.2f ± %.2f", r.opsPerSecond(), r.error());
            out.printf(Locale.ROOT, "%-9s  %-50s  %-7s  %-5s  %,10d  %-20s  %,11.0f  %,11.0f  %,11.0f  %,11.0f%n",
                    r.stage(), r.extractor(), r.set(), r.page(), r.charsPerOp(), ops,
                    r.opsPerSecond() * r.charsPerOp(), r.opsPerSecond() * r.rawCharsPerOp(),
                    r.cpuOpsPerSecond() * r.charsPerOp(), r.cpuOpsPerSecond() * r.rawCharsPerOp());
        }
    }

    /** Operations per second of benchmark-thread CPU time, from the {@link StageBenchmarks.CpuTime} counters; NaN when absent. */
    private static double cpuOpsPerSecond(RunResult result) {
        Result<?> nanos = result.getSecondaryResults().get("cpuNanos");
        Result<?> ops = result.getSecondaryResults().get("cpuTimedOps");
        if (nanos == null || ops == null || nanos.getScore() <= 0) {
            return Double.NaN;
        }
        // both counters are aggregated the same way over the iterations, so their ratio is per operation
        return ops.getScore() / (nanos.getScore() / 1e9);
    }

    private record Row(String stage, String extractor, String set, String page, long charsPerOp, long rawCharsPerOp,
                       double opsPerSecond, double error, double cpuOpsPerSecond) {
    }
}
