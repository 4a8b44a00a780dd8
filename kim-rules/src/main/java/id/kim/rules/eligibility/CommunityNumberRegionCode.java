package id.kim.rules.eligibility;

/**
 * What PARTNER-LEGAL-2 makes of a Nomor Induk Komunitas whose format carries a kabupaten/kota code
 * other than the issuing Dinas' own (PROPOSED; RULES.md GAP-12 — the juknis gives the number no
 * format). A number such as {@code KIM/5101/0007} or {@code KIM/51.01/0007} carries {@code 51.01},
 * Kabupaten Jembrana; issued by the Dinas of Jembrana it fits, while {@code KIM/5102/0007} names
 * Kabupaten Tabanan. Which formats are read is fixed by {@link NumberRegionCode}; where the number or
 * the issuer carries no code, nothing is compared under either choice.
 */
public enum CommunityNumberRegionCode {
  /**
   * Default: a mismatch is a data-quality warning beside the decision (severity {@code WARNING}); the
   * finding stays what the juknis text gives. Chosen because the juknis prescribes no number format:
   * a Dinas whose numbers run as, say, {@code KIM-5123} would otherwise see a sequence number read as a
   * regency code and a partner refused on a reading the juknis does not make.
   */
  WARNING,
  /**
   * For a Dinas whose numbers carry its kode wilayah: a mismatch is {@code NOT_SATISFIED}
   * ({@code PARTNER-LEGAL-2.otherRegionCode}, remedy: correct the number or its issuer in the register).
   */
  REQUIREMENT
}
