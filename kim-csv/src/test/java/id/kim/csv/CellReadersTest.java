package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.media.Platform;
import id.kim.core.region.District;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cell readers accept what a Dinas writes and refuse the rest. */
class CellReadersTest {

  @Test
  @DisplayName("counts use the Indonesian thousands dot (RULES.md 5.1: 4.114 = 4114)")
  void counts() {
    assertEquals(4114, CellText.count("4.114"));
    assertEquals(1250, CellText.count("1250"));
    assertEquals(1_000_000, CellText.count("1.000.000"));
    assertEquals(3000, CellText.count("3 rb"));
    assertEquals(2_000_000, CellText.count("2 juta"));
    assertThrows(CellFormatException.class, () -> CellText.count("1,5"));
    assertThrows(CellFormatException.class, () -> CellText.count("12.34"));
    assertThrows(CellFormatException.class, () -> CellText.count("banyak"));
  }

  @Test
  @DisplayName("frequencies are weekly, monthly or yearly; daily becomes weekly x 7 (PROFILE-p, GAP-26)")
  void frequencies() {
    assertEquals(Frequency.of(3, FrequencyPeriod.WEEKLY), ProfileCells.frequency("3 kali seminggu"));
    assertEquals(Frequency.of(2, FrequencyPeriod.MONTHLY), ProfileCells.frequency("2x/bulan"));
    assertEquals(Frequency.of(12, FrequencyPeriod.YEARLY), ProfileCells.frequency("12 per tahun"));
    assertEquals(Frequency.of(14, FrequencyPeriod.WEEKLY), ProfileCells.frequency("2 kali sehari"));
    assertEquals(Frequency.of(1, FrequencyPeriod.WEEKLY), ProfileCells.frequency("Mingguan"));
    assertThrows(CellFormatException.class, () -> ProfileCells.frequency("kadang-kadang"));
  }

  @Test
  @DisplayName("fields of activity whose legal names contain commas are matched whole (PROFILE-m, RULES.md 5.2)")
  void fieldsOfActivity() {
    assertEquals(List.of(GovernmentAffair.HEALTH, GovernmentAffair.COOPERATIVES_AND_SMES, GovernmentAffair.AGRICULTURE),
        ProfileCells.fields("Kesehatan, Koperasi, Usaha Kecil, dan Menengah, pertanian"));
    assertEquals(List.of(GovernmentAffair.PUBLIC_ORDER_AND_COMMUNITY_PROTECTION),
        ProfileCells.fields("Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat"));
    assertEquals(List.of(GovernmentAffair.COOPERATIVES_AND_SMES, GovernmentAffair.HEALTH),
        ProfileCells.fields("UMKM; W-PD-b"));
    assertThrows(CellFormatException.class, () -> ProfileCells.fields("Kesehatan, Politik praktis"));
  }

  @Test
  void dates() {
    LocalDate d = LocalDate.of(2026, 1, 31);
    for (String text : List.of("2026-01-31", "31/01/2026", "31-1-2026", "31.01.2026", "31 Januari 2026", "31 Jan 2026",
        "31 january 2026")) {
      assertEquals(d, DateCells.parse(text), text);
    }
    assertEquals("csv.date.impossible",
        assertThrows(CellFormatException.class, () -> DateCells.parse("29/02/2026")).key);
    assertEquals("csv.date", assertThrows(CellFormatException.class, () -> DateCells.parse("01/31/26")).key);
    assertEquals("csv.date", assertThrows(CellFormatException.class, () -> DateCells.parse("31/0//2026")).key);
  }

  @Test
  @DisplayName("media are read by platform name or common abbreviation, with a handle or URL (PROFILE-l)")
  void media() {
    var media = MediaCells.media("IG: @kim.a; Facebook Page KIM A; WA; kim.id");
    assertEquals(List.of(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.WHATSAPP_GROUP), media.subList(0, 3).stream()
        .map(m -> m.platform()).toList());
  }

  @Test
  void unknownMediaAreRefused() {
    assertThrows(CellFormatException.class, () -> MediaCells.media("Friendster"));
    assertEquals(Platform.BLOG, MediaCells.media("Blog https://kima.blogspot.com").get(0).platform());
    assertEquals("https://kima.blogspot.com", MediaCells.media("Blog https://kima.blogspot.com").get(0).url().get());
  }

  @Test
  @DisplayName("village units keep their local name (GAP-24)")
  void villages() {
    District d = District.of("Cibening");
    assertEquals(VillageKind.KELURAHAN, RegionCells.village("Kel. Sukajadi", VillageKind.DESA, d).kind());
    assertEquals("Sukajadi", RegionCells.village("Kel. Sukajadi", VillageKind.DESA, d).name());
    assertEquals("Nagari", RegionCells.village("Nagari Koto Baru", VillageKind.DESA, d).localKindName().get());
    assertEquals(VillageKind.DESA, RegionCells.village("Mekarsari", VillageKind.DESA, d).kind());
    assertEquals("Cibening", RegionCells.districtName("Kecamatan Cibening"));
  }
}
