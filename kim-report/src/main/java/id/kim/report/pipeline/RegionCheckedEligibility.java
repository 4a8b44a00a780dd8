package id.kim.report.pipeline;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.explain.Decision;
import id.kim.rules.mapping.entry.MappingEntrants;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * An eligibility family whose validation of a record also checks its Kemendagri region codes against a
 * register ({@link RegionCheck}): a code the register does not hold (REGION-CODE-2) or a name that is not
 * its code's official name (REGION-CODE-4), in the record or the deciding Dinas, makes the record invalid
 * data like any broken constraint — answered with its violations ({@code record.profile.seat.code}), never
 * with a decision. A record the register accepts is decided by the family it wraps, unchanged.
 * Immutable and thread-safe when the family and the register are.
 */
final class RegionCheckedEligibility implements EligibilityStep {
  private static final Comparator<FieldViolation> ORDER =
      Comparator.comparing(FieldViolation::path).thenComparing(FieldViolation::messageKey);

  private final EligibilityStep step;
  private final RegionCheck check;

  RegionCheckedEligibility(EligibilityStep step, RegionDirectory regions) {
    this.step = step;
    this.check = RegionCheck.of(regions);
  }

  /** @return true if this checks against that very register */
  boolean checksAgainst(RegionDirectory regions) {
    return check.directory() == regions;
  }

  @Override
  public Validation<Seq<FieldViolation>, Decision> mappingEntry(KimRecord record, Dinas dinas, LocalDate asOf) {
    return checked(record, dinas, () -> step.mappingEntry(record, dinas, asOf));
  }

  @Override
  public Validation<Seq<FieldViolation>, Decision> partnership(KimRecord record, Dinas dinas, LocalDate asOf) {
    return checked(record, dinas, () -> step.partnership(record, dinas, asOf));
  }

  /** Only the records the register accepts are handed to the wrapped family; the others are answered one by one. */
  @Override
  public MappingEntrants mappingEntrants(Dinas dinas, List<KimRecord> records, LocalDate asOf) {
    return step.mappingEntrants(dinas, records.stream().filter(r -> violations(r, dinas).isEmpty()).toList(), asOf);
  }

  @Override
  public Decision mappingEntryOfValid(KimRecord record, Dinas dinas, LocalDate asOf) {
    return step.mappingEntryOfValid(record, dinas, asOf);
  }

  @Override
  public Decision partnershipOfValid(KimRecord record, Dinas dinas, LocalDate asOf) {
    return step.partnershipOfValid(record, dinas, asOf);
  }

  private Validation<Seq<FieldViolation>, Decision> checked(KimRecord record, Dinas dinas,
      Supplier<Validation<Seq<FieldViolation>, Decision>> answer) {
    Seq<FieldViolation> found = violations(record, dinas);
    Validation<Seq<FieldViolation>, Decision> decided = answer.get();
    if (found.isEmpty()) {
      return decided;
    }
    Seq<FieldViolation> all = decided.isInvalid() ? decided.getError().appendAll(found) : found;
    return Validation.invalid(all.sorted(ORDER));
  }

  /** @return the register's findings, at the paths of the eligibility facts ({@code record.…}, {@code dinas.…}) */
  private Seq<FieldViolation> violations(KimRecord record, Dinas dinas) {
    return check.violations(record).map(v -> at("record.", v))
        .appendAll(check.violations(dinas).map(v -> at("dinas.", v)));
  }

  private static FieldViolation at(String prefix, FieldViolation v) {
    return FieldViolation.builder().from(v).path(v.path().isEmpty() ? prefix.substring(0, prefix.length() - 1)
        : prefix + v.path()).build();
  }

  @Override
  public String toString() {
    return "RegionCheckedEligibility[" + step + ", " + check + "]";
  }
}
