package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ContextSwitchesTest {
    @Test
    void aThreadThatSleepsRepeatedlyIsCountedWithVoluntarySwitchesUnderItsKernelName() throws Exception {
        assumeTrue(ProcTasks.readable(), "no /proc/self/task: switches not observable");
        ContextSwitches switches = new ContextSwitches();
        CountDownLatch slept = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread sleeper = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    Thread.sleep(2);
                }
                slept.countDown();
                read.await(); // stay alive until read: threads that ended are not counted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ctxsw-test-sleeper-7");
        sleeper.start();
        slept.await();
        Map<String, ContextSwitches.Counts> groups = switches.sinceStart();
        read.countDown();
        sleeper.join();
        // The kernel keeps 15 characters of the Java name; digits are blanked.
        ContextSwitches.Counts c = groups.get("ctxsw-test-slee");
        assertTrue(c != null && c.voluntary() >= 5, groups.toString());
        assertTrue(c.involuntary() >= 0, groups.toString());
    }
}
