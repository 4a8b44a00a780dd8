package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.organisation.CivilServantScope;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.explain.RuleId;
import id.kim.rules.impact.ImpactQuestion;
import id.kim.rules.impact.Variant;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A rule variant as a JSON document: what it reads, its version, and every refusal at its JSONPath. */
class VariantJsonTest {
  private static final String BASE = "\"base\": {\"name\": \"juknis-2022\", \"version\": \"2022.08.30\"}";

  private static Variant read(String json) {
    return KimJson.read(json, Variant.class).getOrElseThrow(p -> new AssertionError(p.describe(Lang.EN)));
  }

  private static JsonProblem refused(String json) {
    return KimJson.read(json, Variant.class).swap().getOrElseThrow(v -> new AssertionError("read " + v));
  }

  @Test
  @DisplayName("a variant reads its policies and removed rules, and they appear in the rule sets' version")
  void readsPoliciesAndVersion() {
    Variant v = read("{\"name\": \"asn-anggota\", " + BASE + ", \"eligibility\": {\"asnScope\": \"BOARD_AND_MEMBERS\","
        + " \"qualificationGate\": \"REQUIRE_NO_FAILURE\"}, \"mapping\": {\"level\": {\"mixedCase\": \"EITHER_HIGH\"}},"
        + " \"removedRules\": [\"QUAL-3\"]}");
    assertEquals(CivilServantScope.BOARD_AND_MEMBERS, v.eligibility().asnScope());
    assertEquals(GatePolicy.REQUIRE_NO_FAILURE, v.eligibility().qualificationGate());
    assertEquals(MixedCasePolicy.EITHER_HIGH, v.mapping().level().mixedCase());
    assertEquals("2022.08.30+asn=BOARD_AND_MEMBERS,qualificationGate=REQUIRE_NO_FAILURE,mapping.mixedCase=EITHER_HIGH,"
        + "without=QUAL-3,variant=asn-anggota", v.version());
    assertEquals(v.version(), v.ruleSet(ImpactQuestion.PARTNERSHIP).ref().version());
    assertTrue(v.ruleSet(ImpactQuestion.PARTNERSHIP).rule(RuleId.of("QUAL-3")).isEmpty());
  }

  @Test
  @DisplayName("a variant with nothing but its name and base is the juknis under another name")
  void emptyVariantKeepsDefaults() {
    Variant v = read("{\"name\": \"sama\", " + BASE + "}");
    assertEquals(Variant.baseline().eligibility(), v.eligibility());
    assertEquals("2022.08.30+variant=sama", v.version());
    assertEquals("2022.08.30", read("{\"name\": \"juknis-2022\", " + BASE + "}").version());
  }

  @Test
  @DisplayName("an unknown policy is refused at its JSONPath, naming the policies there are")
  void unknownPolicy() {
    JsonProblem p = refused("{\"name\": \"x\", " + BASE + ", \"eligibility\": {\"asnScop\": \"BOARD_ONLY\"}}");
    assertEquals("$.eligibility.asnScop", p.path());
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, p.kind());
    assertTrue(p.describe(Lang.EN).contains("asnScope"), p.describe(Lang.EN));
  }

  @Test
  @DisplayName("an unknown policy value is refused at its JSONPath, naming the values there are")
  void unknownValue() {
    JsonProblem p = refused("{\"name\": \"x\", " + BASE
        + ", \"mapping\": {\"level\": {\"mixedCase\": \"SOMETIMES\"}}}");
    assertEquals("$.mapping.level.mixedCase", p.path());
    assertTrue(p.describe(Lang.EN).contains("EITHER_HIGH"), p.describe(Lang.EN));
  }

  @Test
  @DisplayName("an unknown rule ID is refused at its JSONPath, naming the rules a variant can remove")
  void unknownRule() {
    JsonProblem p = refused("{\"name\": \"x\", " + BASE + ", \"removedRules\": [\"QUAL-1\", \"QUAL-9\"]}");
    assertEquals("$.removedRules[1]", p.path());
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind());
    assertTrue(p.describe(Lang.EN).contains("PARTNER-ADMIN-1"), p.describe(Lang.EN));
    assertTrue(p.describe(Lang.ID).contains("bukan aturan kelayakan"), p.describe(Lang.ID));
  }

  @Test
  @DisplayName("an unknown base rule set and a name unfit for a version are refused at their paths")
  void unknownBaseAndBadName() {
    assertEquals("$.base",
        refused("{\"name\": \"x\", \"base\": {\"name\": \"juknis-2030\", \"version\": \"1\"}}").path());
    assertEquals("$.name", refused("{\"name\": \"Varian ASN\", " + BASE + "}").path());
    assertEquals("$.base", refused("{\"name\": \"x\"}").path());
  }

  @Test
  @DisplayName("a version that disagrees with the variant is refused: it is derived")
  void versionIsDerived() {
    JsonProblem p = refused("{\"name\": \"x\", " + BASE + ", \"version\": \"2022.08.30\"}");
    assertEquals("$.version", p.path());
  }
}
