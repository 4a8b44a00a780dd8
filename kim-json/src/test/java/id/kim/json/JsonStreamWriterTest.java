package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.i18n.Lang;
import id.kim.core.region.Province;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonStreamWriter}: the one writer of the CLI's and the HTTP service's JSON answers. An SDK value
 * written through it is the contract's JSON ({@link KimJson#write}); a refused input is
 * {@code {"violations": […]}}; the compact form leaves its stream open, the pretty one ends with a line end.
 */
class JsonStreamWriterTest {
  private static final Dinas DINAS = Dinas.provincial("Dinas Kominfo Provinsi Bali", Province.of("Bali"));

  @Test
  void aPrettyValueIsTheContractsJsonWithALineEnd() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonStreamWriter j = JsonStreamWriter.pretty(text, Lang.EN)) {
      j.element(DINAS);
    }
    assertEquals(KimJson.write(DINAS, Lang.EN) + "\n", text.toString());
  }

  @Test
  void aCompactAnswerKeepsItsStreamOpenAndNamesViolations() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the caller's stream is closed");
      }
    };
    Seq<FieldViolation> refused = List.of(FieldViolation.builder().path("profile.name")
        .constraint("NotBlank").messageKey("kim.required").rejectedValue("").ruleId("PROFILE-a").build());
    try (JsonStreamWriter j = JsonStreamWriter.compact(bytes, Lang.EN)) {
      j.startObject().field("n", 2).field("ok", true)
          .valueOrViolations("dinas", Validation.<Seq<FieldViolation>, Dinas>valid(DINAS))
          .valueOrViolations("partnership", Validation.invalid(refused)).startArray("codes").string("A").endArray()
          .endObject();
    }
    String json = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"n\":2,\"ok\":true,\"dinas\":" + KimJson.tree(DINAS, Lang.EN) + ",\"partnership\":"
        + "{\"violations\":[{"), json);
    assertTrue(json.contains("PROFILE-a") && json.endsWith("\"}]},\"codes\":[\"A\"]}"), json);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertEquals("lang", assertThrows(MissingValueException.class,
        () -> JsonStreamWriter.compact(new ByteArrayOutputStream(), null)).getMessage().replaceAll(".*\\b(lang)\\b.*",
        "$1"));
  }
}
