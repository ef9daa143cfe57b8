package io.newsflow.ingest;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes raw pages to {@link Topics#RAW_PAGES} and rejected inputs to {@link Topics#DLQ_INGEST}.
 *
 * <p>Contract:
 * <ul>
 *   <li>Every input ends up in exactly one of two places: a {@link RawPage} on the raw topic (key = page id,
 *       see {@link PageIds}), or a {@link DeadLetter} on the ingest dead-letter topic (stage {@code ingest},
 *       {@code error_class} = a {@link RejectReason} name, original bytes truncated to
 *       {@link IngestSettings#maxDeadLetterBytes()}, key = page id). Bad input never throws: the feed goes on.</li>
 *   <li>The returned future completes when the broker acknowledged the record ({@code acks=all}) and tells
 *       where it went; it fails only for infrastructure problems (broker or registry unreachable, producer
 *       closed), in which case nothing is known to be written and the caller may retry.</li>
 *   <li>Delivery: the producer is idempotent ({@code enable.idempotence=true}), so its internal retries never
 *       duplicate or reorder records within a partition. A caller retrying after a failed future, or a process
 *       restarted between the acknowledgement and its own bookkeeping, may publish a page again: delivery is
 *       at-least-once, and a repeat carries the same key and {@code content_sha256}, so consumers recognise it.</li>
 *   <li>A page refused by the broker as too large (the topic's {@code max.message.bytes} is below the page
 *       limit) is dead-lettered as {@link RejectReason#TOO_LARGE} instead of failing.</li>
 * </ul>
 * Values use the Confluent wire format through {@link AvroSerde} and the given registry. Thread-safe.
 */
public final class PageProducer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageProducer.class);
    private static final String STAGE = "ingest";

    private final IngestSettings settings;
    private final PageValidator validator;
    private final Producer<String, byte[]> producer;
    private final Serializer<RawPage> pageSerializer;
    private final Serializer<DeadLetter> deadLetterSerializer;
    private final ProgressReporter progress;
    private final Clock clock;
    /** Re-routes broker rejections to the dead-letter topic off the producer's I/O thread. */
    private final ExecutorService rerouter;

    private PageProducer(IngestSettings settings, Producer<String, byte[]> producer, SchemaRegistryClient registry,
                         ProgressReporter progress, Clock clock) {
        this.settings = settings;
        this.validator = settings.validator();
        this.producer = producer;
        this.pageSerializer = serializer(Topics.RAW_PAGES, registry);
        this.deadLetterSerializer = serializer(Topics.DLQ_INGEST, registry);
        this.progress = progress;
        this.clock = clock;
        this.rerouter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsflow-ingest-dlq-reroute");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates a producer connected to {@code settings.bootstrapServers()}. */
    public static PageProducer create(IngestSettings settings, SchemaRegistryClient registry, ProgressReporter progress) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(progress, "progress");
        KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(producerProperties(settings), new StringSerializer(), new ByteArraySerializer());
        return new PageProducer(settings, producer, registry, progress, Clock.systemUTC());
    }

    /** The Kafka producer configuration used for {@code settings}; exposed so operators can see it. */
    public static Properties producerProperties(IngestSettings settings) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, settings.feedName());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps ordering with up to 5 in-flight requests per connection.
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.compression());
        // Pages are 15-150 KB: a short linger and large batches let zstd see several pages at once.
        p.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(settings.lingerMs()));
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(settings.batchBytes()));
        // The client checks the uncompressed record size against max.request.size: leave room for a page
        // at the limit plus its metadata, so the page limit, not the client default (1 MiB), decides.
        long request = Math.max(1024L * 1024, settings.maxPageBytes() + 64L * 1024);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Long.toString(Math.min(Integer.MAX_VALUE, request)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        for (Map.Entry<String, String> e : settings.producerOverrides().entrySet()) {
            p.put(e.getKey(), e.getValue());
        }
        return p;
    }

    public IngestSettings settings() {
        return settings;
    }

    public ProgressReporter progress() {
        return progress;
    }

    /** Reads and publishes one file (never throws for a bad or unreadable file). */
    public CompletableFuture<PublishResult> publish(Path file) {
        return publish(PageInput.read(file, settings.maxPageBytes()));
    }

    /**
     * Reads a stream to its end and publishes it as one page.
     *
     * @param name the name to derive the page id from ({@code --stdin-name}), or null for {@code stdin}
     */
    public CompletableFuture<PublishResult> publish(String name, InputStream in) {
        PageInput input;
        try {
            input = PageInput.read(name, in, settings.maxPageBytes());
        } catch (IOException e) {
            input = PageInput.unreadable(name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return publish(input);
    }

    /** Validates and publishes an input that has been read already. */
    public CompletableFuture<PublishResult> publish(PageInput input) {
        String sha = sha256(input.bytes());
        Verdict verdict = validator.check(input);
        CompletableFuture<PublishResult> result;
        try {
            if (verdict instanceof Verdict.Accepted accepted) {
                result = sendPage(input, accepted.text(), sha);
            } else {
                Verdict.Rejected rejected = (Verdict.Rejected) verdict;
                result = sendDeadLetter(input, sha, rejected.reason(), rejected.message());
            }
        } catch (RuntimeException e) {
            // Serialization (registry unreachable) or a closed producer: an infrastructure failure.
            result = CompletableFuture.failedFuture(e);
        }
        return result.whenComplete((r, e) -> {
            if (e != null) {
                progress.onFailure();
                LOG.warn("Could not publish {}: {}", input.sourceName(), rootMessage(e));
            } else {
                progress.onResult(r);
            }
        });
    }

    private CompletableFuture<PublishResult> sendPage(PageInput input, String text, String sha) {
        PageId id = PageIds.derive(input.name(), text, sha);
        RawPage page = RawPage.newBuilder()
                .setPageId(id.id())
                .setSource(input.sourceName())
                .setEditionDate(id.editionDateIso())
                .setPageNumber(id.pageNumber())
                .setContent(text)
                .setContentSha256(sha)
                .setByteLength(input.bytes().length)
                .setIngestedAt(clock.instant())
                .setFeed(settings.feedName())
                .build();
        String topic = Topics.RAW_PAGES.name();
        byte[] value = pageSerializer.serialize(topic, page);
        CompletableFuture<PublishResult> sent = send(topic, id.id(), value).thenApply(md -> new PublishResult(
                input.sourceName(), id, PublishResult.Outcome.PUBLISHED, null, null, sha, input.bytes().length,
                md.topic(), md.partition(), md.offset()));
        return sent.exceptionallyComposeAsync(e -> {
            if (unwrap(e) instanceof RecordTooLargeException tooLarge) {
                return sendDeadLetter(input, sha, RejectReason.TOO_LARGE, input.sourceName()
                        + " was refused by the broker as too large for topic " + topic + " (" + tooLarge.getMessage()
                        + "); raise the topic's max.message.bytes or lower --max-page-bytes");
            }
            return CompletableFuture.failedFuture(unwrap(e));
        }, rerouter);
    }

    private CompletableFuture<PublishResult> sendDeadLetter(PageInput input, String sha, RejectReason reason, String message) {
        PageId id = PageIds.derive(input.name(), null, sha);
        byte[] bytes = input.bytes();
        byte[] kept = bytes.length > settings.maxDeadLetterBytes()
                ? Arrays.copyOf(bytes, settings.maxDeadLetterBytes()) : bytes;
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage(STAGE)
                .setOriginalKey(null)
                .setOriginalValue(ByteBuffer.wrap(kept))
                .setErrorClass(reason.name())
                .setErrorMessage(message)
                .setSourceTopic(null)
                .setSourcePartition(null)
                .setSourceOffset(null)
                .setSourceName(input.sourceName())
                .setFailedAt(clock.instant())
                .build();
        String topic = Topics.DLQ_INGEST.name();
        byte[] value = deadLetterSerializer.serialize(topic, letter);
        long size = Math.max(input.totalSize(), bytes.length);
        LOG.info("Dead-lettering {} as {}: {}", input.sourceName(), reason, message);
        return send(topic, id.id(), value).thenApply(md -> new PublishResult(input.sourceName(), id,
                PublishResult.Outcome.DEAD_LETTERED, reason, message, sha, size, md.topic(), md.partition(), md.offset()));
    }

    private CompletableFuture<RecordMetadata> send(String topic, String key, byte[] value) {
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, key, value), (md, e) -> {
            if (e != null) {
                done.completeExceptionally(e);
            } else {
                done.complete(md);
            }
        });
        return done;
    }

    /** Blocks until every record sent so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    /** Flushes outstanding records, then closes the producer (waiting at most {@code timeout}). */
    public void close(Duration timeout) {
        try {
            producer.flush();
            // Dead-letter re-routes queued after the flush must reach the producer before it closes.
            rerouter.shutdown();
            rerouter.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            producer.close(timeout);
            rerouter.shutdownNow();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static <T extends SpecificRecord> Serializer<T> serializer(Topic<T> topic, SchemaRegistryClient registry) {
        return AvroSerde.forTopic(topic, registry).serializer();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String rootMessage(Throwable e) {
        Throwable t = unwrap(e);
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
