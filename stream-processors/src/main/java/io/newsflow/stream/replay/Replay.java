package io.newsflow.stream.replay;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamApps;
import io.newsflow.stream.StreamSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * Reprocesses history with the current code: moves the committed offsets of the first replayed stage's
 * {@code application.id} on its input topic back to the beginning (or to the first record at or after a time),
 * then runs that stage and every later one, stamping {@link StreamSettings#pipelineVersion()} on their output,
 * until all of them have committed their input up to its end.
 *
 * <p>What it changes: the committed offsets of the first stage's consumer group (the later stages simply continue
 * and consume what the first one writes again). What it never changes: the topics' contents (the raw topic is
 * the record of history and is only read), the schemas, the ingest ledger and any sink's offsets (a sink such as
 * the PostgreSQL connector receives the replayed records as new records, and as they were processed later it
 * replaces the rows they update).
 *
 * <p>Every replayed stage's group must be inactive: offsets cannot be moved under running members, and running
 * instances of the old code would share the partitions with the replay. Stop the stream applications first.
 */
public final class Replay {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What to replay.
     *
     * @param from             earliest record time to reprocess; null = from the beginning of the topic
     * @param firstStage       stage whose input is re-read; it and the later stages run
     * @param awaitInactive    how long to wait for the groups to become inactive (zero: fail at once)
     * @param drainTimeout     give up when the stages have not caught up after this long
     */
    public record Request(Instant from, Stage firstStage, Duration awaitInactive, Duration drainTimeout) {
    }

    /**
     * Outcome.
     *
     * @param stages        stages that ran
     * @param version       pipeline version stamped on their output
     * @param resetTo       new committed offsets of the first stage on its input
     * @param toReprocess   offsets of the first stage's input between those offsets and the end (records and
     *                      transaction markers alike, so an upper bound of the records; 0 = nothing to replay)
     * @param drained       whether every stage caught up within the timeout
     * @param failure       a stream application's failure, if any
     */
    public record Result(List<Stage> stages, String version, Map<TopicPartition, Long> resetTo, long toReprocess,
                         boolean drained, String failure) {
    }

    private Replay() {
    }

    /** Default version of a replay: the code's version plus {@code -replay-} and the UTC time. */
    public static String defaultVersion(Instant now) {
        return TextPipeline.VERSION + "-replay-" + STAMP.format(now);
    }

    /** Stages a replay starting at {@code first} runs: that one and the later ones, in pipeline order. */
    public static List<Stage> stagesFrom(Stage first) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s.ordinal() >= first.ordinal()) {
                stages.add(s);
            }
        }
        return stages;
    }

    /**
     * Runs a replay.
     *
     * @throws GroupActiveException when a stage's group still has members after {@code awaitInactive}
     */
    public static Result run(StreamSettings settings, Request request, SchemaRegistryClient registry,
                             TextPipeline pipeline, Clock clock, Future<?> stop) throws Exception {
        List<Stage> stages = stagesFrom(request.firstStage());
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(p)) {
            ConsumerGroups groups = new ConsumerGroups(admin);
            awaitInactive(groups, stages, request.awaitInactive());
            String input = request.firstStage().input().name();
            Map<TopicPartition, Long> start = groups.startOffsets(List.of(input), request.from());
            Map<TopicPartition, Long> ends = groups.stableEnds(List.of(input));
            long toReprocess = 0;
            for (var e : start.entrySet()) {
                toReprocess += Math.max(0, ends.getOrDefault(e.getKey(), 0L) - e.getValue());
            }
            groups.reset(request.firstStage().applicationId(), start);
            Set<Stage> set = EnumSet.copyOf(stages);
            try (StreamApps apps = StreamApps.start(settings, set, registry, pipeline, clock)) {
                if (!apps.awaitRunning(Duration.ofSeconds(60))) {
                    return new Result(stages, settings.pipelineVersion(), new LinkedHashMap<>(start), toReprocess,
                            false, apps.failure().orElse("stream applications not running after 60 s"));
                }
                boolean drained = awaitDrained(groups, stages, apps, request.drainTimeout(), stop);
                return new Result(stages, settings.pipelineVersion(), new LinkedHashMap<>(start), toReprocess,
                        drained, apps.failure().orElse(null));
            }
        }
    }

    private static void awaitInactive(ConsumerGroups groups, List<Stage> stages, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Stage s : stages) {
            while (!groups.inactive(s.applicationId())) {
                if (System.nanoTime() >= deadline) {
                    throw new GroupActiveException(s.applicationId(), groups.state(s.applicationId()).toString());
                }
                Thread.sleep(500);
            }
        }
    }

    /** Drained: twice in a row, every stage has committed its input up to the last stable offset. */
    private static boolean awaitDrained(ConsumerGroups groups, List<Stage> stages, StreamApps apps,
                                        Duration timeout, Future<?> stop) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quiet = 0;
        while (System.nanoTime() < deadline && apps.failure().isEmpty() && (stop == null || !stop.isDone())) {
            boolean all = true;
            for (Stage s : stages) {
                all &= groups.caughtUp(s.applicationId(), List.of(s.input().name()));
            }
            quiet = all ? quiet + 1 : 0;
            if (quiet >= 2) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** A replayed stage's consumer group still has members: its applications are running somewhere. */
    public static final class GroupActiveException extends IllegalStateException {
        private final String groupId;

        GroupActiveException(String groupId, String state) {
            super("consumer group '" + groupId + "' is active (state " + state + "): stop every instance of the "
                    + "stream application '" + groupId + "' (and of the later stages) before replaying; its offsets "
                    + "cannot be reset while members are connected");
            this.groupId = groupId;
        }

        public String groupId() {
            return groupId;
        }
    }
}
