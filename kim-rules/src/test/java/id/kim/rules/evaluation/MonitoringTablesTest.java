package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonitoringTablesTest {

  @Test
  @DisplayName(
      "MONITOR-PLATFORM: Tabel 5.2 rows in column order MONITOR-COL-0 to MONITOR-COL-5 (MONITOR-COL-1 activity with "
          + "channel), sorted")
  void tabel52() {
    Seq<Seq<String>> t = MonitoringTables.tabel52(Fixtures.march().log());
    assertEquals(MonitoringTables.TABEL_5_2_HEADER, t.head());
    assertEquals(List.of("KIM Gumbrih", "Posting konten hasil kolaborasi (Media sosial)", "Feature", "3",
        "2026-03-03, 2026-03-12, 2026-03-20", "https://instagram.com/p/abc"), t.get(1));
    assertEquals("Daftar hadir 10 dan 24 Maret", t.get(3).get(5));
    assertEquals(t, MonitoringTables.tabel52(List.ofAll(Fixtures.march().log()).reverse()));
  }

  @Test
  @DisplayName(
      "SOCIAL-HEAD-0, SOCIAL-COL-1 title, SOCIAL-COL-2 format, SOCIAL-COL-3 account, SOCIAL-COL-4 indicators, "
          + "SOCIAL-COL-5 date: Tabel 5.3 rows")
  void tabel53() {
    Seq<Seq<String>> t = MonitoringTables.tabel53(Fixtures.march().socialContent());
    assertEquals(MonitoringTables.TABEL_5_3_HEADER, t.head());
    assertEquals(List.of("KIM Gumbrih", "Jadwal vaksinasi", "Infografis", "Instagram @kim.gumbrih",
        "Like 120; Share 4; Comment 9; View 800", "2026-03-03"), t.get(1));
    assertEquals("Like 10; Retweet 3; Comment 2; Share 1", t.get(3).get(4));
    assertEquals("Like 50; Comment 7", t.get(4).get(4));
  }
}
