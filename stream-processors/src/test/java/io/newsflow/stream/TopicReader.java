package io.newsflow.stream;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads whole topics from the beginning for the integration tests (no consumer group). */
final class TopicReader {
    static final Duration WAIT = Duration.ofSeconds(90);
    /** After the expected count arrived, keep reading this long so that duplicates would show up. */
    static final Duration SETTLE = Duration.ofSeconds(1);

    private TopicReader() {
    }

    /**
     * Records of {@code topic} under the isolation level ({@code read_committed} / {@code read_uncommitted}) that
     * {@code keep} accepts, waiting up to {@link #WAIT} until at least {@code atLeast} arrived, then
     * {@link #SETTLE} more.
     */
    static List<ConsumerRecord<String, byte[]>> read(String bootstrapServers, String topic, String isolation,
                                                     Predicate<ConsumerRecord<String, byte[]>> keep, int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (out.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> add(out, r, keep));
            }
            long settle = System.nanoTime() + SETTLE.toNanos();
            while (System.nanoTime() < settle) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> add(out, r, keep));
            }
        }
        return out;
    }

    /** Committed values of {@code topic} decoded as its Avro type, those {@code keep} accepts. */
    static <V extends SpecificRecord> List<ConsumerRecord<String, V>> readCommitted(
            String bootstrapServers, SchemaRegistryClient registry, Topic<V> topic,
            Predicate<ConsumerRecord<String, V>> keep, int atLeast) {
        AvroSerde<V> serde = AvroSerde.forTopic(topic, registry);
        Predicate<ConsumerRecord<String, byte[]>> decodedKeep = r -> keep.test(decode(r, serde));
        return read(bootstrapServers, topic.name(), "read_committed", decodedKeep, atLeast).stream()
                .map(r -> decode(r, serde)).toList();
    }

    static int partitions(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            return c.partitionsFor(topic).size();
        }
    }

    private static <V extends SpecificRecord> ConsumerRecord<String, V> decode(ConsumerRecord<String, byte[]> r,
                                                                              AvroSerde<V> serde) {
        return new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(),
                serde.deserialize(r.topic(), r.value()));
    }

    private static void add(List<ConsumerRecord<String, byte[]>> out, ConsumerRecord<String, byte[]> r,
                            Predicate<ConsumerRecord<String, byte[]>> keep) {
        if (keep.test(r)) {
            out.add(r);
        }
    }
}
