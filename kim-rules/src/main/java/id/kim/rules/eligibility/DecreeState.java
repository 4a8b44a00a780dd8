package id.kim.rules.eligibility;

import id.kim.core.document.VillageDecree;
import id.kim.rules.explain.Evidence;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a KIM's SK Kepala Desa/Lurah stands on the as-of day — shared by MAP-ENTRY-3 and
 * PARTNER-LEGAL-1, which ask for the same document. Days are inclusive: a decree valid until
 * 30 June is in force on 30 June and expired on 1 July; a decree revoked on a day is no longer in
 * force that day (kim-core {@link VillageDecree#isInForceOn}). A decree without an expiry stays in
 * force until revoked (RULES.md GAP-09). Expiry and revocation are final: a later as-of day never
 * brings a decree back.
 */
enum DecreeState {
  /** No decree has been presented. */
  NONE,
  /** The decree was issued after the as-of day: on that day the KIM had none. */
  NOT_YET_ISSUED,
  /** Revoked on or before the as-of day (TERM-1 "pencabutan Surat Keputusan"). */
  REVOKED,
  /** Past its last valid day (TERM-1 "Habis masa berlaku Surat Keputusan"). */
  EXPIRED,
  /** In force. */
  IN_FORCE;

  /**
   * @param decree the decree, if presented
   * @param asOf the as-of day
   * @return its state; revocation is reported before expiry, the graver of the two
   */
  static DecreeState of(Optional<VillageDecree> decree, LocalDate asOf) {
    if (decree.isEmpty()) {
      return NONE;
    }
    VillageDecree d = decree.get();
    if (d.issuedOn().isAfter(asOf)) {
      return NOT_YET_ISSUED;
    }
    if (d.isRevokedOn(asOf)) {
      return REVOKED;
    }
    return d.isExpiredOn(asOf) ? EXPIRED : IN_FORCE;
  }

  /** @return the decree's facts as evidence (none of them personal) */
  static Seq<Evidence> evidence(VillageDecree d) {
    return Array.of(
        Evidence.of("decree.number", d.number()),
        Evidence.of("decree.issuer", d.issuerTitle().label() + " " + d.issuerVillage().name()),
        Evidence.of("decree.issuedOn", d.issuedOn()),
        Evidence.of("decree.validUntil", d.validUntil()),
        Evidence.of("decree.revokedOn", d.revokedOn()));
  }
}
