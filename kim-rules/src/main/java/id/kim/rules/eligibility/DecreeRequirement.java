package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.document.VillageDecree;
import id.kim.core.region.Village;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The requirement to hold an SK Kepala Desa/Lurah in force on the as-of day, common to MAP-ENTRY-3
 * (mapping) and PARTNER-LEGAL-1 (partnership). Not presented → unknown, unless recorded as none
 * ({@link KnownAbsence#DECREE}, tercatat tidak ada) → not satisfied, remedy: an SK of the Kepala
 * Desa/Lurah; issued later, revoked or expired → not satisfied; otherwise satisfied ({@link DecreeState}).
 *
 * <p>Two data-quality warnings (RULES.md GAP-09, PROPOSED): a decree that states no expiry is taken
 * as valid until revoked, never given an inferred period; and a decree issued by another village
 * than the KIM's seat is flagged for the officer. Keys: {@code <ID>.inForce}, {@code .inForceNoExpiry},
 * {@code .expired}, {@code .revoked}, {@code .notYetIssued}, {@code .noDecree}, {@code .recordedAsNone},
 * {@code .noExpiry},
 * {@code .issuerNotSeat}.
 */
abstract class DecreeRequirement extends EligibilityRule {
  private static final Citation NO_EXPIRY_SOURCE = Citation.proposed("II.B.6",
      "Habis masa berlaku Surat Keputusan Kepala Desa/Lurah atau setingkatnya", "GAP-09");
  private static final Citation ISSUER_SOURCE = Citation.proposed("II.B.3",
      "c. Memiliki Surat Keputusan (SK) Kepala Desa/ Lurah/ atau yang disebut dengan nama lain", "GAP-09");

  private final FindingKey inForce;
  private final FindingKey inForceNoExpiry;
  private final FindingKey expired;
  private final FindingKey revoked;
  private final FindingKey notYetIssued;
  private final FindingKey noDecree;
  private final FindingKey recordedAsNone;
  private final FindingKey noExpiry;
  private final FindingKey issuerNotSeat;

  DecreeRequirement(RuleId id, Citation citation) {
    super(id, citation);
    String k = id.value();
    inForce = Keys.plain(k + ".inForce");
    inForceNoExpiry = Keys.plain(k + ".inForceNoExpiry");
    expired = Keys.failing(k + ".expired");
    revoked = Keys.failing(k + ".revoked");
    notYetIssued = Keys.failing(k + ".notYetIssued");
    noDecree = Keys.failing(k + ".noDecree");
    recordedAsNone = Keys.failing(k + ".recordedAsNone");
    noExpiry = Keys.failing(k + ".noExpiry");
    issuerNotSeat = Keys.failing(k + ".issuerNotSeat");
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<VillageDecree> presented = facts.record().decree();
    DecreeState state = DecreeState.of(presented, asOf);
    if (state == DecreeState.NONE) {
      Evidence none = Evidence.of("decree", "-");
      return facts.record().isRecordedAsNone(KnownAbsence.DECREE)
          ? notSatisfied(recordedAsNone, Array.of(none, Evidence.of("recordedAsNone", "decree")))
          : unknown(noDecree, Array.of(none));
    }
    VillageDecree d = presented.get();
    Seq<Evidence> evidence = DecreeState.evidence(d);
    return switch (state) {
      case NOT_YET_ISSUED -> notSatisfied(notYetIssued, evidence, d.number(), d.issuedOn());
      case REVOKED -> notSatisfied(revoked, evidence, d.number(), d.revokedOn().orElseThrow());
      case EXPIRED -> notSatisfied(expired, evidence, d.number(), d.validUntil().orElseThrow());
      default ->
          d.validUntil().isPresent()
              ? satisfied(inForce, evidence, d.number(), d.issuedOn(), d.validUntil().get())
              : satisfied(inForceNoExpiry, evidence, d.number(), d.issuedOn());
    };
  }

  @Override
  public Seq<Finding> warnings(EligibilityFacts facts, LocalDate asOf) {
    Optional<VillageDecree> presented = facts.record().decree();
    if (presented.isEmpty()) {
      return List.empty();
    }
    VillageDecree d = presented.get();
    List<Finding> out = List.empty();
    Optional<Village> seat = facts.profile().seat();
    if (seat.isPresent() && !Texts.sameVillage(d.issuerVillage(), seat.get())) {
      out = out.prepend(warning(ISSUER_SOURCE, issuerNotSeat,
          Array.of(Evidence.of("decree.issuerVillage", d.issuerVillage()), Evidence.of("seat", seat.get())),
          d.issuerTitle().label(), d.issuerVillage(), seat.get()));
    }
    if (d.validUntil().isEmpty() && DecreeState.of(presented, asOf) == DecreeState.IN_FORCE) {
      out = out.prepend(warning(NO_EXPIRY_SOURCE, noExpiry,
          Array.of(Evidence.of("decree.number", d.number()), Evidence.of("decree.validUntil", "-")), d.number()));
    }
    return out;
  }
}
