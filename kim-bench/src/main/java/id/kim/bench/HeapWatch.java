package id.kim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap a run used, from the JVM's own management beans, sampled every few milliseconds by a
 * daemon thread: the most heap in use at any sample (garbage included) and the most heap still in
 * use right after a collection (the live data the run needs — what {@code -Xmx} must hold), plus the
 * collections and their time.
 */
final class HeapWatch {
  private static final long SAMPLE_MILLIS = 5;
  private long gcCountAtStart;
  private long gcMillisAtStart;
  private volatile long peakUsed;
  private volatile long peakAfterCollection;
  private volatile boolean running;

  /** Starts sampling. */
  void start() {
    reset();
    running = true;
    Thread sampler = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Stops sampling, after a last sample. */
  void stop() {
    running = false;
    sample();
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long afterCollection = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        afterCollection += pool.getCollectionUsage().getUsed();
      }
    }
    peakUsed = Math.max(peakUsed, used);
    peakAfterCollection = Math.max(peakAfterCollection, afterCollection);
  }

  /** @return the most heap in use at any sample, in bytes */
  long peakUsedBytes() {
    return peakUsed;
  }

  /** @return the most heap in use just after a collection, in bytes: the run's live data */
  long peakLiveBytes() {
    return peakAfterCollection;
  }

  private void reset() {
    gcCountAtStart = gcCount();
    gcMillisAtStart = gcMillis();
  }

  /**
   * @return the heap limit given with {@code -Xmx}, in bytes, else what the JVM reports (which may
   *     leave out a survivor space)
   */
  long maxHeapBytes() {
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xmx")) {
        String size = arg.substring(4).toLowerCase(java.util.Locale.ROOT);
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
