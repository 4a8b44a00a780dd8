package id.kim.csv;

import id.kim.core.community.KimProfile;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Reads records and turns them into profiles or row errors, in file order. Reading (FastCSV) stays
 * on the caller's thread; reading the cells and validating — most of the work — runs on
 * {@code parallelism} threads, a batch of rows at a time, while the caller reads the next batch. At
 * most two batches are in memory, so memory stays bounded; the threads end when idle.
 */
final class RowPipeline {
  private static final int BATCH = 256;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final RowSource source;
  private final RowMapper mapper;
  private final int parallelism;
  private final @Nullable ThreadPoolExecutor pool;
  private final Deque<Mapped> ready = new ArrayDeque<>();
  private @Nullable CompletableFuture<List<Mapped>> inFlight;
  private boolean sourceDone;

  /** A row as mapped: its spreadsheet row and result, or blank. */
  static final class Mapped {
    final int row;
    final @Nullable Either<RowError, KimProfile> result;

    Mapped(int row, @Nullable Either<RowError, KimProfile> result) {
      this.row = row;
      this.result = result;
    }

    boolean isBlank() {
      return result == null;
    }
  }

  RowPipeline(RowSource source, RowMapper mapper, int parallelism) {
    this.source = source;
    this.mapper = mapper;
    this.parallelism = parallelism;
    this.pool = parallelism <= 1 ? null : new ThreadPoolExecutor(parallelism, parallelism, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "kim-csv-import-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    if (pool != null) {
      pool.allowCoreThreadTimeOut(true);
    }
  }

  /** @return the next row, or empty at the end of the file */
  Optional<Mapped> next() {
    while (ready.isEmpty()) {
      if (inFlight == null) {
        if (sourceDone) {
          return Optional.empty();
        }
        inFlight = submit(readBatch());
      }
      CompletableFuture<List<Mapped>> following = sourceDone ? null : submit(readBatch());
      List<Mapped> done = join(inFlight);
      inFlight = following;
      ready.addAll(done);
    }
    return Optional.of(ready.poll());
  }

  private List<RawRow> readBatch() {
    List<RawRow> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH) {
      Optional<RawRow> record = source.next();
      if (record.isEmpty()) {
        sourceDone = true;
        break;
      }
      batch.add(record.get());
    }
    return batch;
  }

  private CompletableFuture<List<Mapped>> submit(List<RawRow> batch) {
    if (pool == null || batch.size() < parallelism) {
      return CompletableFuture.completedFuture(map(batch));
    }
    List<CompletableFuture<List<Mapped>>> parts = new ArrayList<>(parallelism);
    int size = (batch.size() + parallelism - 1) / parallelism;
    for (int from = 0; from < batch.size(); from += size) {
      List<RawRow> part = batch.subList(from, Math.min(batch.size(), from + size));
      parts.add(CompletableFuture.supplyAsync(() -> map(part), pool));
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(v -> {
      List<Mapped> all = new ArrayList<>(batch.size());
      parts.forEach(p -> all.addAll(p.join()));
      return all;
    });
  }

  private List<Mapped> map(List<RawRow> batch) {
    List<Mapped> out = new ArrayList<>(batch.size());
    for (RawRow record : batch) {
      boolean blank = record.isBlank() && record.problem.isEmpty();
      out.add(new Mapped(record.row, blank ? null : mapper.map(record)));
    }
    return out;
  }

  private static List<Mapped> join(CompletableFuture<List<Mapped>> batch) {
    try {
      return batch.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Lets the threads go. */
  void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
