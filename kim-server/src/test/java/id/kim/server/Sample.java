package id.kim.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The bundled Jembrana sample (kim-report) as request bodies: its Dinas, 40 records, as of 2026-01-15. */
final class Sample {
  static final Dataset DATA = Dataset.load(Inputs.sample(), Lang.ID)
      .getOrElseThrow((String m) -> new IllegalStateException(m));
  static final String AS_OF = Inputs.SAMPLE_AS_OF.toString();

  private Sample() {}

  /** @return {@code {"dinas", "asOf", "records"}} with every record of the sample */
  static ObjectNode batch() {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("dinas", KimJson.tree(DATA.dinas(), Lang.ID));
    body.put("asOf", AS_OF);
    body.set("records", KimJson.tree(DATA.records(), Lang.ID));
    return body;
  }

  /** @return the request with one record, {@code record}, the i-th of the sample */
  static ObjectNode single(int i) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("dinas", KimJson.tree(DATA.dinas(), Lang.ID));
    body.put("asOf", AS_OF);
    body.set("record", KimJson.tree(DATA.records().get(i), Lang.ID));
    return body;
  }

  /** @return the value as JSON text parsed again, so numbers compare as an HTTP answer's do */
  static JsonNode tree(Object value, Lang lang) {
    try {
      return Http.JSON.readTree(KimJson.write(value, lang));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the batch with the sample's mapping inputs: grid assessments and public issues */
  static ObjectNode mapping() {
    ObjectNode body = batch();
    DATA.grid().ifPresent(g -> body.set("grid", KimJson.tree(g, Lang.ID)));
    body.set("issues", KimJson.tree(DATA.issues(), Lang.ID));
    if (!DATA.decisions().isEmpty()) {
      body.set("decisions", KimJson.tree(DATA.decisions(), Lang.ID));
    }
    DATA.mappingPolicy().ifPresent(m -> body.set("mappingPolicy", KimJson.tree(m, Lang.ID)));
    return body;
  }
}
