package id.kim.rules.region;

import id.kim.core.region.RegionDirectory;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import id.kim.core.regioncheck.RegionCheck;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;

/**
 * What the region-code rules read: a value (a {@code KimRecord}, {@code KimProfile}, {@code Dinas}…)
 * and, when the caller has one, the register of Kemendagri codes to check it against. Its violations
 * are found once, when the facts are made: {@link KimValidator} without a register (REGION-CODE-1,
 * -3), {@link RegionCheck} with one (also REGION-CODE-2, -4). Immutable and thread-safe.
 */
public final class RegionCodeFacts {
  private final Object value;
  private final Optional<RegionDirectory> directory;
  private final Seq<FieldViolation> violations;

  private RegionCodeFacts(Object value, Optional<RegionDirectory> directory) {
    this.value = value;
    this.directory = directory;
    this.violations = directory
        .map(d -> RegionCheck.of(d).validate(value))
        .orElseGet(() -> KimValidator.standard().validate(value))
        .fold(found -> found, valid -> List.empty());
  }

  /**
   * @param value the value whose region codes are checked
   * @return facts without a register: REGION-CODE-2 and -4 are not evaluated
   */
  public static RegionCodeFacts of(Object value) {
    return new RegionCodeFacts(MissingValueException.requireNonNull(value, "value"), Optional.empty());
  }

  /**
   * @param value the value whose region codes are checked
   * @param directory the register of codes and official names
   * @return facts with a register
   */
  public static RegionCodeFacts of(Object value, RegionDirectory directory) {
    return new RegionCodeFacts(MissingValueException.requireNonNull(value, "value"),
        Optional.of(MissingValueException.requireNonNull(directory, "directory")));
  }

  /** @return the value checked */
  public Object value() {
    return value;
  }

  /** @return the register, if one was supplied */
  public Optional<RegionDirectory> directory() {
    return directory;
  }

  /**
   * @param ruleId a rule ID, e.g. {@code "REGION-CODE-3"}
   * @return the violations that cite it, in path order
   */
  public Seq<FieldViolation> violationsOf(String ruleId) {
    return violations.filter(v -> v.ruleId().filter(ruleId::equals).isPresent());
  }

  @Override
  public String toString() {
    return "RegionCodeFacts[" + value.getClass().getSimpleName().replaceFirst("^Immutable", "")
        + directory.map(d -> ", " + d).orElse("") + "]";
  }
}
