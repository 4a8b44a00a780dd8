package id.kim.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.explain.Decision;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The work of {@code POST /v1/eligibility} without HTTP, in this JVM: each batch's Dinas and records
 * read from the same JSON text the request carries ({@link KimJson#read} and {@link KimJson#readValid},
 * Bean Validation included), both questions decided with every finding (MAP-ENTRY-1..4, PARTNER-*,
 * QUAL-*) by the same {@link EligibilityStep} the server uses, and the answer written as compact JSON
 * in the shape the server answers ({@code dinas}, {@code asOf}, {@code results[]}).
 */
final class InProcessEligibility {
  private static final ObjectWriter WRITER = KimJson.mapper(Lang.ID).writer();
  private final EligibilityStep step = RuleFamilies.available().eligibility();

  /** A batch as JSON texts: its Dinas, its day, each record. */
  record Texts(String dinas, LocalDate asOf, List<String> records) {}

  /** @return the batches of {@code cases} (of at most {@code size}, one Dinas and day each) as JSON texts */
  static List<Texts> texts(List<LoadBodies.Case> cases, int size) {
    List<Texts> out = new ArrayList<>();
    int from = 0;
    while (from < cases.size()) {
      LoadBodies.Case first = cases.get(from);
      List<String> records = new ArrayList<>();
      int to = from;
      while (to < cases.size() && to - from < size && cases.get(to).dinas().equals(first.dinas())
          && cases.get(to).asOf().equals(first.asOf())) {
        records.add(KimJson.write(cases.get(to).record(), Lang.ID));
        to++;
      }
      out.add(new Texts(KimJson.write(first.dinas(), Lang.ID), first.asOf(), List.copyOf(records)));
      from = to;
    }
    return List.copyOf(out);
  }

  /**
   * @param batch one batch
   * @return the bytes of the answer
   */
  int decide(Texts batch) {
    Dinas dinas = KimJson.read(batch.dinas(), Dinas.class).getOrElseThrow(p -> new IllegalStateException(p.toString()));
    List<Map<String, Object>> results = new ArrayList<>(batch.records().size());
    for (String json : batch.records()) {
      KimRecord r = KimJson.readValid(json, KimRecord.class)
          .getOrElseThrow(p -> new IllegalStateException(p.toString()));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("kim", r.profile().name());
      result.put("mappingEntry", decision(step.mappingEntry(r, dinas, batch.asOf())));
      result.put("partnership", decision(step.partnership(r, dinas, batch.asOf())));
      results.add(result);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("dinas", dinas.name());
    answer.put("asOf", batch.asOf().toString());
    answer.put("results", results);
    try {
      return WRITER.writeValueAsBytes(answer).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object decision(Validation<? extends Seq<?>, Decision> v) {
    return v.isValid() ? v.get() : Map.of("violations", v.getError().toJavaList());
  }

  /**
   * Decides every batch, over and over on {@code threads} threads, for about {@code nanos}.
   *
   * @return records decided (each for both questions) per second
   */
  double rate(List<Texts> batches, int threads, long nanos) throws InterruptedException {
    AtomicLong records = new AtomicLong();
    long deadline = System.nanoTime() + nanos;
    Thread[] workers = new Thread[threads];
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      workers[t] = new Thread(() -> {
        for (int i = offset; System.nanoTime() < deadline; i++) {
          Texts b = batches.get(i % batches.size());
          decide(b);
          records.addAndGet(b.records().size());
        }
      }, "in-process-" + t);
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return records.get() * 1e9 / (System.nanoTime() - start);
  }
}
