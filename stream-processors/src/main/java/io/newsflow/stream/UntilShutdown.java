package io.newsflow.stream;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a long-lived command body until SIGINT/SIGTERM: a shutdown hook completes the body's stop signal and then
 * keeps the JVM alive (up to a bound) until the body has returned, so that it can commit and close cleanly.
 */
public final class UntilShutdown {

    /** A command body that returns (its exit code) soon after {@code stop} completes. */
    @FunctionalInterface
    public interface Body {
        int run(Future<?> stop) throws Exception;
    }

    private UntilShutdown() {
    }

    /**
     * @param name    thread name of the shutdown hook
     * @param maxWait longest time the hook keeps the JVM alive for the body to finish
     */
    public static int run(String name, Duration maxWait, Body body) throws Exception {
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.complete(null);
            try {
                finished.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return body.run(stop);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and has just been released
            }
        }
    }
}
