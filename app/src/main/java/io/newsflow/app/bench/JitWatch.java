package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;

/**
 * The share of this process's CPU time that the JIT compiler threads used since the last {@link #reset}. The
 * benchmark measures the steady state of a long-running pipeline, so its warm-ups last until this share is small:
 * on 2 busy cores the compiler threads get little CPU and keep compiling broker, Streams and HanLP code for minutes
 * (measured: 10 % of the CPU of a maximum-load phase that followed a fixed 45 s warm-up).
 *
 * <p>Where the compiler threads cannot be observed (no {@code /proc/self/task}), {@link #share} is NaN and the
 * warm-ups fall back to their fixed minimum.
 */
final class JitWatch {
    private long jit0;
    private long cpu0;

    JitWatch() {
        reset();
    }

    void reset() {
        jit0 = ThreadCpu.jitNanos();
        cpu0 = processCpuNanos();
    }

    /** JIT compiler CPU ÷ process CPU since the last reset, 0..1; NaN if not measurable or no CPU was used. */
    double share() {
        long jit = ThreadCpu.jitNanos();
        long cpu = processCpuNanos() - cpu0;
        if (jit < 0 || jit0 < 0 || cpu <= 0) {
            return Double.NaN;
        }
        return Math.min(1.0, (double) (jit - jit0) / cpu);
    }

    /** True when the share is known and above {@code limit}: keep warming up. */
    boolean busierThan(double limit) {
        double s = share();
        return !Double.isNaN(s) && s > limit;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
