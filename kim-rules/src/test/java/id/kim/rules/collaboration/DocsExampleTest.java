package id.kim.rules.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.campaign.DisseminationCampaign;
import id.kim.rules.collaboration.campaign.DisseminationChannel;
import id.kim.rules.collaboration.campaign.Disseminated;
import id.kim.rules.collaboration.campaign.MaterialsCoDesigned;
import id.kim.rules.collaboration.campaign.ParticipationEnsured;
import id.kim.rules.collaboration.trial.CommitmentMonitoring;
import id.kim.rules.collaboration.trial.Designation;
import id.kim.rules.collaboration.trial.ProductionTrial;
import id.kim.rules.collaboration.trial.ValidationChecklist;
import id.kim.rules.collaboration.trial.ValidationEvaluation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/collaboration.md, kept compiling and true. */
@DisplayName("MODEL-A-STAGE-1..3, MODEL-B-VAL-1..4 — the worked examples of docs/collaboration.md")
class DocsExampleTest {
  static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", JEMBRANA);
  static final Officer OFFICER = Officer.of(PersonName.of("Made Sukerta"), DINAS);

  @Test
  @DisplayName("MODEL-A-STAGE-1..3: a type-A campaign, and a skipped stage refused in both languages")
  void typeACampaign() {
    KimProfile kim = KimProfile.builder().name("KIM Gumbrih").type(KimType.A).build();
    DisseminationCampaign campaign = DisseminationCampaign.plan(kim, DINAS, "Percepatan penurunan stunting")
        .flatMap(c -> c.advance(ParticipationEnsured.of(Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 7, 31))),
            LocalDate.of(2025, 2, 3), OFFICER))
        .flatMap(c -> c.advance(MaterialsCoDesigned.of("Cegah stunting sejak 1000 hari pertama kehidupan",
            "Gizi ibu hamil", ContentType.VIDEO, ContentType.INFOGRAPHIC), LocalDate.of(2025, 2, 10), OFFICER))
        .flatMap(c ->
            c.advance(Disseminated.on(DisseminationChannel.own(KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih")))
            .withLiteracy("Diskusi gizi di balai banjar"), LocalDate.of(2025, 3, 1), OFFICER))
        .get();
    assertTrue(campaign.isComplete());

    CollaborationRejection skipped = DisseminationCampaign.plan(kim, DINAS, "Pemilu damai")
        .flatMap(c -> c.advance(Disseminated.on(DisseminationChannel.own(KimMedium.of(Platform.INSTAGRAM)))
            .withLiteracy("Literasi pemilu"), LocalDate.of(2025, 3, 1), OFFICER))
        .getLeft();
    assertEquals(RejectionReason.STAGE_SKIPPED, skipped.reason());
    assertEquals("MODEL-A-STAGE-1: Tahap 3 belum dapat dicatat karena tahap 1 belum dicatat; tahap model"
        + " partisipasi-kolaborasi tidak boleh dilompati.", skipped.explain(Lang.ID));
  }

  @Test
  @DisplayName("MODEL-B-VAL-1..4: a type-B simulation ending in a designation for the lifecycle")
  void typeBValidation() {
    KimProfile kim = KimProfile.builder().name("KIM Tani Makmur").type(KimType.B).build();
    ValidationEvaluation result = ValidationChecklist.start(kim, DINAS)
        .flatMap(c -> c.record(CommitmentMonitoring.of(LocalDate.of(2025, 1, 6), OFFICER, true)))
        .flatMap(c -> c.record(ProductionTrial.of(LocalDate.of(2025, 3, 17), OFFICER,
            Period.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 14)), 8, 6)))
        .flatMap(c -> c.designate(LocalDate.of(2025, 9, 1), OFFICER, PartnershipPeriod.of(
            Period.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28)), "Diversifikasi pangan lokal")))
        .get()
        .evaluate(LocalDate.of(2025, 9, 1));
    String text = result.explain(Lang.EN);
    assertTrue(text.contains("Verdict: ELIGIBLE"), text);
    assertTrue(text.contains("[!] MODEL-B-VAL-3 — Not satisfied (warning): During the trial 2025-01-15..2025-03-14"
        + " the community produced only 6 of 8 scheduled contents (not consistent)."), text);
    assertTrue(text.contains("does not lie within the running year 2025"), text);
    Designation designation = result.designation().get();
    assertEquals(LocalDate.of(2026, 2, 28), designation.period().end());
  }
}
