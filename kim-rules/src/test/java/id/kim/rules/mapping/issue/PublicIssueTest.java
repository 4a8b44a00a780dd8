package id.kim.rules.mapping.issue;

import static id.kim.rules.mapping.MappingFixtures.PROKES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.rules.mapping.MappingFixtures;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PublicIssue — ISSUE-CLASS, ISSUE-SRC-1..5/X: a row of Tabel 3.2")
class PublicIssueTest {

  @Test
  @DisplayName("ISSUE-MATRIX: the juknis' example row — the issue, Bidang Kesehatan, four sources, KIM Indonesia Bisa")
  void juknisExampleRow() {
    KimProfile indonesiaBisa = KimProfile.builder().name("Indonesia Bisa").build();
    PublicIssue issue = MappingFixtures.prokes(indonesiaBisa);
    assertEquals(PROKES, issue.title());
    assertEquals("kesehatan", issue.field().indonesianName());
    assertEquals(List.of("Pemberitaan media massa", "Percakapan media sosial", "Hasil jajak pendapat",
        "Aduan masyarakat"),
        issue.sources().stream().map(s -> s.label(Lang.ID)).toList());
    assertEquals("Indonesia Bisa", issue.recordedKims().iterator().next().name());
    assertFalse(issue.priority());
    assertFalse(issue.crisisIndicated());
    assertTrue(issue.isRegionWide());
    assertEquals(6, issue.dossier().missingAspects().size());
  }

  @Test
  @DisplayName(
      "ISSUE-SRC-1..5 and ISSUE-SRC-X: the open list of sources keeps its IDs; opinion leaders are in the text, not "
          + "the example")
  void sourceIds() {
    assertEquals(List.of("ISSUE-SRC-1", "ISSUE-SRC-2", "ISSUE-SRC-3", "ISSUE-SRC-4", "ISSUE-SRC-5", "ISSUE-SRC-X"),
        List.of(IssueSource.values()).stream().map(IssueSource::ruleId).toList());
    assertEquals("Pemuka pendapat", IssueSource.OPINION_LEADER.label(Lang.ID));
    assertTrue(IssueSource.CITATION.quote().contains("dan lain sebagainya"));
  }

  @Test
  @DisplayName("ISSUE-SRC-X: 'dan lain sebagainya' — OTHER must be described, and a description needs OTHER")
  void otherSourceMustBeDescribed() {
    PublicIssue ok = PublicIssue.builder().title("Harga pupuk").field(GovernmentAffair.AGRICULTURE)
        .addSources(IssueSource.OTHER).addOtherSources("Forum warga subak").build();
    assertEquals(List.of("Forum warga subak"), ok.otherSources());
    IllegalArgumentException undescribed = assertThrows(IllegalArgumentException.class, () -> PublicIssue.builder()
        .title("Harga pupuk").field(GovernmentAffair.AGRICULTURE).addSources(IssueSource.OTHER).build());
    assertTrue(undescribed.getMessage().contains("ISSUE-SRC-X"));
    assertThrows(IllegalArgumentException.class, () -> PublicIssue.builder().title("Harga pupuk")
        .field(GovernmentAffair.AGRICULTURE).addOtherSources("Forum warga").build());
  }

  @Test
  @DisplayName(
      "ISSUE-CLASS: priority and crisis-indicated issues are flags set by the Dinas (GAP-19); a title is required")
  void classFlagsAndTitle() {
    PublicIssue crisis = PublicIssue.builder().title("Banjir rob")
        .field(GovernmentAffair.PUBLIC_ORDER_AND_COMMUNITY_PROTECTION)
        .priority(true).crisisIndicated(true).build();
    assertTrue(crisis.priority() && crisis.crisisIndicated());
    assertTrue(crisis.toString().contains("terindikasi krisis"));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> PublicIssue.builder().title("  ").field(GovernmentAffair.HEALTH).build());
    assertTrue(blank.getMessage().contains("Isu Strategis"));
    assertTrue(IssueMatrix.ISSUE_CLASS_CITATION.quote().contains("isu terindikasi krisis"));
  }
}
