package id.kim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.KimValidator;
import id.kim.json.KimJson;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.RegionSamplers;
import id.kim.testkit.Sampler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The request bodies of the server load run, built once before anything is timed: {@code POST /v1/eligibility}
 * bodies ({@code dinas}, {@code asOf}, {@code question: both}, {@code record} or {@code records}) from the
 * bundled Jembrana sample (kim-report, 40 records) and from kim-testkit records generated with fixed
 * seeds, each judged by the Dinas Kominfo Kabupaten/Kota of its own regency/city (ARCH-4). Only records
 * that pass Bean Validation are used, so every answer is a decision (200), never a 422.
 */
final class LoadBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One KIM to decide: the record, its deciding Dinas and the day. */
  record Case(KimRecord record, Dinas dinas, LocalDate asOf) {}

  private LoadBodies() {}

  /**
   * @param generated how many generated records besides the sample's 40
   * @return the sample's records, then {@code generated} valid generated ones (seeds from 1)
   */
  static List<Case> cases(int generated) {
    Dataset sample = Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow((String m) -> new IllegalStateException(m));
    List<Case> out = new ArrayList<>();
    for (KimRecord r : sample.records()) {
      out.add(new Case(r, sample.dinas(), Inputs.SAMPLE_AS_OF));
    }
    Sampler<KimRecord> records = RecordSamplers.record();
    for (long seed = 1; out.size() < sample.records().size() + generated; seed++) {
      KimRecord r = records.from(new SplittableRandom(seed));
      if (KimValidator.standard().validate(r).isValid()) {
        out.add(new Case(r, Fixtures.dinasOf(r), Fixtures.AS_OF));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The national register's size in one request: {@code count} valid records generated in one
   * regency/city (the first of kim-testkit's region table, seeds from 0), its Dinas deciding.
   *
   * @param count how many records
   * @return the cases, one Dinas
   */
  static List<Case> register(int count) {
    RegencyCity regency = RegionSamplers.regencyCities().get(0);
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo " + regency.fullName(), regency);
    Sampler<KimRecord> records = RecordSamplers.recordIn(regency);
    List<Case> out = new ArrayList<>(count);
    for (long seed = 0; out.size() < count; seed++) {
      KimRecord r = records.from(new SplittableRandom(seed));
      if (KimValidator.standard().validate(r).isValid()) {
        out.add(new Case(r, dinas, Fixtures.AS_OF));
      }
    }
    return List.copyOf(out);
  }

  /** @return one body per case, with {@code record} */
  static List<String> singles(List<Case> cases) {
    List<String> out = new ArrayList<>(cases.size());
    for (Case c : cases) {
      ObjectNode body = head(c);
      body.set("record", KimJson.tree(c.record(), Lang.ID));
      out.add(body.toString());
    }
    return List.copyOf(out);
  }

  /**
   * @param cases the cases, grouped into batches of consecutive cases of one Dinas and day
   * @param size the largest batch
   * @return the batch bodies, with {@code records}
   */
  static List<Batch> batches(List<Case> cases, int size) {
    List<Batch> out = new ArrayList<>();
    int from = 0;
    while (from < cases.size()) {
      Case first = cases.get(from);
      int to = from;
      ArrayNode records = JSON.createArrayNode();
      while (to < cases.size() && to - from < size && cases.get(to).dinas().equals(first.dinas())
          && cases.get(to).asOf().equals(first.asOf())) {
        records.add(KimJson.tree(cases.get(to).record(), Lang.ID));
        to++;
      }
      ObjectNode body = head(first);
      body.set("records", records);
      out.add(new Batch(body.toString(), to - from));
      from = to;
    }
    return List.copyOf(out);
  }

  /** A batch body and how many decisions of each question it asks for. */
  record Batch(String body, int records) {}

  private static ObjectNode head(Case c) {
    ObjectNode body = JSON.createObjectNode();
    body.set("dinas", KimJson.tree(c.dinas(), Lang.ID));
    body.put("asOf", c.asOf().toString());
    body.put("question", "both");
    return body;
  }
}
