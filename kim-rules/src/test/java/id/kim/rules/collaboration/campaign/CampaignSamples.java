package id.kim.rules.collaboration.campaign;

import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;

import id.kim.core.community.KimProfile;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.Fixtures;

/** Sample steps of a campaign, taken from the words of Gambar 4.1/4.2 and Tabel 4.2–4.3. */
final class CampaignSamples {
  static final String PROGRAMME = "Percepatan penurunan stunting";
  static final Period PERIOD = Period.of(d("2025-02-01"), d("2025-07-31"));
  static final ParticipationEnsured ENSURED = ParticipationEnsured.of(PERIOD);
  static final MaterialsCoDesigned MATERIALS = MaterialsCoDesigned
      .of("Cegah stunting sejak 1000 hari pertama kehidupan", "Gizi ibu hamil", ContentType.VIDEO,
          ContentType.INFOGRAPHIC)
      .withAngle("kisah kader posyandu");
  static final KimMedium INSTAGRAM = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");
  static final KimMedium MEETING = KimMedium.of(Platform.FACE_TO_FACE, "Sangkep banjar");
  static final KimMedium NETWORK_WAG = KimMedium.of(Platform.WHATSAPP_GROUP, "WAG Gapoktan Jembrana");
  static final Disseminated DISSEMINATED_A = Disseminated
      .on(DisseminationChannel.own(INSTAGRAM), DisseminationChannel.own(MEETING))
      .withLiteracy("Literasi informasi gizi bagi warga banjar (khalayak sasaran KIM)");
  static final Disseminated DISSEMINATED_B = Disseminated
      .on(DisseminationChannel.own(INSTAGRAM), DisseminationChannel.network(NETWORK_WAG));

  private CampaignSamples() {}

  static DisseminationCampaign planned(KimProfile kim) {
    return DisseminationCampaign.plan(kim, Fixtures.DINAS, PROGRAMME).get();
  }

  static DisseminationCampaign atStage2(KimProfile kim) {
    return planned(kim).advance(ENSURED, d("2025-02-03"), OFFICER)
        .flatMap(c -> c.advance(MATERIALS, d("2025-02-10"), OFFICER)).get();
  }
}
