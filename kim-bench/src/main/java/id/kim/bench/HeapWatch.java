package id.kim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run used, from the JVM's own account of every collection: the most heap in use just
 * before a collection (garbage included — the heap only grows between collections, so this is the
 * peak) and the most heap still in use after collections (each pool as the last collection of that
 * pool left it: the live data the run needs — what {@code -Xmx} must hold), plus the number of
 * collections and their time.
 *
 * <p>It listens to the garbage collectors' notifications instead of polling: polling every few
 * milliseconds cost CPU the run itself needs on a 2-core machine (the management beans build their
 * names and usage objects on every call) and could miss the moment before a collection.
 */
final class HeapWatch {
  private final Set<String> heapPools = new HashSet<>();

  /** Per heap pool, its use right after the last collection that collected it. */
  private final Map<String, Long> afterLastCollection = new HashMap<>();

  /** Per collector, the pools it collects (a young collection leaves the old generation as it was). */
  private final Map<String, Set<String>> collectedPools = new HashMap<>();

  private final NotificationListener listener = this::collected;
  private long gcCountAtStart;
  private long gcMillisAtStart;
  private volatile long peakUsed;
  private volatile long peakAfterCollection;
  private volatile boolean running;

  /** Starts listening. */
  void start() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    gcCountAtStart = gcCount();
    gcMillisAtStart = gcMillis();
    peakUsed = heapUsedNow();
    running = true;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collectedPools.put(gc.getName(), Set.of(gc.getMemoryPoolNames()));
      if (gc instanceof NotificationEmitter notificationEmitter) {
        notificationEmitter.addNotificationListener(listener, null, null);
      }
    }
  }

  /** Stops listening, after counting the heap in use at the end of the run. */
  void stop() {
    running = false;
    record(heapUsedNow(), 0);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter notificationEmitter) {
        try {
          notificationEmitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // already gone
        }
      }
    }
  }

  private synchronized void collected(Notification n, Object handback) {
    if (!running || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    GcInfo info = gc.getGcInfo();
    record(heapOf(info.getMemoryUsageBeforeGc()), collected(gc.getGcName(), info.getMemoryUsageAfterGc()));
  }

  /** @return the heap's live data after this collection: each pool as its last collection left it */
  private synchronized long collected(String collector, Map<String, MemoryUsage> after) {
    Set<String> pools = collectedPools.getOrDefault(collector, Set.of());
    for (Map.Entry<String, MemoryUsage> e : after.entrySet()) {
      if (heapPools.contains(e.getKey()) && pools.contains(e.getKey())) {
        afterLastCollection.put(e.getKey(), e.getValue().getUsed());
      }
    }
    long sum = 0;
    for (long used : afterLastCollection.values()) {
      sum += used;
    }
    return sum;
  }

  private synchronized void record(long used, long afterCollection) {
    peakUsed = Math.max(peakUsed, used);
    peakAfterCollection = Math.max(peakAfterCollection, afterCollection);
  }

  private long heapOf(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }

  private static long heapUsedNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** @return the most heap in use at any time of the run, in bytes */
  long peakUsedBytes() {
    return peakUsed;
  }

  /** @return the most heap in use just after a collection, in bytes: the run's live data */
  long peakLiveBytes() {
    return peakAfterCollection;
  }

  /**
   * @return the heap limit given with {@code -Xmx}, in bytes, else what the JVM reports (which may
   *     leave out a survivor space)
   */
  long maxHeapBytes() {
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xmx")) {
        String size = arg.substring(4).toLowerCase(Locale.ROOT);
        char unit = size.charAt(size.length() - 1);
        long scale = unit == 'g' ? 1L << 30 : unit == 'm' ? 1L << 20 : unit == 'k' ? 1L << 10 : 1;
        return Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1)) * scale;
      }
    }
    return Runtime.getRuntime().maxMemory();
  }

  /** @return collections since {@link #start()} */
  long collections() {
    return gcCount() - gcCountAtStart;
  }

  /** @return milliseconds spent collecting since {@link #start()} */
  long collectionMillis() {
    return gcMillis() - gcMillisAtStart;
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }
}
