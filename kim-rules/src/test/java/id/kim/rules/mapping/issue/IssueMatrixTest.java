package id.kim.rules.mapping.issue;

import static id.kim.rules.mapping.MappingFixtures.AS_OF;
import static id.kim.rules.mapping.MappingFixtures.BANJAR_TENGAH;
import static id.kim.rules.mapping.MappingFixtures.DINAS;
import static id.kim.rules.mapping.MappingFixtures.MENDOYO;
import static id.kim.rules.mapping.MappingFixtures.YEHEMBANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.ProfileIssue;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.mapping.MappingFixtures;
import id.kim.rules.mapping.MappingGen;
import id.kim.rules.mapping.profiling.Census;
import io.vavr.collection.Seq;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IssueMatrix — MAP-STAGE-B, MAP-RULE-c, ISSUE-MATRIX: Tabel 3.2 with the links to KIM")
class IssueMatrixTest {
  private static final KimProfile INDONESIA_BISA = MappingFixtures.complete("Indonesia Bisa", "KIM/5101/0001",
      BANJAR_TENGAH).build();
  private static final KimProfile PAHLAWAN = MappingFixtures.complete("KIM Pahlawan", null, YEHEMBANG).build();
  private static final KimProfile TANI = MappingFixtures.complete("KIM Tani Makmur", "KIM/5101/0009", YEHEMBANG)
      .fieldsOfActivity(List.of(GovernmentAffair.AGRICULTURE)).publicIssues(List.of()).build();
  private static final KimProfile KOTA_TANI = MappingFixtures.complete("KIM Kota Tani", "KIM/5101/0010", BANJAR_TENGAH)
      .fieldsOfActivity(List.of(GovernmentAffair.AGRICULTURE)).publicIssues(List.of()).build();
  private static final Census CENSUS = Census.of(DINAS, List.of(INDONESIA_BISA, PAHLAWAN, TANI, KOTA_TANI)).get();
  private static final PublicIssue PUPUK = PublicIssue.builder().title("Sosialisasi pupuk bersubsidi")
      .field(GovernmentAffair.AGRICULTURE).addSources(IssueSource.PUBLIC_COMPLAINT).addDistricts(MENDOYO).build();

  private static IssueMatrix matrix(PublicIssue... issues) {
    return IssueMatrix.of(List.of(issues), CENSUS, AS_OF).get();
  }

  @Test
  @DisplayName(
      "ISSUE-MATRIX, Tabel 3.2: the Dinas' own entry 'Indonesia Bisa' is linked, and another health KIM is linked by "
          + "field")
  void juknisExample() {
    IssueMatrixRow row = matrix(MappingFixtures.prokes(INDONESIA_BISA)).rows().single();
    assertEquals(1, row.number());
    assertEquals(List.of(KimRef.from(INDONESIA_BISA), KimRef.from(PAHLAWAN)),
        row.links().map(IssueLink::kim).toJavaList());
    IssueLink named = row.links().head();
    assertTrue(named.isRecorded() && named.isMatched());
    assertEquals("ISSUE-MATRIX", named.explanation().ruleId().value());
    assertFalse(named.explanation().citation().proposed());
    IssueLink matched = row.links().last();
    assertEquals(List.of(LinkReason.FIELD_OF_ACTIVITY, LinkReason.PROFILE_ISSUE, LinkReason.REGION_WIDE),
        matched.reasons().toJavaList());
    assertEquals("MAP-RULE-c", matched.explanation().ruleId().value());
    assertEquals("GAP-19", matched.explanation().citation().gap().get());
    assertTrue(matched.explanation().message().render(Lang.ID).contains("seluruh wilayah"));
  }

  @Test
  @DisplayName(
      "MAP-RULE-c: a local issue links KIM whose audience lies in its district — a matching field elsewhere is not "
          + "enough")
  void audienceMustMatch() {
    IssueMatrixRow row = matrix(PUPUK).rows().single();
    assertEquals(List.of(KimRef.from(TANI)), row.links().map(IssueLink::kim).toJavaList());
    assertEquals(List.of(LinkReason.FIELD_OF_ACTIVITY, LinkReason.AUDIENCE_AREA),
        row.links().head().reasons().toJavaList());
    assertTrue(row.links().head().explanation().message().render(Lang.EN).contains("Yehembang"));
  }

  @Test
  @DisplayName(
      "MAP-RULE-c: a village-level issue; a KIM without audience villages is matched by its seat; PROFILE-n matches by "
          + "title")
  void villageIssueAndProfileIssue() {
    KimProfile seatOnly = KimProfile.builder().name("KIM Sekar").seat(YEHEMBANG)
        .addPublicIssues(ProfileIssue.of("Penyuluhan irigasi subak")).build();
    Census census = Census.of(DINAS, List.of(seatOnly)).get();
    PublicIssue irigasi = PublicIssue.builder().title("Penyuluhan Irigasi Subak")
        .field(GovernmentAffair.PUBLIC_WORKS_AND_SPATIAL_PLANNING)
        .addSources(IssueSource.OPINION_LEADER).addVillages(YEHEMBANG).build();
    IssueLink link = IssueMatrix.of(List.of(irigasi), census, AS_OF).get().rows().single().links().single();
    assertEquals(List.of(LinkReason.PROFILE_ISSUE, LinkReason.AUDIENCE_AREA), link.reasons().toJavaList());
    PublicIssue elsewhere = irigasi.withVillages(List.of(BANJAR_TENGAH));
    assertTrue(IssueMatrix.of(List.of(elsewhere), census, AS_OF).get().rows().single().links().isEmpty());
  }

