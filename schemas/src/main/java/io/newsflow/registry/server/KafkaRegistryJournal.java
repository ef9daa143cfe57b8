package io.newsflow.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RegistryJournal} kept in a single-partition, log-compacted Kafka topic (by default {@code _schemas}).
 *
 * <p>Record layout (JSON, in the spirit of Confluent's own store): a schema version has key
 * {@code {"keytype":"SCHEMA","subject":s,"version":v,"magic":1}} and value
 * {@code {"subject":s,"version":v,"id":id,"schema":"<avro json>"}}; a subject's compatibility has key
 * {@code {"keytype":"CONFIG","subject":s,"magic":0}} and value {@code {"compatibilityLevel":"..."}}. Keys are
 * unique per fact, so compaction keeps every version and the latest config of each subject.
 *
 * <p>{@link #append} returns only after the broker acknowledged the write ({@code acks=all}, idempotent
 * producer): a registration is never answered before it is durable. Exactly one registry process may write to a
 * given topic (ids are allocated in memory from the replayed state).
 */
public final class KafkaRegistryJournal implements RegistryJournal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRegistryJournal.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json = new ObjectMapper();

    private KafkaRegistryJournal(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-journal",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis()),
                new StringSerializer(), new StringSerializer());
    }

    /**
     * Makes sure the compacted topic exists, reads every entry already in it, and opens the journal for appending.
     *
     * @return the journal and the entries to replay, in log order
     */
    public static Opened open(String bootstrapServers, String topic) {
        ensureTopic(bootstrapServers, topic);
        KafkaRegistryJournal journal = new KafkaRegistryJournal(bootstrapServers, topic);
        try {
            return new Opened(journal, journal.readAll());
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** An opened journal and the entries it already held. */
    public record Opened(KafkaRegistryJournal journal, List<RegistryJournal.Entry> entries) {
    }

    @Override
    public void append(Entry entry) {
        ObjectNode key = json.createObjectNode();
        ObjectNode value = json.createObjectNode();
        if (entry instanceof SchemaEntry s) {
            key.put("keytype", "SCHEMA").put("subject", s.subject()).put("version", s.version()).put("magic", 1);
            value.put("subject", s.subject()).put("version", s.version()).put("id", s.id()).put("schema", s.schema());
        } else if (entry instanceof ConfigEntry c) {
            key.put("keytype", "CONFIG").put("subject", c.subject()).put("magic", 0);
            value.put("compatibilityLevel", c.level());
        }
        try {
            producer.send(new ProducerRecord<>(topic, 0, key.toString(), value.toString()))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot write to registry topic " + topic + " on " + bootstrapServers
                    + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out writing to registry topic " + topic + " on "
                    + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to registry topic " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private List<Entry> readAll() {
        TopicPartition partition = new TopicPartition(topic, 0);
        List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-replay"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Timed out replaying registry topic " + topic + " on "
                            + bootstrapServers + " (offset " + consumer.position(partition) + " of " + end + ")");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Entry entry = parse(record);
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
        }
        LOG.info("Replayed {} registry entries from {}", entries.size(), topic);
        return entries;
    }

    private Entry parse(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null || record.value() == null) {
            return null; // tombstone or foreign record: nothing to apply
        }
        try {
            JsonNode key = json.readTree(record.key());
            JsonNode value = json.readTree(record.value());
            String type = key.path("keytype").asText("");
            String subject = key.path("subject").asText(null);
            switch (type) {
                case "SCHEMA":
                    return new SchemaEntry(subject, value.get("version").intValue(), value.get("id").intValue(),
                            value.get("schema").textValue());
                case "CONFIG":
                    return subject == null ? null : new ConfigEntry(subject, value.get("compatibilityLevel").textValue());
                default:
                    LOG.warn("Skipping record with unknown keytype '{}' at {} offset {}", type, topic, record.offset());
                    return null;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Corrupt registry record in " + topic + " at offset " + record.offset()
                    + ": " + e, e);
        }
    }

    private static void ensureTopic(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // Replication factor: the broker's default.replication.factor (1 on the embedded broker).
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create registry topic " + topic + " on "
                            + bootstrapServers + ": " + e.getCause(), e.getCause());
                }
            }
            // Wait until the partition has a leader so the replay and first write do not race the creation.
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                try {
                    var description = admin.describeTopics(Set.of(topic)).allTopicNames()
                            .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
                    if (description.partitions().size() != 1) {
                        throw new IllegalStateException("Registry topic " + topic + " must have exactly 1 partition,"
                                + " has " + description.partitions().size());
                    }
                    if (description.partitions().get(0).leader() != null) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // metadata not propagated yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Registry topic " + topic + " has no leader on "
                            + bootstrapServers);
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing registry topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within " + TIMEOUT
                    + " while preparing registry topic " + topic, e);
        }
    }
}
