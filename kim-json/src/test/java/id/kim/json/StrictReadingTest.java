package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.Frequency;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Unknown fields, wrong types, bad codes and dates are rejected with a problem naming the JSONPath. */
class StrictReadingTest {

  private static JsonProblem problem(String json, Class<?> type) {
    var result = KimJson.read(json.replace('\'', '"'), type);
    assertTrue(result.isLeft(), () -> "expected a problem, got " + result);
    return result.getLeft();
  }

  @Test
  @DisplayName("a missing kecamatan name names its full path (PROFILE-g)")
  void missingNestedFieldNamesItsPath() {
    JsonProblem p =
        problem("{'profile': {'name': 'KIM Mekar', 'seat': {'name': 'Sukajadi', 'kind': 'DESA', 'district': {}}}}",
        KimRecord.class);
    assertEquals("$.profile.seat.district.name", p.path());
    assertEquals(JsonProblem.Kind.MISSING_FIELD, p.kind());
    assertEquals("$.profile.seat.district.name: required: string", p.describe(Lang.EN));
    assertEquals("$.profile.seat.district.name: wajib diisi: string", p.describe(Lang.ID));
  }

  @Test
  void unknownFieldIsRejectedWithTheFieldsTheTypeHas() {
    JsonProblem p = problem("{'name': 'KIM Mekar', 'nama': 'x'}", KimProfile.class);
    assertEquals("$.nama", p.path());
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, p.kind());
    assertTrue(p.message(Lang.EN).contains("its fields are: name, type, communityNumber"), p::toString);
  }

  @Test
  void arrayElementsAreNamedByIndex() {
    JsonProblem p = problem("{'name': 'KIM Mekar', 'media': [{'platform': 'INSTAGRAM'}, {'platform': 'MYSPACE'}]}",
        KimProfile.class);
    assertEquals("$.media[1].platform", p.path());
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind());
    assertTrue(p.message(Lang.EN).startsWith("unknown Platform code; use one of: INSTAGRAM, FACEBOOK"), p::toString);
  }

  @Test
  void scalarsAreNeverCoerced() {
    assertEquals(JsonProblem.Kind.WRONG_TYPE, problem("{'count': '3', 'period': 'WEEKLY'}", Frequency.class).kind());
    assertEquals(JsonProblem.Kind.WRONG_TYPE, problem("{'count': 3.0, 'period': 'WEEKLY'}", Frequency.class).kind());
    assertEquals(JsonProblem.Kind.WRONG_TYPE, problem("{'count': 3, 'period': 1}", Frequency.class).kind());
    assertEquals(JsonProblem.Kind.WRONG_TYPE, problem("{'name': 42}", KimProfile.class).kind());
    assertEquals("$.count: must be integer, not string",
        problem("{'count': '3', 'period': 'WEEKLY'}", Frequency.class).describe(Lang.EN));
    JsonProblem big = problem("{'count': 3000000000, 'period': 'WEEKLY'}", Frequency.class);
    assertEquals(JsonProblem.Kind.INVALID_VALUE, big.kind());
    assertEquals("$.count", big.path());
  }

  @Test
  void enumsAreReadOnlyByTheirExactCode() {
    assertEquals("$.type", problem("{'name': 'K', 'type': 'Tipe A'}", KimProfile.class).path());
    assertEquals(JsonProblem.Kind.INVALID_VALUE, problem("{'name': 'K', 'type': 'a'}", KimProfile.class).kind());
    assertEquals("$.type: unknown KimType code; use one of: A, B",
        problem("{'name': 'K', 'type': 'C'}", KimProfile.class).describe(Lang.EN));
  }

  @Test
  void datesAreIso8601CalendarDates() {
    String shell = "{'profile': {'name': 'K'}, 'decree': {'number': '1', 'issuerTitle': 'LURAH', "
        + "'issuerVillage': {'name': 'V', 'kind': 'KELURAHAN', 'district': {'name': 'D'}}, 'issuedOn': '%s'}}";
    for (String bad : new String[] {"2025-02-30", "30/01/2025", "2025-1-5", "20250105", "2025-01-05T00:00"}) {
      JsonProblem p = problem(String.format(shell, bad), KimRecord.class);
      assertEquals("$.decree.issuedOn", p.path(), bad);
      assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind(), bad);
    }
    assertEquals(LocalDate.of(2024, 2, 29),
        KimJson.read(String.format(shell, "2024-02-29").replace('\'', '"'), KimRecord.class).get().decree().get()
            .issuedOn());
  }

  @Test
  void nullMeansAbsentForOptionalFieldsAndMissingForRequiredOnes() {
    assertTrue(KimJson.read("{\"name\": \"K\", \"type\": null, \"media\": null}", KimProfile.class).get().type()
        .isEmpty());
    JsonProblem p = problem("{'name': null}", KimProfile.class);
    assertEquals(JsonProblem.Kind.MISSING_FIELD, p.kind());
    assertEquals(JsonProblem.Kind.MISSING_FIELD, problem("{'name': 'K', 'media': [null]}", KimProfile.class).kind());
  }

  @Test
  void malformedJsonGivesLineAndColumnButNeverQuotesTheDocument() {
    JsonProblem p = problem("{\n  'name': Siti Aminah\n}", KimProfile.class);
    assertEquals(JsonProblem.Kind.MALFORMED, p.kind());
    assertEquals(2, p.line().get());
    assertFalse(p.describe(Lang.EN).contains("Siti"), p::toString);
    assertEquals("$.name", p.path());
  }

  @Test
  void duplicateFieldsTrailingContentAndEmptyInputAreMalformed() {
    JsonProblem dup = problem("{'name': 'A', 'name': 'B'}", KimProfile.class);
    assertEquals(JsonProblem.Kind.MALFORMED, dup.kind());
    assertTrue(dup.message(Lang.EN).startsWith("field 'name' appears twice"), dup::toString);
    assertEquals(JsonProblem.Kind.MALFORMED, problem("{'name': 'A'} {'name': 'B'}", KimProfile.class).kind());
    assertEquals("json.empty", problem("   ", KimProfile.class).messageKey());
  }

  @Test
  @DisplayName("personal data in the document never reaches a problem (GAP-49)")
  void problemsNeverRepeatValues() {
    JsonProblem p = problem("{'name': 'KIM Mekar', 'contactPerson': {'name': 'Siti Aminah', 'role': 'Siti Aminah'}, "
        + "'whatsapp': '081200000000', 'email': 81200000000}", KimProfile.class);
    assertEquals("$.contactPerson.role", p.path());
    for (Lang lang : Lang.values()) {
      assertFalse(p.describe(lang).contains("Siti"), p::toString);
      assertFalse(p.describe(lang).contains("0812"), p::toString);
    }
  }

  @Test
  @DisplayName("a Dinas is consistent with its level (ARCH-3, ARCH-4)")
  void dinasScopeIsChecked() {
    String rc = "{'name': 'Sukamaju', 'kind': 'KABUPATEN', 'province': {'name': 'Jawa Tengah'}}";
    assertEquals("$.regencyCity", problem("{'name': 'D', 'level': 'REGENCY_CITY', 'province': {'name': 'Jawa Tengah'}}",
        Dinas.class).path());
    assertEquals("$.province",
        problem("{'name': 'D', 'level': 'REGENCY_CITY', 'province': {'name': 'Bali'}, 'regencyCity': "
        + rc + "}", Dinas.class).path());
    assertEquals("$.regencyCity", problem("{'name': 'D', 'level': 'PROVINCIAL', 'province': {'name': 'Jawa Tengah'}, "
        + "'regencyCity': " + rc + "}", Dinas.class).path());
  }

  @Test
  void proposedCitationsNameTheirGapAndOnlyThey() {
    assertEquals("$.gap", problem("{'section': 'II.B.4', 'quote': 'q', 'proposed': true}", Citation.class).path());
    assertEquals("$.gap", problem("{'section': 'II.B.4', 'quote': 'q', 'gap': 'GAP-09'}", Citation.class).path());
    assertTrue(KimJson.read("{\"section\": \"II.B.4\", \"quote\": \"q\", \"proposed\": true, \"gap\": \"GAP-09\"}",
        Citation.class).get().proposed());
  }

  @Test
  void aDecisionsVerdictMustFollowFromItsFindingsAndMessageTextsAreIgnored() {
    String decision =
        "{'question': {'bundle': 'b', 'key': 'k', 'text': 'anything'}, 'subject': 'KIM Mekar', 'verdict': '%s',"
        + " 'ruleSet': {'name': 'juknis-2022', 'version': '1'}, 'asOf': '2026-01-15'}";
    assertTrue(KimJson.read(String.format(decision, "ELIGIBLE").replace('\'', '"'), Decision.class).isRight());
    JsonProblem p = problem(String.format(decision, "NOT_ELIGIBLE"), Decision.class);
    assertEquals("$.verdict", p.path());
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind());
    assertEquals("$.ruleId", problem("{'ruleId': 'partner legal 1'}", Finding.class).path());
  }

  @Test
  void listsNameTheirElementsFromTheRoot() {
    var result = KimJson.readList("[{\"name\": \"A\"}, {\"nama\": \"B\"}]", KimProfile.class);
    assertEquals("$[1].nama", result.getLeft().path());
    assertEquals(2, KimJson.readList("[{\"name\": \"A\"}, {\"name\": \"B\"}]", KimProfile.class).get().size());
  }

  @Test
  void aCallersMapperThrowsAnExceptionThatCarriesTheProblem() {
    JsonProblemException e = assertThrows(JsonProblemException.class,
        () -> KimJson.mapper().readValue("{\"name\": \"K\", \"type\": \"C\"}", KimProfile.class));
    assertEquals("$.type", e.problem().path());
    assertThrows(IllegalArgumentException.class, () -> KimJson.read("{}", String.class));
  }

  @Test
  void nullArgumentsAreProgrammingErrorsNamingTheParameter() {
    var e =
        assertThrows(
            MissingValueException.class, () -> KimJson.read((String) null, KimProfile.class));
    assertTrue(e.getMessage().startsWith("'json'"), e.getMessage());
    assertTrue(
        assertThrows(MissingValueException.class, () -> KimJson.write(null))
            .getMessage()
            .startsWith("'value'"));
  }
}
