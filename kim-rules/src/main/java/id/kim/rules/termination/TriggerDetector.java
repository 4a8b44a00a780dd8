package id.kim.rules.termination;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Finding;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/**
 * Finds the termination grounds of juknis II.B.6 that the Dinas' own data can show — pure functions of
 * the record(s), the Dinas and an as-of day, under one {@link TriggerPolicy}:
 * <ul>
 *   <li>{@link #scan} — one finding per ground TERM-1..7, in that order: indicated
 *       ({@code NOT_SATISFIED}), not indicated ({@code SATISFIED}) or not knowable from the data
 *       ({@code UNKNOWN}, always so for TERM-4);</li>
 *   <li>{@link #detect} — the indications in one version of a record;</li>
 *   <li>{@link #detectChanges} — the indications that a new version of a record shows and the earlier
 *       one did not: an SK newly expired or revoked, a new party/NGO affiliation, a board member's or
 *       member's new ASN status, a seat moved to another regency/city, a new reputation-decline
 *       assessment, a dissolution.</li>
 * </ul>
 * Indications are {@link IndicationSource#DETECTED}, attributed to the officer who ran the check, dated
 * the as-of day, and sorted by {@link Indication#ORDER}. What they set off is the lifecycle's concern:
 * for a partner an indication opens a review (TERM-PROC-1); for a non-partner it does not (INV-7).
 *
 * <p>Immutable and thread-safe.
 */
public final class TriggerDetector {
  private static final Seq<TriggerCheck> CHECKS = List.of(new DecreeCheck(), new AffiliationCheck(),
      new CivilServantCheck(), new UnlawfulActivityCheck(), new RelocationCheck(), new ReputationCheck(),
      new DissolutionCheck());
  private static final TriggerDetector STANDARD = new TriggerDetector(TriggerPolicy.standard());

  private final TriggerPolicy policy;

  private TriggerDetector(TriggerPolicy policy) {
    this.policy = policy;
  }

  /** @return the detector under the literal-reading defaults ({@link TriggerPolicy#standard()}) */
  public static TriggerDetector standard() {
    return STANDARD;
  }

  /**
   * @param policy whose acts count for which ground
   * @return a detector under that policy
   */
  public static TriggerDetector of(TriggerPolicy policy) {
    return new TriggerDetector(requireNonNull(policy, "policy"));
  }

  /** @return the policy in use */
  public TriggerPolicy policy() {
    return policy;
  }

  /**
   * @param record what the Dinas holds about the KIM
   * @param dinas the regency/city Dinas of the partnership
   * @param asOf the day as of which decrees, affiliations, ASN status and assessments are judged
   * @return seven findings, TERM-1 to TERM-7
   */
  public Seq<Finding> scan(KimRecord record, Dinas dinas, LocalDate asOf) {
    checkArgs(record, dinas, asOf);
    return CHECKS.map(c -> c.finding(record, dinas, asOf, policy));
  }

  /**
   * @param record what the Dinas holds about the KIM
   * @param dinas the regency/city Dinas of the partnership
   * @param asOf the day of the check
   * @param by the officer running the check
   * @return the indications the record shows as of that day
   */
  public Seq<Indication> detect(KimRecord record, Dinas dinas, LocalDate asOf, Officer by) {
    checkArgs(record, dinas, asOf);
    requireNonNull(by, "by");
    return CHECKS.flatMap(c -> c.hits(record, dinas, asOf, policy)).map(h -> h.detected(by, asOf))
        .sorted(Indication.ORDER);
  }

  /**
   * @param before the earlier version of the record
   * @param after the later version
   * @param dinas the regency/city Dinas of the partnership
   * @param asOf the day as of which both versions are judged
   * @param by the officer running the check
   * @return the indications {@code after} shows and {@code before} did not
   */
  public Seq<Indication> detectChanges(KimRecord before, KimRecord after, Dinas dinas, LocalDate asOf, Officer by) {
    requireNonNull(before, "before");
    checkArgs(after, dinas, asOf);
    requireNonNull(by, "by");
    return CHECKS.flatMap(c -> {
      Seq<Hit> old = c.changeHits(before, dinas, asOf, policy);
      return c.changeHits(after, dinas, asOf, policy).filter(h -> !old.exists(h::sameAs));
    }).map(h -> h.detected(by, asOf)).sorted(Indication.ORDER);
  }

  private static void checkArgs(KimRecord record, Dinas dinas, LocalDate asOf) {
    requireNonNull(record, "record");
    requireNonNull(dinas, "dinas");
    requireNonNull(asOf, "asOf");
  }

  @Override
  public String toString() {
    return "TriggerDetector[" + policy + "]";
  }
}
