package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.testing.BrokerAndRegistry;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawPage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The producer, the CLI and watch mode against a real in-JVM KRaft broker and the in-process Schema Registry
 * over HTTP; everything is read back from the topics with {@link AvroSerde}. One broker for the class: each
 * test uses its own publication prefix in file names, hence its own keys.
 */
class IngestIT {

    /** The raw topic keeps Kafka's default record limit (1 MiB), below the producer's 2 MiB page limit. */
    private static final int RAW_TOPIC_MAX_MESSAGE_BYTES = 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrokerAndRegistry broker = new BrokerAndRegistry();

    @TempDir
    Path dir;

    @BeforeAll
    static void createTopics() {
        broker.kafka().createTopic(Topics.RAW_PAGES.name(), 3,
                Map.of("max.message.bytes", Integer.toString(RAW_TOPIC_MAX_MESSAGE_BYTES)));
        broker.kafka().createTopic(Topics.DLQ_INGEST.name(), 1, Map.of());
    }

    private static IngestSettings settings() {
        return IngestSettings.defaults(broker.bootstrapServers()).withFeedName("ingest-it");
    }

    @Test
    void filesArePublishedKeyedByPageIdWithContentAndHash() throws Exception {
        String front = "2025年7月3日 星期四 第1版\n\n要闻\n\n本报北京7月2日电 会议在京召开。\n";
        String inside = "科技智讯\n\n工业和信息化部发布新规。\n";
        String plain = "没有日期的稿件。\n";
        Path a = write("files_20250703_A01.txt", front);
        Path b = write("files_2025-07-03_p07.txt", inside);
        Path c = write("files-plain.txt", plain);

        List<PublishResult> results = new ArrayList<>();
        ProgressReporter progress = ProgressReporter.silent();
        try (PageProducer producer = PageProducer.create(settings(), broker.registry(), progress)) {
            for (Path p : List.of(a, b, c)) {
                results.add(producer.publish(p).get(30, TimeUnit.SECONDS));
            }
        }
        assertEquals(List.of("files/2025-07-03/A01", "files/2025-07-03/p07", "file/files-plain.txt"),
                results.stream().map(r -> r.pageId().id()).toList());
        assertTrue(results.stream().allMatch(PublishResult::published));
        assertEquals(3, progress.snapshot().pages());

        Map<String, ConsumerRecord<String, RawPage>> byKey = read(Topics.RAW_PAGES,
                r -> r.key().startsWith("files/") || r.key().equals("file/files-plain.txt"), 3).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r));
        RawPage first = byKey.get("files/2025-07-03/A01").value();
        assertEquals(front, first.getContent());
        assertEquals("files_20250703_A01.txt", first.getSource());
        assertEquals("2025-07-03", first.getEditionDate());
        assertEquals(1, first.getPageNumber());
        assertEquals(PageProducer.sha256(front.getBytes(StandardCharsets.UTF_8)), first.getContentSha256());
        assertEquals(front.getBytes(StandardCharsets.UTF_8).length, first.getByteLength());
        assertEquals("ingest-it", first.getFeed());
        RawPage third = byKey.get("file/files-plain.txt").value();
        assertNull(third.getEditionDate());
        assertNull(third.getPageNumber());
        assertEquals(plain, third.getContent());
        // The future tells exactly where each record went.
        for (PublishResult r : results) {
            ConsumerRecord<String, RawPage> rec = byKey.get(r.pageId().id());
            assertEquals(r.partition(), rec.partition());
            assertEquals(r.offset(), rec.offset());
            assertEquals(r.contentSha256(), rec.value().getContentSha256());
        }
    }

    @Test
    void badInputsBecomeDeadLettersWithReasonsWhileGoodFilesGoThrough() throws Exception {
        IngestSettings settings = settings().withMaxPageBytes(4096).withMaxDeadLetterBytes(1000);
        List<Path> inputs = List.of(
                write("bad_20250704_p01.txt", "第一版正文。\n"),
                write("bad-empty.txt", ""),
                write("bad-blank.txt", " \n\u3000\n"),
                writeBytes("bad-binary.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                writeBytes("bad-gbk.txt", "中文稿件，编码不是UTF-8。".getBytes(Charset.forName("GBK"))),
                write("bad-oversized.txt", "长".repeat(3000)),
                write("bad_20250704_p02.txt", "第二版正文。\n"));
        List<PublishResult> results = new ArrayList<>();
        try (PageProducer producer = PageProducer.create(settings, broker.registry(), ProgressReporter.silent())) {
            List<CompletableFuture<PublishResult>> futures = inputs.stream().map(producer::publish).toList();
            for (CompletableFuture<PublishResult> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            // The feed keeps going after the bad inputs.
            results.add(producer.publish(write("bad_20250704_p03.txt", "第三版正文。\n")).get(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of("PUBLISHED", "DEAD_LETTER:EMPTY", "DEAD_LETTER:EMPTY", "DEAD_LETTER:BINARY",
                        "DEAD_LETTER:NOT_UTF8", "DEAD_LETTER:TOO_LARGE", "PUBLISHED", "PUBLISHED"),
                results.stream().map(PublishResult::outcomeCode).toList());

        List<ConsumerRecord<String, RawPage>> pages = read(Topics.RAW_PAGES, r -> r.key().startsWith("bad/"), 3);
        assertEquals(List.of("bad/2025-07-04/p01", "bad/2025-07-04/p02", "bad/2025-07-04/p03"),
                pages.stream().map(ConsumerRecord::key).sorted().toList());

        Map<String, DeadLetter> letters = read(Topics.DLQ_INGEST,
                r -> r.value().getSourceName().startsWith("bad-"), 5).stream()
                .collect(Collectors.toMap(r -> r.value().getSourceName(), ConsumerRecord::value));
        assertEquals(Map.of("bad-empty.txt", "EMPTY", "bad-blank.txt", "EMPTY", "bad-binary.png", "BINARY",
                        "bad-gbk.txt", "NOT_UTF8", "bad-oversized.txt", "TOO_LARGE"),
                letters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getErrorClass())));
        for (DeadLetter d : letters.values()) {
            assertEquals("ingest", d.getStage());
            assertTrue(d.getErrorMessage().contains(d.getSourceName()), d.getErrorMessage());
            assertNull(d.getSourceTopic());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("bad-gbk.txt")), bytes(letters.get("bad-gbk.txt").getOriginalValue()));
        byte[] oversized = bytes(letters.get("bad-oversized.txt").getOriginalValue());
        assertEquals(1000, oversized.length);
        assertArrayEquals(Arrays.copyOf(Files.readAllBytes(dir.resolve("bad-oversized.txt")), 1000), oversized);
        assertTrue(letters.get("bad-oversized.txt").getErrorMessage().contains("9000 bytes"));
    }

    @Test
    void pageTheBrokerRefusesAsTooLargeIsDeadLetteredNotLost() throws Exception {
        // Random CJK text compresses poorly: ~2.07 MB of it stays above the topic's 1 MiB limit after zstd.
        Random random = new Random(42);
        StringBuilder s = new StringBuilder();
        while (s.length() < 690_000) {
            s.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        Path big = write("huge_20250705_p01.txt", s.toString());
        PublishResult r;
        try (PageProducer producer = PageProducer.create(settings(), broker.registry(), ProgressReporter.silent())) {
            r = producer.publish(big).get(60, TimeUnit.SECONDS);
            // The producer is still usable afterwards.
            assertTrue(producer.publish(write("huge_20250705_p02.txt", "小稿件。")).get(30, TimeUnit.SECONDS).published());
        }
        assertEquals("DEAD_LETTER:TOO_LARGE", r.outcomeCode());
        DeadLetter d = read(Topics.DLQ_INGEST, x -> x.value().getSourceName().equals("huge_20250705_p01.txt"), 1).get(0).value();
        assertEquals("TOO_LARGE", d.getErrorClass());
        assertTrue(d.getErrorMessage().contains("max.message.bytes"), d.getErrorMessage());
        assertEquals(IngestSettings.DEFAULT_MAX_DEAD_LETTER_BYTES, d.getOriginalValue().remaining());
    }

    @Test
    void cliPublishesFilesAndStdinAndPrintsWhatWasSent() throws Exception {
        Path d = Files.createDirectories(dir.resolve("in"));
        write(d, "cli_2025-07-06_p01.txt", "版面一。\n");
        write(d, "cli_2025-07-06_p02.txt", "版面二。\n");
        write(d, ".hidden.txt", "不发送。\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IngestCli.run(List.of("--bootstrap-servers", broker.bootstrapServers(), "--registry-url", broker.registryUrl(),
                        "--progress-every", "1", d.toString(), "-", "--stdin-name", "cli_20250706_B03.txt"),
                new ByteArrayInputStream("来自标准输入的版面。\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = stdout.lines().toList();
        assertEquals(4, lines.size(), stdout);
        assertTrue(lines.get(0).contains("\"page_id\":\"cli/2025-07-06/p01\""), lines.get(0));
        assertTrue(lines.get(2).contains("\"page_id\":\"cli/2025-07-06/B03\"") && lines.get(2).contains("\"source\":\"cli_20250706_B03.txt\""),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"summary\":true,\"pages\":3,\"dead_letters\":0,\"failed\":0"), lines.get(3));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ingest: 3 pages"), err.toString(StandardCharsets.UTF_8));
        List<ConsumerRecord<String, RawPage>> pages = read(Topics.RAW_PAGES, r -> r.key().startsWith("cli/"), 3);
        assertEquals(List.of("cli/2025-07-06/B03", "cli/2025-07-06/p01", "cli/2025-07-06/p02"),
                pages.stream().map(ConsumerRecord::key).sorted().toList());
    }

    @Test
    void cliUsageErrorsNameTheOption() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IngestCli.run(List.of("--bootstrap-servers", "nohostport", "--registry-url", "http://x:1", "-"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--bootstrap-servers"));
    }

    @Test
    void cliFailsAtStartNamingTheRegistryUrlWhenTheRegistryIsUnreachable() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IngestCli.run(List.of("--bootstrap-servers", broker.bootstrapServers(), "--registry-url", "http://127.0.0.1:1", "-"),
                new ByteArrayInputStream("正文".getBytes(StandardCharsets.UTF_8)), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--registry-url http://127.0.0.1:1"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void preflightNamesTheBootstrapServersWhenKafkaIsUnreachable() throws Exception {
        IngestOptions options = IngestOptions.parse(List.of("--bootstrap-servers", "127.0.0.1:1", "--registry-url",
                broker.registryUrl(), "-"));
        String error = IngestCli.preflight(options, broker.registry(), new PrintStream(new ByteArrayOutputStream()), Duration.ofSeconds(2));
        assertTrue(error != null && error.contains("--bootstrap-servers 127.0.0.1:1"), error);
        IngestOptions good = IngestOptions.parse(List.of("--bootstrap-servers", broker.bootstrapServers(), "--registry-url",
                broker.registryUrl(), "-"));
        assertNull(IngestCli.preflight(good, broker.registry(), new PrintStream(new ByteArrayOutputStream()), Duration.ofSeconds(10)));
    }

    @Test
    void watcherPublishesNewFilesAndARestartedWatcherDoesNotResendThem() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path state = dir.resolve("state");
        DirectoryWatcher.Timing timing = new DirectoryWatcher.Timing(Duration.ofMillis(200), Duration.ofMillis(500));
        write(inbox, "watch_2025-07-07_p01.txt", "启动前就在的版面。\n");

        try (PageProducer producer = PageProducer.create(settings(), broker.registry(), ProgressReporter.silent())) {
            DirectoryWatcher watcher = DirectoryWatcher.open(inbox, state, producer, timing);
            try {
                watcher.start();
                // A feed writing a temp file then renaming it: only the final name is published, complete.
                Path tmp = write(inbox, "watch_2025-07-07_p02.txt.part", "半截");
                Files.writeString(tmp, "半截的版面写完了。\n");
                Files.move(tmp, inbox.resolve("watch_2025-07-07_p02.txt"), StandardCopyOption.ATOMIC_MOVE);
                write(inbox, "watch-empty.txt", "");
                awaitLedger(watcher, 3);
            } finally {
                watcher.close();
            }
        }
        assertEquals(List.of("watch/2025-07-07/p01", "watch/2025-07-07/p02"), keys(read(Topics.RAW_PAGES,
                r -> r.key().startsWith("watch/"), 2)));
        assertEquals(1, read(Topics.DLQ_INGEST, r -> r.value().getSourceName().equals("watch-empty.txt"), 1).size());

        // Restart: an unchanged file, a touched file (same content, new mtime), a changed file, a new file.
        Path p01 = inbox.resolve("watch_2025-07-07_p01.txt");
        Files.setLastModifiedTime(p01, FileTime.fromMillis(Files.getLastModifiedTime(p01).toMillis() + 60_000));
        Files.writeString(inbox.resolve("watch_2025-07-07_p02.txt"), "更正后的版面。\n");
        write(inbox, "watch_2025-07-07_p03.txt", "重启后新到的版面。\n");
        try (PageProducer producer = PageProducer.create(settings(), broker.registry(), ProgressReporter.silent())) {
            DirectoryWatcher watcher = DirectoryWatcher.open(inbox, state, producer, timing);
            try {
                watcher.start();
                read(Topics.RAW_PAGES, r -> r.key().equals("watch/2025-07-07/p03"), 1);
                awaitLedgerSha(watcher, "watch_2025-07-07_p02.txt", "更正后的版面。\n");
                awaitLedgerMtime(watcher, p01);
                Thread.sleep(1500); // three more rescans: nothing else may be sent
            } finally {
                watcher.close();
            }
        }
        List<ConsumerRecord<String, RawPage>> all = readAll(Topics.RAW_PAGES, r -> r.key().startsWith("watch/"));
        assertEquals(List.of("watch/2025-07-07/p01", "watch/2025-07-07/p02", "watch/2025-07-07/p02", "watch/2025-07-07/p03"),
                keys(all), "p01 must not be re-sent (unchanged content), p02 re-sent once as a new version");
        List<String> p02Versions = all.stream().filter(r -> r.key().endsWith("p02")).map(r -> r.value().getContent()).toList();
        assertEquals(List.of("半截的版面写完了。\n", "更正后的版面。\n"), p02Versions);
        assertEquals(1, readAll(Topics.DLQ_INGEST, r -> r.value().getSourceName().equals("watch-empty.txt")).size(),
                "the dead-lettered empty file must not be dead-lettered again after the restart");
    }

    // ---------------------------------------------------------------- helpers

    private Path write(String name, String text) throws IOException {
        return write(dir, name, text);
    }

    private static Path write(Path d, String name, String text) throws IOException {
        return Files.writeString(d.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private static <T> List<String> keys(List<ConsumerRecord<String, T>> records) {
        return records.stream().map(ConsumerRecord::key).sorted().toList();
    }

    private static void awaitLedger(DirectoryWatcher watcher, int entries) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (watcher.ledger().size() < entries || !watcher.inFlight().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ledger has " + watcher.ledger().size() + " entries, expected " + entries);
            }
            Thread.sleep(50);
        }
    }

    private static void awaitLedgerSha(DirectoryWatcher watcher, String path, String content) throws InterruptedException {
        String sha = PageProducer.sha256(content.getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!watcher.ledger().get(path).map(e -> e.sha256().equals(sha)).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ledger never recorded the new version of " + path);
            }
            Thread.sleep(50);
        }
    }

    private static void awaitLedgerMtime(DirectoryWatcher watcher, Path file) throws Exception {
        long mtime = Files.getLastModifiedTime(file).toMillis();
        String name = file.getFileName().toString();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!watcher.ledger().get(name).map(e -> e.mtimeMillis() == mtime).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ledger never noticed the touch of " + name);
            }
            Thread.sleep(50);
        }
    }

    /** Waits until at least {@code expected} matching records are on the topic, then returns all matching ones. */
    private static <T extends SpecificRecord> List<ConsumerRecord<String, T>> read(
            Topic<T> topic, Predicate<ConsumerRecord<String, T>> match, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<ConsumerRecord<String, T>> found = readAll(topic, match);
            if (found.size() >= expected) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + expected + " matching records on " + topic.name() + ", found "
                        + found.size() + ": " + found.stream().map(ConsumerRecord::key).toList());
            }
        }
    }

    /** Every matching record currently on the topic, in partition then offset order. */
    private static <T extends SpecificRecord> List<ConsumerRecord<String, T>> readAll(
            Topic<T> topic, Predicate<ConsumerRecord<String, T>> match) {
        Deserializer<T> values = AvroSerde.forTopic(topic, broker.registry()).deserializer();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024));
        List<ConsumerRecord<String, T>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic.name() + " to its end");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    ConsumerRecord<String, T> typed = new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(),
                            values.deserialize(r.topic(), r.value()));
                    if (match.test(typed)) {
                        out.add(typed);
                    }
                }
            }
        }
        out.sort((x, y) -> x.partition() != y.partition() ? Integer.compare(x.partition(), y.partition())
                : Long.compare(x.offset(), y.offset()));
        return out;
    }
}
