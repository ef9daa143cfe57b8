package io.newsflow.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parsed and validated options of {@code newsflow ingest}. {@link #parse} throws {@link UsageException}
 * naming the offending option; nothing is connected or opened here.
 *
 * @param settings         producer settings
 * @param registryUrl      Schema Registry base URL
 * @param watchDir         directory to watch, or null for one-shot mode
 * @param stateDir         where the watch ledger lives (null: a hidden file in the watched directory)
 * @param timing           watch timing
 * @param inputs           one-shot inputs in order: files, and {@link #STDIN} for {@code -}
 * @param stdinName        name to derive the stdin page id from, or null
 * @param progressEvery    progress line every N inputs (0 = off)
 * @param progressSeconds  progress line every N seconds (0 = off)
 * @param help             {@code --help} was given (everything else is then ignored)
 */
public record IngestOptions(IngestSettings settings, String registryUrl, Path watchDir, Path stateDir,
                            DirectoryWatcher.Timing timing, List<Path> inputs, String stdinName,
                            int progressEvery, int progressSeconds, boolean help) {

    /** Marker in {@link #inputs()} for standard input. */
    public static final Path STDIN = Path.of("-");

    /** A command-line error; the message names the option. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public IngestOptions {
        inputs = List.copyOf(inputs);
    }

    public boolean watchMode() {
        return watchDir != null;
    }

    public static final String USAGE = String.join("\n",
            "usage: newsflow ingest --bootstrap-servers HOST:PORT --registry-url URL [OPTIONS] (--watch DIR | FILE|DIR... | -)",
            "",
            "Publishes raw newspaper pages to topic newsflow.pages.raw (key = page id, Avro value with content and",
            "SHA-256); bad inputs (empty, not UTF-8, too large, binary, unreadable) go to newsflow.dlq.ingest.",
            "",
            "Inputs:",
            "  FILE...                     publish these files; a DIR argument means the regular files directly in it",
            "  -                           publish standard input as one page",
            "  --watch DIR                 publish files as they appear in DIR until stopped (Ctrl-C); files already",
            "                              published (recorded in the ledger) are not sent again after a restart",
            "Required:",
            "  --bootstrap-servers H:P[,H:P]  Kafka brokers",
            "  --registry-url URL          Confluent-compatible Schema Registry, e.g. http://localhost:8081",
            "Options:",
            "  --feed NAME                 producer/feed name written to each page (default " + IngestSettings.DEFAULT_FEED + ")",
            "  --stdin-name NAME           treat stdin as a file of this name (page id and source), e.g. 2025-07-03_p05.txt",
            "  --max-page-bytes N          page size limit, suffix k/m allowed (default 2m); larger inputs are TOO_LARGE",
            "  --max-dead-letter-bytes N   original bytes kept per dead letter (default 256k)",
            "  --max-control-ratio R       share of control characters that makes text BINARY (default 0.01)",
            "  --compression C             zstd, lz4, gzip, snappy or none (default zstd)",
            "  --linger-ms N               producer linger.ms (default " + IngestSettings.DEFAULT_LINGER_MS + ")",
            "  --batch-bytes N             producer batch.size (default 256k)",
            "  --producer-property K=V     extra Kafka producer property (repeatable)",
            "  --progress-every N          progress line every N inputs (default 100, 0 = off)",
            "  --progress-seconds N        progress line every N seconds (default 10, 0 = off)",
            "Watch mode:",
            "  --state-dir DIR             where the ledger of published files lives (default: hidden file in the",
            "                              watched directory, " + DirectoryWatcher.LEDGER_FILE + ")",
            "  --settle-ms N               a file is complete when size and mtime are unchanged this long (default 1000)",
            "  --rescan-seconds N          full rescan interval, a safety net for missed events (default 10)",
            "",
            "Output: one JSON line per input on stdout (page_id, outcome, reason, sha256, topic, partition, offset),",
            "then a JSON summary; progress on stderr. Exit 0 when every input was published or dead-lettered,",
            "1 when some could not be delivered, 2 on usage errors.");

    /** Parses and validates the arguments after {@code ingest}. */
    public static IngestOptions parse(List<String> args) {
        Objects.requireNonNull(args, "args");
        String bootstrap = null;
        String registry = null;
        String watch = null;
        String stateDir = null;
        String feed = IngestSettings.DEFAULT_FEED;
        String stdinName = null;
        long maxPage = PageValidator.DEFAULT_MAX_BYTES;
        long maxDlq = IngestSettings.DEFAULT_MAX_DEAD_LETTER_BYTES;
        double controlRatio = PageValidator.DEFAULT_MAX_CONTROL_RATIO;
        String compression = IngestSettings.DEFAULT_COMPRESSION;
        long linger = IngestSettings.DEFAULT_LINGER_MS;
        long batch = IngestSettings.DEFAULT_BATCH_BYTES;
        long progressEvery = 100;
        long progressSeconds = 10;
        long settleMs = DirectoryWatcher.Timing.defaults().settle().toMillis();
        double rescanSeconds = DirectoryWatcher.Timing.defaults().rescan().toMillis() / 1000.0;
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean endOfOptions = false;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (endOfOptions || arg.equals("-") || !arg.startsWith("-")) {
                positional.add(arg);
                continue;
            }
            String option = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                option = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (option) {
                case "--" -> endOfOptions = true;
                case "-h", "--help" -> {
                    return new IngestOptions(null, null, null, null, null, List.of(), null, 0, 0, true);
                }
                case "--bootstrap-servers" -> bootstrap = value(args, i++, option, inline);
                case "--registry-url" -> registry = value(args, i++, option, inline);
                case "--watch" -> watch = value(args, i++, option, inline);
                case "--state-dir" -> stateDir = value(args, i++, option, inline);
                case "--feed" -> feed = value(args, i++, option, inline);
                case "--stdin-name" -> stdinName = value(args, i++, option, inline);
                case "--max-page-bytes" -> maxPage = size(option, value(args, i++, option, inline));
                case "--max-dead-letter-bytes" -> maxDlq = size(option, value(args, i++, option, inline));
                case "--max-control-ratio" -> controlRatio = decimal(option, value(args, i++, option, inline));
                case "--compression" -> compression = value(args, i++, option, inline);
                case "--linger-ms" -> linger = size(option, value(args, i++, option, inline));
                case "--batch-bytes" -> batch = size(option, value(args, i++, option, inline));
                case "--progress-every" -> progressEvery = size(option, value(args, i++, option, inline));
                case "--progress-seconds" -> progressSeconds = size(option, value(args, i++, option, inline));
                case "--settle-ms" -> settleMs = size(option, value(args, i++, option, inline));
                case "--rescan-seconds" -> rescanSeconds = decimal(option, value(args, i++, option, inline));
                case "--producer-property" -> {
                    String kv = value(args, i++, option, inline);
                    int at = kv.indexOf('=');
                    if (at <= 0) {
                        throw new UsageException("--producer-property expects KEY=VALUE, got '" + kv + "'");
                    }
                    overrides.put(kv.substring(0, at).trim(), kv.substring(at + 1).trim());
                }
                default -> throw new UsageException("unknown option '" + arg + "' (see newsflow ingest --help)");
            }
            if (inline != null && option.equals("--")) {
                throw new UsageException("'--' takes no value");
            }
            // value() consumed the next argument only when the value was not given inline
            if (inline != null) {
                i--;
            }
        }

        if (bootstrap == null) {
            throw new UsageException("--bootstrap-servers is required (host:port[,host:port...])");
        }
        if (registry == null) {
            throw new UsageException("--registry-url is required (e.g. http://localhost:8081)");
        }
        checkRegistryUrl(registry);
        if (watch == null && positional.isEmpty()) {
            throw new UsageException("nothing to ingest: give --watch DIR, one or more FILEs, or - for stdin");
        }
        if (watch != null && !positional.isEmpty()) {
            throw new UsageException("--watch cannot be combined with FILE or - arguments (got " + positional + ")");
        }
        if (watch == null && stateDir != null) {
            throw new UsageException("--state-dir only applies with --watch");
        }
        Path watchDir = null;
        if (watch != null) {
            watchDir = Path.of(watch);
            if (!Files.isDirectory(watchDir)) {
                throw new UsageException("--watch: '" + watch + "' is not an existing directory");
            }
        }
        Path state = null;
        if (stateDir != null) {
            state = Path.of(stateDir);
            if (Files.exists(state) && !Files.isDirectory(state)) {
                throw new UsageException("--state-dir: '" + stateDir + "' exists and is not a directory");
            }
        }
        List<Path> inputs = new ArrayList<>();
        boolean stdinSeen = false;
        for (String p : positional) {
            if (p.equals("-")) {
                if (stdinSeen) {
                    throw new UsageException("- (stdin) given more than once");
                }
                stdinSeen = true;
                inputs.add(STDIN);
            } else {
                Path path = Path.of(p);
                if (!Files.exists(path)) {
                    throw new UsageException("FILE argument '" + p + "' does not exist");
                }
                inputs.add(path);
            }
        }
        if (stdinName != null && !stdinSeen) {
            throw new UsageException("--stdin-name only applies when - (stdin) is an input");
        }
        if (stdinName != null && (stdinName.isBlank() || stdinName.contains("/"))) {
            throw new UsageException("--stdin-name must be a plain file name, got '" + stdinName + "'");
        }
        if (maxDlq > Integer.MAX_VALUE) {
            throw new UsageException("--max-dead-letter-bytes is too large: " + maxDlq);
        }
        if (linger > Integer.MAX_VALUE || batch > Integer.MAX_VALUE) {
            throw new UsageException((linger > Integer.MAX_VALUE ? "--linger-ms" : "--batch-bytes") + " is too large");
        }
        if (progressEvery > Integer.MAX_VALUE || progressSeconds > 86_400) {
            throw new UsageException(progressEvery > Integer.MAX_VALUE
                    ? "--progress-every is too large" : "--progress-seconds must be at most 86400");
        }
        try {
            IngestSettings settings = new IngestSettings(bootstrap, feed, maxPage, (int) maxDlq, controlRatio,
                    compression, (int) linger, (int) batch, overrides);
            DirectoryWatcher.Timing timing = new DirectoryWatcher.Timing(Duration.ofMillis(settleMs),
                    Duration.ofMillis(Math.round(rescanSeconds * 1000)));
            return new IngestOptions(settings, registry, watchDir, state, timing, inputs, stdinName,
                    (int) progressEvery, (int) progressSeconds, false);
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String value(List<String> args, int i, String option, String inline) {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        String v = args.get(i + 1);
        if (v.startsWith("--")) {
            throw new UsageException(option + " needs a value, got option '" + v + "'");
        }
        return v;
    }

    /** A non-negative integer with an optional binary suffix k/m/g (KiB, MiB, GiB). */
    static long size(String option, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (t.endsWith("kib") || t.endsWith("mib") || t.endsWith("gib")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("kb") || t.endsWith("mb") || t.endsWith("gb")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("k")) {
            factor = 1024;
        } else if (t.endsWith("m")) {
            factor = 1024 * 1024;
        } else if (t.endsWith("g")) {
            factor = 1024L * 1024 * 1024;
        }
        if (factor > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n < 0) {
                throw new UsageException(option + " must not be negative, got '" + text + "'");
            }
            return Math.multiplyExact(n, factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException(option + " expects a whole number (k/m/g suffix allowed), got '" + text + "'");
        }
    }

    private static double decimal(String option, String text) {
        try {
            double d = Double.parseDouble(text.trim());
            if (!Double.isFinite(d) || d < 0) {
                throw new UsageException(option + " must be a non-negative number, got '" + text + "'");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " expects a number, got '" + text + "'");
        }
    }

    private static void checkRegistryUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new UsageException("--registry-url must be an http(s) URL with a host, e.g. http://localhost:8081; got '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("--registry-url is not a valid URL: '" + url + "' (" + e.getMessage() + ")");
        }
    }
}
