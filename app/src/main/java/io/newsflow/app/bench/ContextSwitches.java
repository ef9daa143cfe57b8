package io.newsflow.app.bench;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Context switches of this process's threads between two snapshots, from {@code /proc/self/task/<tid>/status}
 * (Linux), grouped by the kernel's thread name ({@code comm}: the Java name cut to 15 characters, digits
 * blanked). Involuntary switches are the ones that cost a CPU-bound thread most: it is preempted and, on kernels
 * that flush the TLB on every switch, comes back to cold translations of its large lookup tables. Threads that
 * ended in between are not counted; elsewhere than Linux the result is empty.
 */
final class ContextSwitches {
    /** Voluntary (the thread waited) and involuntary (it was preempted) switches. */
    record Counts(long voluntary, long involuntary) {
        Counts plus(Counts o) {
            return new Counts(voluntary + o.voluntary, involuntary + o.involuntary);
        }
    }

    /** One thread's kernel name and counts. */
    private record Task(String comm, Counts counts) {
    }

    /** By thread id. */
    private final Map<String, Task> start;

    /** Takes the first snapshot. */
    ContextSwitches() {
        start = perTask();
    }

    /** Switches per thread group since the first snapshot, most involuntary switches first. */
    Map<String, Counts> sinceStart() {
        Map<String, Counts> groups = new HashMap<>();
        perTask().forEach((tid, now) -> {
            Task before = start.get(tid);
            Counts s = before == null ? new Counts(0, 0) : before.counts();
            Counts c = now.counts();
            groups.merge(ThreadCpu.group(now.comm()),
                    new Counts(c.voluntary - s.voluntary, c.involuntary - s.involuntary), Counts::plus);
        });
        Map<String, Counts> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().involuntary(), a.getValue().involuntary()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, Task> perTask() {
        Map<String, Task> out = new HashMap<>();
        ProcTasks.forEach((task, comm) -> {
            long voluntary = -1;
            long involuntary = -1;
            for (String line : Files.readAllLines(task.resolve("status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            if (voluntary >= 0 && involuntary >= 0) {
                out.put(task.getFileName().toString(), new Task(comm, new Counts(voluntary, involuntary)));
            }
        });
        return out;
    }
}
