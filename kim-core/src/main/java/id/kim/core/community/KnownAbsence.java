package id.kim.core.community;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import java.util.List;
import java.util.Optional;

/**
 * Tercatat tidak ada — a fact a Dinas has recorded as <em>none</em>, as opposed to a fact it has not
 * recorded (belum tercatat). An empty field says only "not recorded": a rule that needs it answers
 * {@code UNKNOWN} and asks for the document. A fact in {@link KimProfile#recordedAsNone()} or
 * {@link KimRecord#recordedAsNone()} says "the Dinas knows there is none": a rule that needs it is
 * {@code NOT_SATISFIED}, with the remedy of obtaining it.
 *
 * <p>Profile facts (Tabel 3.1) are recorded on the {@link KimProfile}, record facts (documents and
 * checks of juknis II.B.3/II.B.4) on the {@link KimRecord}; a fact recorded as none while its value is
 * present is a contradiction refused by validation ({@code ConsistentAbsence}).
 */
public enum KnownAbsence {
  /** Nomor Induk Komunitas: none issued (PROFILE-c, PARTNER-LEGAL-2). */
  COMMUNITY_NUMBER(true, "communityNumber", "PROFILE-c", "PARTNER-LEGAL-2"),
  /** Jenis Media: the KIM owns or manages no medium (PROFILE-l, QUAL-6). */
  MEDIA(true, "media", "PROFILE-l", "QUAL-6"),
  /** "Atau sarana lainnya yang dapat mendukung kegiatan diseminasi informasi": none (QUAL-6). */
  OTHER_DISSEMINATION_MEANS(true, "otherDisseminationMeans", "QUAL-6"),
  /** SK Kepala Desa/Lurah: none issued (MAP-ENTRY-3, PARTNER-LEGAL-1). */
  DECREE(false, "decree", "MAP-ENTRY-3", "PARTNER-LEGAL-1"),
  /**
   * Susunan pengurus: no board formed (MAP-ENTRY-4, PARTNER-LEGAL-3; and no board to make or sign the
   * statement letter, PARTNER-ADMIN-1, PARTNER-ADMIN-DECL).
   */
  BOARD(false, "board", "MAP-ENTRY-4", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1", "PARTNER-ADMIN-DECL"),
  /** "Diketahui oleh Kepala Desa/Lurah": the board is not acknowledged (PARTNER-LEGAL-3). */
  BOARD_ACKNOWLEDGEMENT(false, "boardAcknowledgement", "PARTNER-LEGAL-3"),
  /** Surat pernyataan: the board has signed none (PARTNER-ADMIN-DECL, PARTNER-ADMIN-1..4). */
  DECLARATION(false, "declaration", "PARTNER-ADMIN-DECL", "PARTNER-ADMIN-1", "PARTNER-ADMIN-2",
      "PARTNER-ADMIN-3", "PARTNER-ADMIN-4"),
  /** Afiliasi dengan partai politik/LSM: the Dinas checked and found none (PARTNER-ADMIN-3/4, TERM-2). */
  AFFILIATIONS(false, "affiliations", "PARTNER-ADMIN-3", "PARTNER-ADMIN-4", "TERM-2"),
  /** Kasus pidana/tindakan kriminal: the Dinas checked and found none (PARTNER-ADMIN-2, TERM-4). */
  CRIMINAL_CASES(false, "criminalCases", "PARTNER-ADMIN-2", "TERM-4"),
  /** Status ASN of board and members: the Dinas checked and found none (PARTNER-ADMIN-1, TERM-3). */
  CIVIL_SERVANTS(false, "civilServants", "PARTNER-ADMIN-1", "TERM-3");

  private static final String BUNDLE = "id.kim.core.community.Absences";

  private final boolean profileFact;
  private final String fieldName;
  private final List<String> ruleIds;

  KnownAbsence(boolean profileFact, String fieldName, String... ruleIds) {
    this.profileFact = profileFact;
    this.fieldName = fieldName;
    this.ruleIds = List.of(ruleIds);
  }

  /** @return true for a Tabel 3.1 fact, recorded on {@link KimProfile}; false for one recorded on {@link KimRecord} */
  public boolean isProfileFact() {
    return profileFact;
  }

  /**
   * @return the name in JSON ({@code "recordedAsNone"}) and of the field it speaks of, e.g.
   *     {@code "communityNumber"}
   */
  public String fieldName() {
    return fieldName;
  }

  /** @return the IDs of the rules (RULES.md) this fact decides, e.g. {@code [PROFILE-c, PARTNER-LEGAL-2]} */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /**
   * @param lang the language
   * @return the label, e.g. "Nomor Induk Komunitas" (id) or "community registration number" (en)
   */
  public String label(Lang lang) {
    MissingValueException.requireNonNull(lang, "lang");
    return Bundles.format(BUNDLE, name(), lang);
  }

  /** @return the Indonesian label */
  public String label() {
    return label(Lang.ID);
  }

  /**
   * @param fieldName a name as given by {@link #fieldName()}, exactly
   * @return the fact, if the name is one
   */
  public static Optional<KnownAbsence> fromFieldName(String fieldName) {
    MissingValueException.requireNonNull(fieldName, "fieldName");
    for (KnownAbsence a : values()) {
      if (a.fieldName.equals(fieldName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
