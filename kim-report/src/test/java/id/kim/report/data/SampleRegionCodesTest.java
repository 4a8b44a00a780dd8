package id.kim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.Village;
import id.kim.csv.Tabel31Options;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample lies in real places: Kabupaten Jembrana (Bali, 51.01), its five kecamatan and fifteen of
 * their kelurahan/desa, each recorded with the code and the official name of the Kemendagri register
 * (idn-area-data 4.0.1); its KIM and people are fictional.
 */
class SampleRegionCodesTest {
  private static final Dataset SAMPLE =
      Dataset.load(Inputs.sample(), Lang.EN).getOrElseThrow(p -> new AssertionError(p));
  private static final RegionCode JEMBRANA = RegionCode.parse("51.01");
  /** The register's entries for the places of the sample, as published. */
  private static final RegionDirectory REGISTER = RegionDirectory.of(table(
      "51", "Bali", "51.01", "Kabupaten Jembrana",
      "51.01.01", "Negara", "51.01.02", "Mendoyo", "51.01.03", "Pekutatan", "51.01.04", "Melaya",
      "51.01.05", "Jembrana",
      "51.01.01.1006", "Baler Bale Agung", "51.01.01.1008", "Banjar Tengah", "51.01.01.1013", "Lelateng",
      "51.01.02.2002", "Pohsanten", "51.01.02.2007", "Penyaringan", "51.01.02.2008", "Yehembang",
      "51.01.03.2001", "Medewi", "51.01.03.2002", "Pulukan", "51.01.03.2006", "Gumbrih",
      "51.01.04.2002", "Melaya", "51.01.04.2007", "Candikusuma", "51.01.04.2009", "Tukadaya",
      "51.01.05.2002", "Perancak", "51.01.05.2006", "Budeng", "51.01.05.2007", "Air Kuning"));

  @Test
  @DisplayName("the Dinas is the Dinas Kominfo of Kabupaten Jembrana, with its codes")
  void theDinasIsJembrana() {
    Dinas dinas = SAMPLE.dinas();
    assertEquals("Dinas Komunikasi dan Informatika Kabupaten Jembrana", dinas.name());
    assertEquals(Optional.of(JEMBRANA), dinas.regencyCity().flatMap(RegencyCity::code));
    assertEquals(Optional.of(RegionCode.parse("51")), dinas.province().code());
    assertTrue(REGISTER.isNamed(JEMBRANA, dinas.regencyCity().orElseThrow().fullName()));
  }

  @Test
  @DisplayName("every KIM is seated in a real kelurahan/desa of Jembrana, its code, name and kind the register's")
  void everySeatIsARealVillage() {
    assertEquals(40, SAMPLE.records().size());
    for (KimRecord r : SAMPLE.records()) {
      Village seat = r.profile().seat().orElseThrow(() -> new AssertionError(r.profile().name()));
      assertReal(seat, r.profile().name());
      r.decree().ifPresent(d -> assertReal(d.issuerVillage(), r.profile().name() + " decree"));
      r.profile().communityNumber().ifPresent(n -> {
        assertTrue(n.value().startsWith("KIM/5101/"), n::value);
        assertEquals(Optional.of(JEMBRANA), n.issuedBy().code(), n::value);
      });
    }
    assertEquals(15, SAMPLE.records().stream().map(r -> r.profile().seat().orElseThrow().code()).distinct().count());
    assertEquals(5, SAMPLE.records().stream().map(r -> r.profile().seat().orElseThrow().district().code())
        .distinct().count());
  }

  @Test
  @DisplayName("Tabel 3.1 of the sample imports against the register: 40 KIM seated by code, the two broken rows only")
  void theTableImportsAgainstTheRegister() {
    Tabel31Options options = Tabel31Options.forDinas(SAMPLE.dinas()).withRegionDirectory(REGISTER);
    ProfileImport checked = Loader.profiles(Inputs.sample().profiles().orElseThrow(), options, Lang.EN)
        .getOrElseThrow(p -> new AssertionError(p));
    assertEquals(40, checked.profiles().size());
    assertEquals(List.of(42, 43), checked.errors().stream().map(e -> e.row()).toList());
    assertTrue(checked.errors().stream().flatMap(e -> e.problems().stream())
        .noneMatch(p -> p.ruleId().orElse("").startsWith("REGION-CODE")), () -> checked.errors().toString());
    checked.profiles().forEach(p -> assertReal(p.seat().orElseThrow(), p.name()));
  }

  private static void assertReal(Village village, String where) {
    RegionCode code = village.code().orElseThrow(() -> new AssertionError(where + ": no village code"));
    District district = village.district();
    assertTrue(code.isWithin(JEMBRANA), where);
    assertTrue(REGISTER.isNamed(code, village.name()), () -> where + ": " + village);
    assertEquals(code.villageKind(), Optional.of(village.kind()), where);
    assertEquals(code.parent(), district.code(), where);
    assertTrue(REGISTER.isNamed(district.code().orElseThrow(), district.name()), () -> where + ": " + district);
    assertEquals(Optional.of(JEMBRANA), village.regencyCity().flatMap(RegencyCity::code), where);
  }

  private static Map<RegionCode, String> table(String... codesAndNames) {
    Map<RegionCode, String> out = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      out.put(RegionCode.parse(codesAndNames[i]), codesAndNames[i + 1]);
    }
    return out;
  }
}
