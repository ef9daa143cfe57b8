package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke run of {@code newsflow bench} with a handful of self-written pages and one-second phases on the real
 * embedded stack: every page comes out, a table is printed and the output ends with a well-formed summary line.
 * Checks shape and consistency only, never speed.
 */
class BenchCommandIT {
    private static final Pattern LINE = Pattern.compile("e2e pages_per_s=(\\d+\\.\\d{2}) chars_per_s=(\\d+) "
            + "p99_ms_at_half_load=(\\d+) ratio_to_extract=(\\d+\\.\\d{2}) peak_heap_mb=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void tinyRunCompletesEveryPageAndEndsWithTheSummaryLine() throws Exception {
        Files.writeString(dir.resolve("2026-05-01_p01.txt"), "# 老街改造完工\n\n本报记者 吴敏\n\n"
                + "老街改造历时一年，沿街二十多家老字号重新开张。\n\n# 夜市人气旺\n\n本报记者 钱多多\n\n"
                + "南京路夜市每晚吸引上万名游客，市商务局表示将延长营业时间。\n");
        Files.writeString(dir.resolve("2026-05-01_p02.txt"),
                "## 图书馆延长开放时间\n\n本报讯(记者冯明)市图书馆从下周起每天开放到晚上九点。\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new BenchCommand().run(List.of("--input", dir.toString(), "--pages", "4", "--warmup-pages", "3", "--seconds", "1",
                        "--partitions", "1", "--extractor", "hanlp", "--timeout", "120", "--paired-rounds", "3"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new CompletableFuture<>());
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, stdout + err.toString(StandardCharsets.UTF_8));

        List<String> lines = stdout.lines().toList();
        String last = lines.get(lines.size() - 1);
        Matcher m = LINE.matcher(last);
        assertTrue(m.matches(), "last line not well-formed: " + last);
        assertTrue(Double.parseDouble(m.group(1)) > 0, last);
        assertTrue(Long.parseLong(m.group(2)) > 0, last);
        // The ratio may round to 0.00 here: two tiny pages cost Kafka far more than extraction.
        assertTrue(Long.parseLong(m.group(5)) > 0, last);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("maximum load ") && l.contains(" 4 ")),
                "all 4 pages of the maximum-load phase complete:\n" + stdout);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("half load (")), stdout);
        // Extraction next to the maximum-load phase with the stack idle.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("extract, stack idle, before ")), stdout);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("extract, stack idle, after ")), stdout);
        // At least the 3 pages asked for, in rounds of 3, and at most 4 rounds while the JIT compilers stay busy.
        Matcher warm = Pattern.compile("warm-up \\(not measured\\): (\\d+) pages end to end .*JIT compilers at .* of the "
                + "CPU in its last round").matcher(stdout);
        assertTrue(warm.find(), stdout);
        int warmPages = Integer.parseInt(warm.group(1));
        assertTrue(warmPages >= 3 && warmPages <= 12 && warmPages % 3 == 0, warm.group());
        assertTrue(stdout.contains("dead letters 0"), stdout);
        // The in-process broker's request meters: the 4 pages were produced and their articles fetched.
        Matcher requests = Pattern.compile("broker requests during maximum load, per second: \\d+ in all, .*Produce \\d+")
                .matcher(stdout);
        assertTrue(requests.find(), stdout);
        assertTrue(stdout.contains("Fetch"), stdout);
        // The ratio taken apart: its three factors, whose product is the ratio of the last line.
        Matcher factors = Pattern.compile("(?m)^ratio (\\d+\\.\\d\\d) = \\d\\.\\d{3} of the cores used × \\d\\.\\d{3} the extract "
                + "threads' share of that × \\d+\\.\\d{3} their efficiency \\(\\d+ raw chars per CPU-second").matcher(stdout);
        assertTrue(factors.find(), stdout);
        assertEquals(m.group(4), factors.group(1), stdout);
        // The paired rounds: either counted, and their ratio is the sum of the end-to-end rates over the sum of the
        // extraction rates, or each round's backlog ran out and the next one sent twice as many pages.
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (stdout.contains("paired rounds: none counted")) {
            Matcher tooSoon = Pattern.compile("paired round (\\d): (\\d+) pages were done too soon").matcher(stderr);
            int previous = 0;
            for (int round = 1; round <= 3; round++) {
                assertTrue(tooSoon.find(), stderr);
                assertEquals(round, Integer.parseInt(tooSoon.group(1)), stderr);
                int sent = Integer.parseInt(tooSoon.group(2));
                assertTrue(previous == 0 || sent >= 2 * previous - 1, stderr);
                previous = sent;
            }
        } else {
            Matcher rounds = Pattern.compile("(?m)^paired rounds \\(.*\\): (.*)$").matcher(stdout);
            assertTrue(rounds.find(), stdout);
            double e2e = 0;
            double extract = 0;
            for (String round : rounds.group(1).split("; ")) {
                String[] parts = round.split(" [/=] ");
                e2e += Double.parseDouble(parts[0]);
                extract += Double.parseDouble(parts[1]);
            }
            Matcher ratio = Pattern.compile("(?m)^paired ratio (\\d+\\.\\d\\d) \\(rounds").matcher(stdout);
            assertTrue(ratio.find(), stdout);
            assertEquals(e2e / extract, Double.parseDouble(ratio.group(1)), 0.006, stdout);
        }
    }
}
