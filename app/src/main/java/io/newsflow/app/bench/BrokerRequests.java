package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Requests the in-process broker answered between two snapshots, by API (Produce, Fetch, EndTxn, ...), read from
 * the broker's own request meters ({@code kafka.network:type=RequestMetrics,name=RequestsPerSec,request=...}, one
 * meter per API and version, summed over versions). It tells which client traffic the broker's CPU share comes
 * from when tuning commit intervals, fetch sizes or partitions. Where the broker registered no meters (not in this
 * JVM), the result is empty.
 */
final class BrokerRequests {
    private static final String PATTERN = "kafka.network:type=RequestMetrics,name=RequestsPerSec,*";

    private final Map<String, Long> start;

    /** Takes the first snapshot. */
    BrokerRequests() {
        start = counts();
    }

    /** Requests per API since the first snapshot, most frequent first; APIs with none are left out. */
    Map<String, Long> sinceStart() {
        Map<String, Long> now = counts();
        Map<String, Long> sorted = new LinkedHashMap<>();
        now.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - start.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, Long> counts() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Long> counts = new HashMap<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(PATTERN), null)) {
                String api = name.getKeyProperty("request");
                if (api == null) {
                    continue;
                }
                try {
                    Object count = server.getAttribute(name, "Count");
                    if (count instanceof Number n) {
                        counts.merge(api, n.longValue(), Long::sum);
                    }
                } catch (JMException e) {
                    // a meter removed between query and read: it holds no requests of the window
                }
            }
        } catch (JMException e) {
            throw new IllegalStateException("cannot query the broker's request meters", e);
        }
        return counts;
    }
}
