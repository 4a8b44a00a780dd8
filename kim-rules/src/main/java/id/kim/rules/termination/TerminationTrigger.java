package id.kim.rules.termination;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.control.Option;

/**
 * The seven grounds on which the regency/city Dinas may end a partnership with a KIM — juknis II.B.6
 * "Peninjauan atau Penghentian Kemitraan dengan KIM": "Dalam perjalanannya Dinas Kominfo Kabupaten/
 * Kota dapat menghentikan kemitraan dengan KIM, jika terbukti melakukan kegiatan berikut". The list is
 * closed (the text gives no "dan lain-lain"), so this enum is too.
 *
 * <p>A ground that is <em>indicated</em> (terindikasi) opens a review (peninjauan, TERM-PROC-1); only a
 * ground that is <em>proven</em> (terbukti) can lead to termination (penghentian, TERM-PROC-2). See
 * {@link Indication} and {@code id.kim.rules.lifecycle}.
 */
public enum TerminationTrigger {
  /** TERM-1 — the village/ward head's decree (SK) expired or was revoked. */
  SK_EXPIRED_OR_REVOKED("TERM-1", "Habis masa berlaku / pencabutan SK", "Village decree (SK) expired or revoked",
      "Habis masa berlaku Surat Keputusan Kepala Desa/Lurah atau setingkatnya yang disebut dengan nama lain atau "
          + "pencabutan Surat Keputusan oleh Kepala Kepala Desa/Lurah atau setingkatnya yang disebut dengan nama "
          + "lain."),
  /** TERM-2 — affiliated with a political party or an NGO (LSM); subject unstated (GAP-04, GAP-05). */
  PARTY_OR_NGO_AFFILIATION("TERM-2", "Berafiliasi dengan partai politik/LSM",
      "Affiliated with a political party or NGO",
      "Berafiliasi dengan partai politik/Lembaga Swadaya Masyarakat (LSM)"),
  /** TERM-3 — a board member and/or member became a civil servant (ASN) (GAP-03). */
  BECAME_CIVIL_SERVANT("TERM-3", "Pengurus dan/atau anggota menjadi ASN",
      "A board member and/or member became a civil servant (ASN)",
      "Pengurus dan/atau anggota menjadi Aparatur Sipil Negara (ASN)"),
  /** TERM-4 — involved in unlawful (criminal) activity; only reported, never detected (GAP-05, GAP-06). */
  UNLAWFUL_ACTIVITY("TERM-4", "Terlibat kegiatan melanggar hukum", "Involved in unlawful (criminal) activity",
      "Terlibat dalam kegiatan melanggar hukum (tindak pidana/kriminal)"),
  /** TERM-5 — moved to another regency/city; a move inside the same one is not a trigger (GAP-39). */
  MOVED_TO_OTHER_REGENCY_CITY("TERM-5", "Berpindah ke Kabupaten/Kota lain", "Moved to another regency/city",
      "Berpindah ke Kabupaten/Kota lain."),
  /** TERM-6 — declining reputation that could threaten the Dinas' reputation (mirror of QUAL-3). */
  REPUTATION_DECLINE("TERM-6", "Penurunan reputasi", "Declining reputation that threatens the reputation of the Dinas",
      "Mengalami penurunan reputasi di masyarakat yang dapat mengancam reputasi Dinas Kominfo."),
  /** TERM-7 — the KIM dissolved itself. */
  SELF_DISSOLUTION("TERM-7", "Membubarkan diri", "Dissolved itself", "Membubarkan diri");

  /** Where all seven grounds stand in the juknis. */
  public static final String SECTION = "II.B.6";

  /** Juknis II.B.6, the chapeau of the seven grounds: the regency/city Dinas may terminate, on proof. */
  public static final Citation POWER = Citation.of(SECTION,
      "Dalam perjalanannya Dinas Kominfo Kabupaten/ Kota dapat menghentikan kemitraan dengan KIM, jika terbukti "
          + "melakukan kegiatan berikut:");

  private final RuleId ruleId;
  private final String labelId;
  private final String labelEn;
  private final Citation citation;

  TerminationTrigger(String ruleId, String labelId, String labelEn, String quote) {
    this.ruleId = RuleId.of(ruleId);
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.citation = Citation.of(SECTION, quote);
  }

  /** @return the RULES.md ID, {@code TERM-1} … {@code TERM-7} */
  public RuleId ruleId() {
    return ruleId;
  }

  /** @return the juknis text of the ground */
  public Citation citation() {
    return citation;
  }

  /**
   * @param lang the language
   * @return a short label, e.g. "Habis masa berlaku / pencabutan SK"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? labelId : labelEn;
  }

  /**
   * @return true if the SDK can detect the ground from the data a Dinas holds (TERM-1, -2, -3, -5, -6,
   *     -7); TERM-4 is only ever a reported indication
   */
  public boolean detectable() {
    return this != UNLAWFUL_ACTIVITY;
  }

  /**
   * @param id a rule ID
   * @return the trigger with that ID, if it is one of TERM-1..7
   */
  public static Option<TerminationTrigger> of(RuleId id) {
    for (TerminationTrigger t : values()) {
      if (t.ruleId.equals(id)) {
        return Option.some(t);
      }
    }
    return Option.none();
  }

  @Override
  public String toString() {
    return ruleId + " " + labelId;
  }
}
