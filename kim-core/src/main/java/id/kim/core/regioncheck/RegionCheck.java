package id.kim.core.regioncheck;

import id.kim.core.region.RegionDirectory;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Comparator;

/**
 * Validation of the Kemendagri region codes (kode wilayah) recorded on a value against a register:
 * {@link KimValidator}'s constraints, which need no register — a code of its region's level
 * (REGION-CODE-1), codes nesting within their parents' codes (REGION-CODE-3) — and, given the
 * register, for every region recorded with a code:
 * <ul>
 *   <li>REGION-CODE-2: the code exists in the register (reported on {@code …code});</li>
 *   <li>REGION-CODE-4: the name recorded beside it is the code's official name, as a Dinas writes it
 *       ({@link id.kim.core.region.RegionNames#sameName}; reported on {@code …name}), and a
 *       kabupaten/kota's kind matches the official one — "Kota Tangerang" is not "Kabupaten Tangerang"
 *       ({@code …kind}).</li>
 * </ul>
 * A region recorded without a code is named by the code of a region below it, when one is recorded:
 * the kecamatan above a village coded {@code 51.01.03.2006} must be the official {@code 51.01.03},
 * Pekutatan — that is how a kecamatan placed in the wrong kabupaten is found when only the village has
 * a code. Where no code is recorded at all, nothing is checked: names are never guessed into codes.
 *
 * <p>Every place a region is recorded is checked: the seat at each level, the issuer of the Nomor
 * Induk Komunitas, the villages of the target audience, the village of the SK, the Dinas of each
 * assessing officer, a Dinas' province and regency/city, the KIM and Dinas of monitoring rows; paths
 * are those of {@link KimValidator} ({@code profile.seat.district.code}). Whether
 * the seat lies in the deciding Dinas' regency/city is a decision, not a data error: MAP-ENTRY-2
 * compares codes there (and PARTNER-LEGAL-2 the issuer's).
 *
 * <pre>{@code
 * RegionCheck check = RegionCheck.of(register);   // kim-regions' published register, or RegionDirectory.of(table)
 * Validation<Seq<FieldViolation>, KimRecord> checked = check.validate(record);
 * }</pre>
 *
 * <p>Immutable and thread-safe when its directory is (every {@link RegionDirectory} must be).
 */
public final class RegionCheck {
  private static final Comparator<FieldViolation> ORDER =
      Comparator.comparing(FieldViolation::path).thenComparing(FieldViolation::messageKey);

  private final RegionDirectory directory;

  private RegionCheck(RegionDirectory directory) {
    this.directory = directory;
  }

  /**
   * @param directory the register of codes and official names, e.g. kim-regions' published register
   *     or a Dinas' own table ({@link RegionDirectory#of}); it must hold every code the values carry
   * @return the check
   */
  public static RegionCheck of(RegionDirectory directory) {
    return new RegionCheck(MissingValueException.requireNonNull(directory, "directory"));
  }

  /** @return the register codes are checked against */
  public RegionDirectory directory() {
    return directory;
  }

  /**
   * Checks a value with {@link KimValidator#standard()} and its region codes against the register.
   *
   * @param value a {@code KimRecord}, {@code KimProfile}, {@code Dinas}, {@code CommunityNumber},
   *     {@code KimRef}, {@code VillageDecree}, {@code TargetAudience}, {@code Assessment},
   *     {@code Officer}, {@code MonitoringRecord} (and its rows) or a region; any other value gets
   *     {@link KimValidator}'s findings only
   * @param <T> its type
   * @return the value if nothing is wrong, else every violation, ordered by path then message key
   * @throws MissingValueException if {@code value} is null
   */
  public <T> Validation<Seq<FieldViolation>, T> validate(T value) {
    Validation<Seq<FieldViolation>, T> constraints = KimValidator.standard().validate(value);
    Seq<FieldViolation> found = violations(value);
    if (found.isEmpty()) {
      return constraints;
    }
    Seq<FieldViolation> all = constraints.isInvalid() ? constraints.getError().appendAll(found) : found;
    return Validation.invalid(all.sorted(ORDER));
  }

  /**
   * @param value a value, as for {@link #validate}
   * @return only the findings that need the register (REGION-CODE-2, REGION-CODE-4), in path order
   * @throws MissingValueException if {@code value} is null
   */
  public Seq<FieldViolation> violations(Object value) {
    MissingValueException.requireNonNull(value, "value");
    RegisterFindings findings = new RegisterFindings(directory);
    RegionPlaces.visit(value, findings);
    return findings.found().sorted(ORDER);
  }

  @Override
  public String toString() {
    return "RegionCheck[" + directory + "]";
  }
}
