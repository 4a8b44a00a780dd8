package id.kim.core.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The closed vocabularies of the community package: KIM types, legacy categories, government affairs, frequency. */
class CommunityEnumsTest {

  @Test
  @DisplayName("TYPE-A and TYPE-B are read as a Dinas writes them (PROFILE-b \"Tipe A\"/\"Tipe B\")")
  void kimTypes() {
    assertEquals(KimType.A, KimType.parse("Tipe A"));
    assertEquals(KimType.A, KimType.parse(" a "));
    assertEquals(KimType.B, KimType.parse("tipe b"));
    assertEquals(KimType.B, KimType.parse("TIPEB"));
    assertEquals("Tipe A", KimType.A.label());
    assertTrue(KimType.B.description().contains("pemberdayaan masyarakat"));
    for (String bad : new String[] {"C", "Tipe", "", null}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KimType.parse(bad));
      assertTrue(e.getMessage().contains("PROFILE-b"));
    }
  }

  @Test
  @DisplayName(
      "LEGACY-CAT-1..4 of PM Kominfo 8/2019; only categories 2-4 need the information function added (LEGACY-RULE-c)")
  void legacyCategories() {
    assertEquals("LEGACY-CAT-1", LegacyStakeholderCategory.KELOMPOK_INFORMASI_MASYARAKAT.ruleId());
    assertEquals("LEGACY-CAT-2", LegacyStakeholderCategory.KELOMPOK_MEDIA_TRADISIONAL.ruleId());
    assertEquals("LEGACY-CAT-3", LegacyStakeholderCategory.KOMUNITAS_PEMBUAT_KONTEN_POSITIF.ruleId());
    assertEquals("LEGACY-CAT-4", LegacyStakeholderCategory.KELOMPOK_STRATEGIS.ruleId());
    assertFalse(LegacyStakeholderCategory.KELOMPOK_INFORMASI_MASYARAKAT.needsInformationFunction(),
        "LEGACY-RULE-b: continues if validated");
    assertTrue(LegacyStakeholderCategory.KELOMPOK_MEDIA_TRADISIONAL.needsInformationFunction());
    assertTrue(LegacyStakeholderCategory.KOMUNITAS_PEMBUAT_KONTEN_POSITIF.needsInformationFunction());
    assertTrue(LegacyStakeholderCategory.KELOMPOK_STRATEGIS.needsInformationFunction());
  }

  @Test
  @DisplayName(
      "government affairs (PROFILE-m, Law 23/2014) are found by code, constant or Indonesian name; codes are unique")
  void governmentAffairs() {
    assertEquals(Optional.of(GovernmentAffair.HEALTH), GovernmentAffair.find("W-PD-b"));
    assertEquals(Optional.of(GovernmentAffair.HEALTH), GovernmentAffair.find("health"));
    assertEquals(Optional.of(GovernmentAffair.HEALTH), GovernmentAffair.find(" Kesehatan "));
    assertEquals(Optional.of(GovernmentAffair.COMMUNICATION_AND_INFORMATICS),
        GovernmentAffair.find("komunikasi dan informatika"));
    assertEquals(Optional.empty(), GovernmentAffair.find("Vaksinasi Covid-19"));
    Set<String> codes = new HashSet<>();
    for (GovernmentAffair a : GovernmentAffair.values()) {
      assertTrue(codes.add(a.code()), a::code);
    }
    assertEquals(6, count(GovernmentAffair.Category.MANDATORY_BASIC_SERVICE));
    assertEquals(18, count(GovernmentAffair.Category.MANDATORY_OTHER));
    assertEquals(8, count(GovernmentAffair.Category.OPTIONAL));
    assertEquals(6, count(GovernmentAffair.Category.ABSOLUTE));
  }

  @Test
  @DisplayName("a frequency (PROFILE-p: weekly, monthly, yearly; GAP-26) compares per year")
  void frequencies() {
    assertEquals(156, Frequency.of(3, FrequencyPeriod.WEEKLY).perYear());
    assertEquals(24, Frequency.of(2, FrequencyPeriod.MONTHLY).perYear());
    assertEquals(5, Frequency.of(5, FrequencyPeriod.YEARLY).perYear());
    assertEquals("3/weekly", Frequency.of(3, FrequencyPeriod.WEEKLY).toString());
  }

  private static long count(GovernmentAffair.Category c) {
    return Arrays.stream(GovernmentAffair.values()).filter(a -> a.category() == c).count();
  }
}
