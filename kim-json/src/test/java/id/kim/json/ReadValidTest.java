package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MonitoringRecord;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link KimJson#readValid}: one call that reads and validates, so that no caller can act on a value
 * validation would refuse. Violations come back as problems at the JSON path of the refused value,
 * with the constraint's message and the field's rule, never the value.
 */
class ReadValidTest {
  private static String record(String reachValue, String whatsapp, String email) {
    return ("{'profile': {'name': 'KIM Gumbrih', 'whatsapp': '" + whatsapp + "', 'email': '" + email + "', "
        + "'reach': [{'medium': {'platform': 'INSTAGRAM', 'name': '@kim.gumbrih'}, 'metric': 'FOLLOWERS', "
        + "'value': " + reachValue + ", 'observedOn': '2026-01-05'}]}}").replace('\'', '"');
  }

  private static Seq<JsonProblem> refused(String json) {
    return KimJson.readValid(json, KimRecord.class).getLeft();
  }

  @Test
  @DisplayName("PROFILE-s: 2^31 and 2^32 followers are refused at $.profile.reach[0].value with the rule, never echoed")
  void followersBeyondTheRange() {
    for (String followers : List.of("2147483648", "4294967296")) {
      String json = record(followers, "0812-0000-0000", "kim@desa.id");
      assertTrue(KimJson.read(json, KimRecord.class).isRight(), "read alone accepts it: the reason for readValid");
      Seq<JsonProblem> problems = refused(json);
      assertEquals(1, problems.size(), problems::toString);
      JsonProblem p = problems.head();
      assertEquals("$.profile.reach[0].value", p.path());
      assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind());
      assertEquals("kim.count.tooLarge", p.messageKey());
      assertEquals("PROFILE-s", p.ruleId().orElseThrow());
      assertEquals("$.profile.reach[0].value: count too large: at most 100000000 (PROFILE-s)", p.describe(Lang.EN));
      assertEquals("$.profile.reach[0].value: jumlah terlalu besar: paling banyak 100000000 (PROFILE-s)",
          p.describe(Lang.ID));
      assertFalse(p.toString().contains(followers), p::toString);
    }
  }

  @Test
  @DisplayName("PROFILE-i, PROFILE-j: a phone '0812-0000-0001 ext' and a malformed e-mail are refused by the one call")
  void phoneAndEmail() {
    String json = record("1250", "0812-0000-0001 ext", "siti@@desa");
    assertTrue(KimJson.read(json, KimRecord.class).isRight(), "read alone accepts both");
    Seq<JsonProblem> problems = refused(json);
    assertEquals(List.of("$.profile.email kim.email.invalid PROFILE-j",
        "$.profile.whatsapp kim.phone.invalid PROFILE-i"),
        problems.map(p -> p.path() + " " + p.messageKey() + " " + p.ruleId().orElse("-")).toJavaList());
    String all = problems.mkString();
    assertFalse(all.contains("siti") || all.contains("0812-0000-0001"), all);
  }

  @Test
  @DisplayName("a document that does not read gives read's one problem; a valid one gives the value read gives")
  void sameShapeAsRead() {
    String broken = "{\"profile\": {\"name\": 5}}";
    assertEquals(List.of(KimJson.read(broken, KimRecord.class).getLeft()), refused(broken).toJavaList());
    String valid = record("1250", "0812-0000-0000", "kim@desa.id");
    assertEquals(KimJson.read(valid, KimRecord.class).get(), KimJson.readValid(valid, KimRecord.class).get());
  }

  @Test
  @DisplayName("a list read with a caller's codec is validated element by element, problems at $[i]")
  void listsByElement() {
    String tally = "{'kind': 'ATTENDANCE', 'count': %s, 'on': '2026-01-05'}";
    String json = ("[{'kim': {'name': 'KIM A'}}, {'kim': {'name': 'KIM B'}, 'tallies': [" + tally.formatted("12") + ", "
        + tally.formatted("4294967296") + "]}]").replace('\'', '"');
    Seq<JsonProblem> problems = KimJson.readValid(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        Field.listOf(KimJson.codec(MonitoringRecord.class))).getLeft();
    assertEquals(List.of("$[1].tallies[1].count GAP-44"),
        problems.map(p -> p.path() + " " + p.ruleId().orElse("-")).toJavaList());
  }

  @Test
  @DisplayName("validation paths become JSON paths: indexes kept, set elements as [*], odd names quoted")
  void paths() {
    assertEquals("$.profile.reach[0].value", JsonPath.root().resolveField("profile.reach[0].value").toString());
    assertEquals("$.targetAudience.villages[*].name",
        JsonPath.root().resolveField("targetAudience.villages[].name").toString());
    assertEquals("$[3].count", JsonPath.root().index(3).resolveField("count").toString());
    assertEquals("$", JsonPath.root().resolveField("").toString());
  }
}
