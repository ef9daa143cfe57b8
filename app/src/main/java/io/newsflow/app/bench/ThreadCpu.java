package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time of this JVM's threads between two snapshots, grouped by thread name with ids and numbers blanked out
 * (so the stream threads of one application, the broker's request handlers, ... each form one group). Threads
 * that ended in between are not counted. The JVM's own threads (JIT compilers, garbage collector) are invisible to
 * {@link ThreadMXBean}; on Linux they are read from {@code /proc/self/task} and reported as the groups
 * {@link #JIT} and {@link #GC} (elsewhere they stay in the unattributed rest of the process CPU time).
 */
final class ThreadCpu {
    static final String JIT = "[JVM] JIT compiler threads";
    static final String GC = "[JVM] GC threads and VM thread";

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Linux reports thread CPU time in clock ticks of 1/100 s on all common configurations (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<Long, Long> start = new HashMap<>();
    private final Map<String, Long> jvmStart;

    /** Takes the first snapshot. */
    ThreadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (long id : mx.getAllThreadIds()) {
            long cpu = mx.getThreadCpuTime(id);
            if (cpu >= 0) {
                start.put(id, cpu);
            }
        }
        jvmStart = jvmThreads();
    }

    /**
     * CPU nanoseconds the JIT compiler threads have used so far; -1 where {@code /proc/self/task} is not readable.
     */
    static long jitNanos() {
        Map<String, Long> jvm = jvmThreads();
        return jvm.isEmpty() ? -1 : jvm.getOrDefault(JIT, 0L);
    }

    /**
     * CPU nanoseconds of the JVM's internal threads by {@link #JIT} / {@link #GC}, from {@code /proc/self/task/<tid>}
     * ({@code comm} names the thread, {@code stat} fields 14 and 15 are its user and system ticks); empty where
     * that is not readable.
     */
    private static Map<String, Long> jvmThreads() {
        Map<String, Long> groups = new HashMap<>();
        boolean read = ProcTasks.forEach((task, comm) -> {
            String group = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? JIT
                    : comm.startsWith("GC Thread") || comm.equals("VM Thread") ? GC : null;
            if (group == null) {
                return;
            }
            String stat = Files.readString(task.resolve("stat"));
            // The name in parentheses may hold spaces; the numeric fields follow the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            groups.merge(group, ticks * NANOS_PER_TICK, Long::sum);
        });
        return read ? groups : Map.of();
    }

    /** CPU nanoseconds per thread group since the first snapshot, largest first. */
    Map<String, Long> sinceStart() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long cpu = mx.getThreadCpuTime(id);
            ThreadInfo info = mx.getThreadInfo(id);
            if (cpu < 0 || info == null) {
                continue;
            }
            long used = cpu - start.getOrDefault(id, 0L);
            groups.merge(group(info.getThreadName()), used, Long::sum);
        }
        jvmThreads().forEach((group, cpu) -> groups.merge(group, cpu - jvmStart.getOrDefault(group, 0L), Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static String group(String threadName) {
        String name = UUID.matcher(threadName).replaceAll("*");
        return NUMBER.matcher(name).replaceAll("#");
    }
}
