package io.newsflow.sink.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * The parts of a worker's task context the sink uses, recording what the task asked for: errant records
 * and retry timeouts. The embedded-Connect IT exercises the real worker context.
 */
final class RecordingSinkTaskContext implements SinkTaskContext {
    record Report(SinkRecord record, Throwable error) {
    }

    final List<Report> reports = new ArrayList<>();
    final List<Long> timeouts = new ArrayList<>();
    private final boolean withReporter;
    private final Map<String, String> configs;

    RecordingSinkTaskContext(Map<String, String> configs, boolean withReporter) {
        this.configs = configs;
        this.withReporter = withReporter;
    }

    @Override
    public Map<String, String> configs() {
        return configs;
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
        throw new UnsupportedOperationException("the sink does not rewind offsets");
    }

    @Override
    public void offset(TopicPartition tp, long offset) {
        throw new UnsupportedOperationException("the sink does not rewind offsets");
    }

    @Override
    public void timeout(long timeoutMs) {
        timeouts.add(timeoutMs);
    }

    @Override
    public Set<TopicPartition> assignment() {
        return Set.of();
    }

    @Override
    public void pause(TopicPartition... partitions) {
    }

    @Override
    public void resume(TopicPartition... partitions) {
    }

    @Override
    public void requestCommit() {
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        if (!withReporter) {
            return null;
        }
        return (record, error) -> {
            reports.add(new Report(record, error));
            return CompletableFuture.completedFuture(null);
        };
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return null;
    }
}
