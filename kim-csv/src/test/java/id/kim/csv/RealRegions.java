package id.kim.csv;

import id.kim.core.agency.Dinas;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real places and their Kemendagri codes, as idn-area-data 4.0.1 (the published register) lists them: a
 * small {@link RegionDirectory} for the tests of the code columns, and Dinas whose regions carry codes.
 */
final class RealRegions {
  static final Province BALI = Province.of("Bali").withCode(RegionCode.parse("51"));
  static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI)
      .withCode(RegionCode.parse("51.01"));
  static final Dinas JEMBRANA_DINAS =
      Dinas.regencyCity("Dinas Komunikasi dan Informatika Kabupaten Jembrana", JEMBRANA);
  static final Province JAMBI = Province.of("Jambi").withCode(RegionCode.parse("15"));
  static final Dinas BATANGHARI_DINAS = Dinas.regencyCity("Dinas Komunikasi dan Informatika Kabupaten Batanghari",
      RegencyCity.of("Batanghari", RegencyCityKind.KABUPATEN, JAMBI).withCode(RegionCode.parse("15.04")));
  static final Dinas BANTEN_DINAS = Dinas.provincial("Dinas Komunikasi dan Informatika Provinsi Banten",
      Province.of("Banten").withCode(RegionCode.parse("36")));

  /**
   * Bali, Jembrana's kecamatan and the villages of the bundled sample, Tabanan; Batanghari's two Terusan; the
   * Tangerangs.
   */
  static final RegionDirectory DIRECTORY = RegionDirectory.of(table(
      "51", "Bali", "51.01", "Kabupaten Jembrana", "51.02", "Kabupaten Tabanan", "51.71", "Kota Denpasar",
      "51.01.01", "Negara", "51.01.02", "Mendoyo", "51.01.03", "Pekutatan",
      "51.01.01.1006", "Baler Bale Agung", "51.01.01.2001", "Cupel", "51.01.03.2001", "Medewi",
      "51.01.03.2002", "Pulukan", "51.01.03.2006", "Gumbrih", "51.01.03.2008", "Pengeragoan",
      "51.01.01.1008", "Banjar Tengah", "51.01.01.1013", "Lelateng", "51.01.02.2002", "Pohsanten",
      "51.01.02.2007", "Penyaringan", "51.01.02.2008", "Yehembang", "51.01.04", "Melaya", "51.01.04.2002", "Melaya",
      "51.01.04.2007", "Candikusuma", "51.01.04.2009", "Tukadaya", "51.01.05", "Jembrana",
      "51.01.05.2002", "Perancak", "51.01.05.2006", "Budeng", "51.01.05.2007", "Air Kuning",
      "51.02.01", "Selemadeg", "51.02.01.2001", "Bajera",
      "15", "Jambi", "15.04", "Kabupaten Batanghari", "15.04.08", "Maro Sebo Ilir",
      "15.04.08.1008", "Terusan", "15.04.08.2006", "Terusan",
      "36", "Banten", "36.03", "Kabupaten Tangerang", "36.71", "Kota Tangerang", "36.74", "Kota Tangerang Selatan",
      "36.03.01", "Balaraja", "36.71.01", "Tangerang"));

  private RealRegions() {}

  private static Map<RegionCode, String> table(String... codesAndNames) {
    Map<RegionCode, String> out = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      out.put(RegionCode.parse(codesAndNames[i]), codesAndNames[i + 1]);
    }
    return out;
  }
}
