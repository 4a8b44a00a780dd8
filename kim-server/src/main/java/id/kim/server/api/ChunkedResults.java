package id.kim.server.api;

import id.kim.core.i18n.Lang;
import id.kim.json.JsonStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the elements of a batch's {@code results} array in request order, each chunk of
 * {@value #CHUNK} elements rendered as compact JSON on the server's workers (one per core) while the
 * request's thread sends the chunks already done: a register of thousands of KIM is decided on every
 * core, not on one. The bytes are those one {@link JsonStreamWriter} writing the elements one after the
 * other would give (each chunk is rendered by such a writer as an array, and its brackets left out).
 * At most {@link #AHEAD} chunks are rendered ahead of the one being sent, so memory stays bounded
 * whatever the batch size and however slowly the client reads. Thread-safe; no state per request.
 *
 * @param <T> what one element is written from, e.g. a KIM record
 */
final class ChunkedResults<T> {
  /** Elements per chunk: about 1 MB of answer for a KIM with every finding of both questions. */
  static final int CHUNK = 64;
  /** The workers: one per core, daemon threads, started on the first batch of more than one chunk. */
  private static final int WORKERS = Runtime.getRuntime().availableProcessors();
  /** Chunks rendered ahead of the one being sent. */
  static final int AHEAD = 2 * WORKERS;

  /** Writes one element with the writer of its chunk. */
  @FunctionalInterface
  interface Element<T> {
    /**
     * @param json the writer, inside the results array
     * @param element the element
     * @throws IOException never in practice (an in-memory buffer)
     */
    void write(JsonStreamWriter json, T element) throws IOException;
  }

  private final Element<T> element;

  /** @param element how one element is written */
  ChunkedResults(Element<T> element) {
    this.element = element;
  }

  /**
   * Writes the elements, separated by commas, without the array's brackets.
   *
   * @param out the response
   * @param elements the elements, in order
   * @param lang the language of texts
   * @throws IOException if the client goes away
   */
  void write(OutputStream out, List<T> elements, Lang lang) throws IOException {
    int chunks = (elements.size() + CHUNK - 1) / CHUNK;
    if (chunks <= 1) {
      if (!elements.isEmpty()) {
        render(elements, lang).writeInnerTo(out);
      }
      return;
    }
    Deque<Future<Rendered>> ahead = new ArrayDeque<>();
    int next = 0;
    try {
      for (int sent = 0; sent < chunks; sent++) {
        for (; next < chunks && next <= sent + AHEAD; next++) {
          List<T> chunk = elements.subList(next * CHUNK, Math.min(elements.size(), (next + 1) * CHUNK));
          ahead.add(CompletableFuture.supplyAsync(() -> render(chunk, lang), Workers.POOL));
        }
        Rendered r = await(ahead.poll());
        if (sent > 0) {
          out.write(',');
        }
        r.writeInnerTo(out);
      }
    } finally {
      ahead.forEach(f -> f.cancel(false));
    }
  }

  private Rendered render(List<T> chunk, Lang lang) {
    Rendered bytes = new Rendered(chunk.size() * 16 * 1024);
    try (JsonStreamWriter json = JsonStreamWriter.compact(bytes, lang)) {
      json.startArray();
      for (T e : chunk) {
        element.write(json, e);
      }
      json.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  private static Rendered await(Future<Rendered> chunk) throws IOException {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the batch was decided");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** One chunk rendered as a JSON array; only what is inside its brackets is sent. */
  private static final class Rendered extends ByteArrayOutputStream {
    Rendered(int size) {
      super(size);
    }

    void writeInnerTo(OutputStream out) throws IOException {
      out.write(buf, 1, count - 2);
    }
  }

  /** The workers, created on first use so that a server answering no large batch starts none. */
  private static final class Workers {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService POOL = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "kim-server-batch-" + COUNT.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
