package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link JsonMember}: a value read from inside a larger streamed document gets exactly the answer of the
 * same value read as a document alone with {@link KimJson#readValid} — the same value, or the same problems
 * (path, kind, rule ID) — and the parser is left on the value's last token, ready for the next member.
 */
class JsonMemberTest {
  private static final ObjectMapper MAPPER = KimJson.mapper();

  @Test
  void aMemberAnswersAsTheDocumentAlone() {
    @SuppressWarnings("unchecked")
    Gen<KimRecord> records = (Gen<KimRecord>) ContractGenerators.all().get(KimRecord.class);
    Codec<List<KimRecord>> codec = Field.listOf(KimJson.codec(KimRecord.class));
    qt().withExamples(60).forAll(records, records).check((a, b) -> {
      String array = "[" + KimJson.write(a) + "," + KimJson.write(b) + "]";
      for (String member : List.of(array, array.replaceFirst("\"profile\"", "\"zzUnknown\": 1, \"profile\""),
          array.replaceFirst("\"name\" *: *\"[^\"]*\"", "\"name\": 7"), "null", "{}", "[]", "7")) {
        try {
          same(member, codec);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return true;
    });
  }

  @Test
  void aViolationIsAtItsPathInTheMemberWithItsRule() throws IOException {
    String record = ("{'profile': {'name': 'KIM Gumbrih', 'reach': [{'medium': {'platform': 'INSTAGRAM', "
        + "'name': '@kim.gumbrih'}, 'metric': 'FOLLOWERS', 'value': 2147483648, 'observedOn': '2026-01-05'}]}}")
        .replace('\'', '"');
    Seq<JsonProblem> problems = member("[" + record + "]", Field.listOf(KimJson.codec(KimRecord.class))).getLeft();
    assertEquals("$[0].profile.reach[0].value: count too large: at most 100000000 (PROFILE-s)",
        problems.single().describe(Lang.EN));
  }

  @Test
  void aMalformedMemberIsTheParsersProblem() throws IOException {
    try (JsonParser p = MAPPER.createParser("{\"m\": [1, }")) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThrows(IOException.class, () -> JsonMember.readValid(p, KimJson.codec(KimRecord.class)));
    }
  }

  @Test
  void nullArgumentsAreNamed() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> JsonMember.readValid((JsonParser) null, KimJson.codec(KimRecord.class)));
    assertEquals(true, e.getMessage().contains("parser"), e::getMessage);
  }

  private static <T> void same(String member, Codec<T> codec) throws IOException {
    Either<Seq<JsonProblem>, T> alone = KimJson.readValid(
        new ByteArrayInputStream(member.getBytes(StandardCharsets.UTF_8)), codec);
    Either<Seq<JsonProblem>, T> inside = member(member, codec);
    assertEquals(alone, inside, member);
  }

  /** @return the member read from {@code {"before": …, "member": <member>, "after": …}}, the parser then checked */
  private static <T> Either<Seq<JsonProblem>, T> member(String member, Codec<T> codec) throws IOException {
    String envelope = "{\"before\": {\"x\": [1, 2]}, \"member\": " + member + ", \"after\": \"end\"}";
    try (JsonParser p = MAPPER.createParser(envelope)) {
      while (!"member".equals(p.currentName()) || p.currentToken() != JsonToken.FIELD_NAME) {
        p.nextToken();
        if (p.currentToken() == JsonToken.START_OBJECT && "before".equals(p.currentName())) {
          p.skipChildren();
        }
      }
      p.nextToken();
      Either<Seq<JsonProblem>, T> read = JsonMember.readValid(p, codec);
      assertEquals(JsonToken.FIELD_NAME, p.nextToken());
      assertEquals("after", p.currentName());
      return read;
    }
  }
}
