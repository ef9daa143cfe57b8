package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void threadNamesGroupWithNumbersAndIdsBlanked() {
        assertEquals("newsflow-extract-*-StreamThread-#",
                ThreadCpu.group("newsflow-extract-0a1b2c3d-1111-2222-3333-444455556666-StreamThread-2"));
        assertEquals("data-plane-kafka-request-handler-#", ThreadCpu.group("data-plane-kafka-request-handler-7"));
    }

    @Test
    void busyThreadIsChargedToItsGroupAndJvmThreadsAreSeenOnLinux() throws Exception {
        assumeTrue(ProcTasks.readable(), "no /proc/self/task: JVM threads not observable");
        ThreadCpu cpu = new ThreadCpu();
        Thread busy = new Thread(() -> {
            long end = System.nanoTime() + 200_000_000L;
            long x = 0;
            while (System.nanoTime() < end) {
                x += Long.numberOfTrailingZeros(x + System.nanoTime());
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "thread-cpu-test-busy-1");
        busy.start();
        // Sampled while it still runs: threads that ended are not counted.
        Thread.sleep(150);
        Map<String, Long> groups = cpu.sinceStart();
        busy.join();
        assertTrue(groups.getOrDefault("thread-cpu-test-busy-#", 0L) > 50_000_000L, groups.toString());
        assertTrue(ThreadCpu.jitNanos() >= 0, "JIT compiler threads should be readable from /proc/self/task");
        double share = new JitWatch().share();
        assertTrue(Double.isNaN(share) || (share >= 0 && share <= 1), Double.toString(share));
    }
}
