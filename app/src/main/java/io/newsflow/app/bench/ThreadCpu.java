package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time of this JVM's threads between two snapshots, grouped by thread name with ids and numbers blanked out
 * (so the stream threads of one application, the broker's request handlers, ... each form one group). Threads
 * that ended in between are not counted; the rest of the process CPU time is GC, JIT and such.
 */
final class ThreadCpu {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Map<Long, Long> start = new HashMap<>();

    /** Takes the first snapshot. */
    ThreadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (long id : mx.getAllThreadIds()) {
            long cpu = mx.getThreadCpuTime(id);
            if (cpu >= 0) {
                start.put(id, cpu);
            }
        }
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
