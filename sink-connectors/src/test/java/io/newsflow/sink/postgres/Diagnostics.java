package io.newsflow.sink.postgres;

import io.newsflow.embedded.EmbeddedConnect;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/**
 * What a timed-out integration test should print: the connector's and tasks' states (with failure traces)
 * and the connector's committed offsets against the topic's end offsets. Never throws: a diagnostic that
 * fails says so in its text instead of hiding the assertion it accompanies.
 */
final class Diagnostics {
    private Diagnostics() {
    }

    static String connectorState(EmbeddedConnect connect, String connector) {
        try {
            ConnectorStateInfo info = connect.status(connector);
            StringBuilder out = new StringBuilder("connector ").append(connector).append(' ')
                    .append(info.connector().state());
            for (ConnectorStateInfo.TaskState t : info.tasks()) {
                out.append(", task ").append(t.id()).append(' ').append(t.state());
                if (t.trace() != null) {
                    out.append(" (").append(t.trace().lines().findFirst().orElse("")).append(')');
                }
            }
            return out.toString();
        } catch (RuntimeException e) {
            return "connector " + connector + " status unavailable: " + e;
        }
    }

    /** Committed offset / end offset per partition of {@code topic} for consumer group {@code group}. */
    static String groupPosition(String bootstrapServers, String group, String topic) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> ends = new TreeMap<>(Comparator.comparingInt(TopicPartition::partition));
            for (int i = 0; i < partitions; i++) {
                ends.put(new TopicPartition(topic, i), OffsetSpec.latest());
            }
            var latest = admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS);
            StringBuilder out = new StringBuilder("group ").append(group).append(" committed/end");
            for (TopicPartition tp : ends.keySet()) {
                OffsetAndMetadata c = committed.get(tp);
                out.append(' ').append(tp.partition()).append(':').append(c == null ? "-" : c.offset())
                        .append('/').append(latest.get(tp).offset());
            }
            return out.toString();
        } catch (Exception e) {
            return "group " + group + " position unavailable: " + e;
        }
    }
}
