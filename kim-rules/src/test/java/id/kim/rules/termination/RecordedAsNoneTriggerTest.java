package id.kim.rules.termination;

import static id.kim.rules.termination.Scans.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TERM-2/3/4 with the Dinas' own check recorded as none (tercatat tidak ada)")
class RecordedAsNoneTriggerTest {

  @Test
  @DisplayName("TERM-4 \"Terlibat dalam kegiatan melanggar hukum\": criminal cases recorded as none → clear")
  void unlawfulActivityChecked() {
    Finding f = finding(TerminationTrigger.UNLAWFUL_ACTIVITY,
        Kims.record().withRecordedAsNone(KnownAbsence.CRIMINAL_CASES), Kims.DAY);
    assertEquals(Outcome.SATISFIED, f.outcome());
    assertTrue(f.evidence().contains(Evidence.of("recordedAsNone", "criminalCases")));
    assertTrue(f.message().render(Lang.ID).startsWith("Pemeriksaan Dinas mencatat tidak ada keterlibatan"));
  }

  @Test
  @DisplayName("TERM-3 \"Pengurus dan/atau anggota menjadi ASN\": no board nor members, ASN recorded as none → clear")
  void civilServantsChecked() {
    KimRecord nobody = Kims.record().withBoard(Optional.empty()).withMembers(List.of());
    assertEquals(Outcome.UNKNOWN, finding(TerminationTrigger.BECAME_CIVIL_SERVANT, nobody, Kims.DAY).outcome());
    Finding f = finding(TerminationTrigger.BECAME_CIVIL_SERVANT,
        nobody.withRecordedAsNone(KnownAbsence.CIVIL_SERVANTS), Kims.DAY);
    assertEquals(Outcome.SATISFIED, f.outcome());
    assertTrue(f.evidence().contains(Evidence.of("recordedAsNone", "civilServants")));
  }

  @Test
  @DisplayName("TERM-2 \"Berafiliasi dengan partai politik/LSM\": clear as before, the check shown as evidence")
  void affiliationsChecked() {
    Finding before = finding(TerminationTrigger.PARTY_OR_NGO_AFFILIATION, Kims.record(), Kims.DAY);
    assertEquals(Outcome.SATISFIED, before.outcome());
    assertTrue(before.evidence().isEmpty());
    Finding f = finding(TerminationTrigger.PARTY_OR_NGO_AFFILIATION,
        Kims.record().withRecordedAsNone(KnownAbsence.AFFILIATIONS), Kims.DAY);
    assertEquals(Outcome.SATISFIED, f.outcome());
    assertTrue(f.evidence().contains(Evidence.of("recordedAsNone", "affiliations")));
  }
}
