package io.newsflow.stream.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer-group operations of a replay, on an {@link Admin} client the caller owns: where a position in time lies
 * on a topic, whether a group is inactive, moving its committed offsets, and whether it has caught up with the end
 * of its topics. Every call waits at most {@link #CALL_TIMEOUT}.
 */
public final class ConsumerGroups {
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final Admin admin;

    public ConsumerGroups(Admin admin) {
        this.admin = admin;
    }

    /** Partitions of the topics. */
    public List<TopicPartition> partitions(Collection<String> topics) throws Exception {
        return get(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    /** Last stable offsets (read_committed ends: what exactly-once consumers will read up to). */
    public Map<TopicPartition, Long> stableEnds(Collection<String> topics) throws Exception {
        return offsets(partitions(topics), OffsetSpec.latest());
    }

    /**
     * The offsets a replay starts from: the earliest retained record ({@code from == null}), or the first record
     * whose timestamp is at or after {@code from}; the end offset where no record is that recent (nothing to
     * replay on that partition).
     */
    public Map<TopicPartition, Long> startOffsets(Collection<String> topics, Instant from) throws Exception {
        List<TopicPartition> parts = partitions(topics);
        if (from == null) {
            return offsets(parts, OffsetSpec.earliest());
        }
        Map<TopicPartition, Long> byTime = offsets(parts, OffsetSpec.forTimestamp(from.toEpochMilli()));
        Map<TopicPartition, Long> ends = offsets(parts, OffsetSpec.latest());
        Map<TopicPartition, Long> result = new LinkedHashMap<>();
        for (TopicPartition tp : parts) {
            long o = byTime.getOrDefault(tp, -1L);
            result.put(tp, o < 0 ? ends.get(tp) : o);
        }
        return result;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> parts, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        parts.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, Long> result = new LinkedHashMap<>();
        get(admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
                .forEach((tp, info) -> result.put(tp, info.offset()));
        return result;
    }

    /** The group's state ({@link GroupState#DEAD} when it does not exist). */
    public GroupState state(String groupId) throws Exception {
        ConsumerGroupDescription d = get(admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId));
        return d.groupState();
    }

    /** True when no member is in the group, so its offsets may be changed. */
    public boolean inactive(String groupId) throws Exception {
        GroupState s = state(groupId);
        return s == GroupState.EMPTY || s == GroupState.DEAD;
    }

    /** Committed offsets of the group (partitions it never committed are absent). */
    public Map<TopicPartition, Long> committed(String groupId) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> c = get(admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> result = new HashMap<>();
        c.forEach((tp, om) -> {
            if (om != null) {
                result.put(tp, om.offset());
            }
        });
        return result;
    }

    /** Sets the group's committed offsets; the group must be inactive (the broker refuses otherwise). */
    public void reset(String groupId, Map<TopicPartition, Long> offsets) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> request = new HashMap<>();
        offsets.forEach((tp, o) -> request.put(tp, new OffsetAndMetadata(o)));
        get(admin.alterConsumerGroupOffsets(groupId, request).all());
    }

    /** True when the group has committed every partition of the topics up to its last stable offset. */
    public boolean caughtUp(String groupId, Collection<String> topics) throws Exception {
        Map<TopicPartition, Long> committed = committed(groupId);
        for (var e : stableEnds(topics).entrySet()) {
            if (committed.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> f) throws Exception {
        try {
            return f.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + CALL_TIMEOUT.toSeconds() + " s", e);
        }
    }
}
