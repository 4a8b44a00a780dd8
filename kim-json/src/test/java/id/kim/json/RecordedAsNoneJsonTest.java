package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code "recordedAsNone"} of the profile and of the record (tercatat tidak ada), docs/json.md. */
class RecordedAsNoneJsonTest {

  private static JsonProblem problem(String json, Class<?> type) {
    var result = KimJson.read(json.replace('\'', '"'), type);
    assertTrue(result.isLeft(), () -> "expected a problem, got " + result);
    return result.getLeft();
  }

  @Test
  @DisplayName("facts recorded as none are written by their field names and read back, on profile and record")
  void roundTrip() {
    KimProfile p =
        KimProfile.builder()
            .name("KIM Gumbrih")
            .recordedAsNone(List.of(KnownAbsence.MEDIA, KnownAbsence.COMMUNITY_NUMBER))
            .build();
    KimRecord r = KimRecord.of(p).withRecordedAsNone(KnownAbsence.DECREE, KnownAbsence.CRIMINAL_CASES);
    String json = KimJson.write(r);
    String compact = json.replaceAll("\\s", "");
    assertTrue(compact.contains("\"recordedAsNone\":[\"communityNumber\",\"media\"]"), json);
    assertTrue(compact.contains("\"recordedAsNone\":[\"decree\",\"criminalCases\"]"), json);
    assertEquals(KnownAbsence.MEDIA, KimJson.read("\"media\"", KnownAbsence.class).get());
    assertEquals(r, KimJson.read(json, KimRecord.class).get());
    assertEquals(KimRecord.of(p), KimJson.read("{\"profile\": {\"name\": \"KIM Gumbrih\", "
        + "\"recordedAsNone\": [\"media\", \"communityNumber\"]}}", KimRecord.class).get());
  }

  @Test
  @DisplayName("nothing recorded as none: the field is left out, as before")
  void absentWhenEmpty() {
    assertTrue(!KimJson.write(KimProfile.builder().name("KIM Gumbrih").build()).contains("recordedAsNone"));
  }

  @Test
  @DisplayName("an unknown name is refused with its JSONPath and the names allowed there")
  void unknownName() {
    JsonProblem p = problem("{'name': 'KIM Mekar', 'recordedAsNone': ['media', 'nomorInduk']}", KimProfile.class);
    assertEquals("$.recordedAsNone[1]", p.path());
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind());
    assertEquals("unknown recordedAsNone code; use one of: communityNumber, media, otherDisseminationMeans",
        p.message(Lang.EN));
    JsonProblem code = problem("{'profile': {'name': 'KIM Mekar'}, 'recordedAsNone': ['DECREE']}", KimRecord.class);
    assertEquals("$.recordedAsNone[0]", code.path());
    assertTrue(code.message(Lang.ID).endsWith("decree, board, boardAcknowledgement, declaration, affiliations, "
        + "criminalCases, civilServants"), code::toString);
  }

  @Test
  @DisplayName("a record fact on the profile, or a profile fact on the record, is refused saying where it belongs")
  void wrongLevel() {
    JsonProblem onProfile =
        problem("{'profile': {'name': 'KIM Mekar', 'recordedAsNone': ['decree']}}", KimRecord.class);
    assertEquals("$.profile.recordedAsNone[0]", onProfile.path());
    assertTrue(onProfile.message(Lang.EN).startsWith("'decree' is recorded as none on the record"),
        onProfile::toString);
    JsonProblem onRecord = problem("{'profile': {'name': 'KIM Mekar'}, 'recordedAsNone': ['media']}", KimRecord.class);
    assertEquals("$.recordedAsNone[0]", onRecord.path());
    assertTrue(onRecord.message(Lang.ID).startsWith("'media' tercatat tidak ada pada profil"), onRecord::toString);
    assertEquals(JsonProblem.Kind.WRONG_TYPE,
        problem("{'name': 'KIM Mekar', 'recordedAsNone': 'media'}", KimProfile.class).kind());
  }
}
