package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.KimValidator;
import id.kim.json.JsonStreamWriter;
import id.kim.json.KimJson;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.RegionSamplers;
import id.kim.testkit.Sampler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pins the bytes of {@code POST /v1/eligibility} over a batch large enough to be decided in chunks on the
 * server's workers: the answer is, byte for byte, the one a single writer gives deciding the records one
 * after the other in request order (MAP-ENTRY-1..4, PARTNER-*, QUAL-*, every finding), for each question
 * and language, at chunk boundaries and for an empty batch.
 */
class BatchAnswerBytesTest {
  @RegisterExtension
  static final StartedServer SERVER = new StartedServer();

  private static final RegencyCity REGENCY = RegionSamplers.regencyCities().get(0);
  private static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo " + REGENCY.fullName(), REGENCY);
  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);
  /**
   * Above the size decided on the workers (256), in six chunks of 64 and a part: more than every worker
   * and the chunks rendered ahead.
   */
  private static final List<KimRecord> RECORDS = records(64 * 6 + 17);

  @Test
  void aLargeBatchIsAnsweredAsOneWriterDecidingInOrderWouldAnswerIt() throws IOException {
    assertSameBytes(RECORDS, "both", Lang.ID);
  }

  @Test
  void eachQuestionAndLanguage() throws IOException {
    assertSameBytes(RECORDS, "mappingEntry", Lang.EN);
    assertSameBytes(RECORDS, "partnership", Lang.ID);
  }

  @Test
  void chunkBoundariesAndAnEmptyBatch() throws IOException {
    for (int n : new int[] {0, 1, 64, 256, 257, 320, 321}) {
      assertSameBytes(RECORDS.subList(0, n), "both", Lang.ID);
    }
  }

  private static void assertSameBytes(List<KimRecord> records, String question, Lang lang) throws IOException {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("dinas", KimJson.tree(DINAS, Lang.ID));
    body.put("asOf", AS_OF.toString());
    body.put("question", question);
    body.set("records", KimJson.tree(records, Lang.ID));
    var r = SERVER.http().post("/v1/eligibility?lang=" + lang.name().toLowerCase(Locale.ROOT),
        body.toString());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(inOrder(records, question, lang), r.body(), records.size() + " records, " + question + ", " + lang);
  }

  /** The answer as one writer deciding the records one after the other writes it. */
  private static String inOrder(List<KimRecord> records, String question, Lang lang) throws IOException {
    EligibilityStep step = EligibilityStep.juknis2022();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonStreamWriter j = JsonStreamWriter.compact(out, lang)) {
      j.startObject().field("dinas", DINAS.name()).field("asOf", AS_OF.toString()).startArray("results");
      for (KimRecord r : records) {
        j.startObject().field("kim", r.profile().name());
        if (!question.equals("partnership")) {
          j.value("mappingEntry", step.mappingEntryOfValid(r, DINAS, AS_OF));
        }
        if (!question.equals("mappingEntry")) {
          j.value("partnership", step.partnershipOfValid(r, DINAS, AS_OF));
        }
        j.endObject();
      }
      j.endArray().endObject();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** @return valid kim-testkit records of one regency/city, seeds from 0 */
  private static List<KimRecord> records(int count) {
    Sampler<KimRecord> sampler = RecordSamplers.recordIn(REGENCY);
    List<KimRecord> out = new ArrayList<>(count);
    for (long seed = 0; out.size() < count; seed++) {
      KimRecord r = sampler.from(new SplittableRandom(seed));
      if (KimValidator.standard().validate(r).isValid()) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }
}