  @Test
  @DisplayName(
      "ISSUE-MATRIX: a KIM named by the Dinas but absent from the census, and an issue without a source, are flagged")
  void openPoints() {
    KimProfile stranger = KimProfile.builder().name("KIM Luar").build();
    PublicIssue noSource = PublicIssue.builder().title("Isu tanpa sumber").field(GovernmentAffair.HEALTH)
        .addRecordedKims(KimRef.from(stranger)).build();
    Seq<Finding> findings = matrix(noSource).findings().filter(f -> f.ruleId().value().equals("ISSUE-MATRIX"));
    assertEquals(2, findings.size());
    assertTrue(findings.forAll(f -> f.severity() == Severity.WARNING));
    assertEquals(Outcome.UNKNOWN, findings.head().outcome());
    assertTrue(findings.last().message().render(Lang.ID).contains("KIM Luar"));
  }

  @Test
  @DisplayName("ISSUE-ASPECT-1..6: each aspect not yet recorded is one warning with its own ID")
  void aspectsNotRecorded() {
    Seq<Finding> aspects = matrix(PUPUK).findings().filter(f -> f.ruleId().value().startsWith("ISSUE-ASPECT-"));
    assertEquals(List.of("ISSUE-ASPECT-1", "ISSUE-ASPECT-2", "ISSUE-ASPECT-3", "ISSUE-ASPECT-4", "ISSUE-ASPECT-5",
        "ISSUE-ASPECT-6"),
        aspects.map(f -> f.ruleId().value()).toJavaList());
    assertTrue(aspects.forAll(f -> !f.message().render(Lang.EN).startsWith("[")));
  }

  @Test
  @DisplayName(
      "ISSUE-CLASS: crisis-indicated issues first, then priority issues, then by title; only current ones are "
          + "'priority issues'")
  void rowOrderAndCurrentPriorities() {
    PublicIssue a = PublicIssue.builder().title("A biasa").field(GovernmentAffair.HEALTH).build();
    PublicIssue b = PublicIssue.builder().title("B prioritas").field(GovernmentAffair.HEALTH).priority(true).build();
    PublicIssue c = PublicIssue.builder().title("C krisis").field(GovernmentAffair.HEALTH).crisisIndicated(true)
        .build();
    PublicIssue faded = PublicIssue.builder().title("D prioritas lama").field(GovernmentAffair.HEALTH).priority(true)
        .dossier(IssueDossier.builder()
            .duration(IssueDuration.of(AS_OF.minusYears(2)).withExpectedFadeOn(AS_OF.minusYears(1))).build())
        .build();
    IssueMatrix m = matrix(a, faded, b, c);
    assertEquals(List.of("C krisis", "B prioritas", "D prioritas lama", "A biasa"),
        m.rows().map(r -> r.issue().title()).toJavaList());
    assertEquals(List.of(1, 2, 3, 4), m.rows().map(IssueMatrixRow::number).toJavaList());
    assertEquals(IssuePhase.FADED, m.rows().get(2).phase());
    assertEquals(List.of("C krisis", "B prioritas"), m.currentPriorityIssues().map(PublicIssue::title).toJavaList());
    assertEquals(4, m.linksOf(KimRef.from(INDONESIA_BISA)).size(),
        "a health KIM is linked to every region-wide health issue");
  }

  @Test
  @DisplayName("ISSUE-MATRIX: the same issue recorded twice is refused")
  void duplicateIssues() {
    Seq<Finding> refused = IssueMatrix.of(List.of(PUPUK, PUPUK.withSources(List.of(IssueSource.MASS_MEDIA_NEWS))),
        CENSUS, AS_OF).getLeft();
    assertEquals("ISSUE-MATRIX", refused.single().ruleId().value());
    assertEquals(Outcome.NOT_SATISFIED, refused.single().outcome());
  }

  @Test
  @DisplayName("Law: the matrix does not depend on the order of issues or profiles")
  void orderDoesNotMatter() {
    PublicIssue health = PublicIssue.builder().title("Vaksinasi").field(GovernmentAffair.HEALTH).priority(true).build();
    List<PublicIssue> issues = List.of(health, PUPUK, MappingFixtures.prokes(INDONESIA_BISA));
    qt().forAll(MappingGen.populations(0, 6), MappingGen.seeds()).checkAssert((population, seed) -> {
      Census one = Census.of(DINAS, population).get();
      Census two = Census.of(DINAS, MappingGen.shuffled(population, seed)).get();
      assertEquals(IssueMatrix.of(issues, one, AS_OF).get(),
          IssueMatrix.of(MappingGen.shuffled(issues, seed), two, AS_OF).get());
    });
  }
}
