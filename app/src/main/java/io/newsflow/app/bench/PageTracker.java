package io.newsflow.app.bench;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Knows when each published page is complete: reads {@link Topics#ENRICHED_ARTICLES} with read_committed (only
 * what the exactly-once extract application committed) from the end as of construction, and marks a page complete
 * when it has seen each index of its {@code item_count} articles. Dead letters on any stage's topic are counted.
 * Pages are registered with {@link #expect} before they are sent; others are ignored.
 */
final class PageTracker implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(100);

    private static final class Page {
        final String phase;
        final long chars;
        final long sentNanos;
        final BitSet seen = new BitSet();
        int items;
        volatile long doneNanos;

        Page(String phase, int items, long chars, long sentNanos) {
            this.phase = phase;
            this.items = items;
            this.chars = chars;
            this.sentNanos = sentNanos;
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroSerde<EnrichedArticle> serde;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> completed = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastCompletion = new ConcurrentHashMap<>();
    private final AtomicLong deadLetters = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean started;
    private volatile Throwable failure;

    PageTracker(String bootstrapServers, SchemaRegistryClient registry) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-bench-tracker");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, registry);
        List<TopicPartition> parts = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        topics.add(Topics.ENRICHED_ARTICLES.name());
        topics.addAll(Topics.deadLetterNames());
        for (String t : topics) {
            consumer.partitionsFor(t).forEach(i -> parts.add(new TopicPartition(t, i.partition())));
        }
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position); // resolve now, before any page is sent
        thread = new Thread(this::loop, "newsflow-bench-tracker");
        thread.setDaemon(true);
    }

    void start() {
        started = true;
        thread.start();
    }

    /** Registers a page about to be sent now; its latency clock starts here. */
    void expect(String pageId, String phase, int items, long chars) {
        pages.put(pageId, new Page(phase, items, chars, System.nanoTime()));
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.topic().equals(Topics.ENRICHED_ARTICLES.name())) {
                        Article a = serde.deserialize(r.topic(), r.value()).getArticle();
                        seen(a.getPageId(), a.getIndex(), a.getItemCount());
                    } else {
                        deadLetters.incrementAndGet();
                    }
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (Throwable e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void seen(String pageId, int index, int itemCount) {
        Page page = pages.get(pageId);
        if (page == null || page.doneNanos != 0) {
            return;
        }
        page.items = itemCount; // the stream's own count wins over the offline one
        page.seen.set(index);
        if (page.seen.cardinality() >= page.items) {
            long now = System.nanoTime();
            page.doneNanos = now;
            lastCompletion.computeIfAbsent(page.phase, k -> new AtomicLong()).accumulateAndGet(now, Math::max);
            completed.computeIfAbsent(page.phase, k -> new AtomicLong()).incrementAndGet();
        }
    }

    int completed(String phase) {
        AtomicLong c = completed.get(phase);
        return c == null ? 0 : (int) c.get();
    }

    long lastCompletionNanos(String phase) {
        AtomicLong c = lastCompletion.get(phase);
        return c == null ? System.nanoTime() : c.get();
    }

    /** Raw characters of the completed pages of a phase. */
    long completedChars(String phase) {
        return pages.values().stream().filter(p -> p.phase.equals(phase) && p.doneNanos != 0)
                .mapToLong(p -> p.chars).sum();
    }

    /** Raw characters of the pages of a phase completed at {@code fromNanos} or later and before {@code toNanos}. */
    long completedChars(String phase, long fromNanos, long toNanos) {
        return pages.values().stream().filter(p -> p.phase.equals(phase) && p.doneNanos != 0
                && p.doneNanos - fromNanos >= 0 && p.doneNanos - toNanos < 0).mapToLong(p -> p.chars).sum();
    }

    /** Send-to-complete latencies of the completed pages of a phase, in nanoseconds. */
    List<Long> latencies(String phase) {
        return pages.values().stream().filter(p -> p.phase.equals(phase) && p.doneNanos != 0)
                .map(p -> p.doneNanos - p.sentNanos).toList();
    }

    long deadLetters() {
        return deadLetters.get();
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        if (!started) {
            consumer.close(Duration.ofSeconds(5));
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
