package id.kim.rules.mapping.profiling;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Which Tabel 3.1 fields of one KIM's profile are filled, as of a date and in one Dinas' view —
 * "Daftar diisi dengan keterangan sebagai berikut" (III.A) — with one finding per gap, named by its
 * field (PROFILE-a..t). Gaps in the address (MAP-A-2) and, in a provincial view, in field h are
 * requirements; all other gaps are warnings.
 */
@Value.Immutable
public abstract class ProfileCompleteness {

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return the as-of date (fields s and t count only observations made by then) */
  public abstract LocalDate asOf();

  /** @return the state of each of the twenty fields, in the order a–t */
  public abstract SortedMap<ProfileField, FieldStatus> statuses();

  /** @return one finding per missing or partial field, in the order a–t */
  public abstract Seq<Finding> findings();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param status a state
   * @return the fields in that state, in the order a–t
   */
  public Seq<ProfileField> fields(FieldStatus status) {
    return statuses().filterValues(status::equals).keySet().toList();
  }

  /** @return the fields not filled at all */
  public Seq<ProfileField> missing() {
    return fields(FieldStatus.MISSING);
  }

  /** @return true if address, kelurahan/desa and kecamatan are all filled (MAP-A-2) */
  public boolean meetsAddressRule() {
    return statuses().filterKeys(f -> f.requirement() == FieldRequirement.REQUIRED)
        .forAll(t -> t._2 == FieldStatus.FILLED);
  }

  /** @return true if no requirement is unmet (warnings aside) */
  public boolean meetsRequirements() {
    return findings().forAll(f -> f.severity() != Severity.REQUIREMENT);
  }

  /** @return true if every field that applies is filled */
  public boolean isComplete() {
    return findings().isEmpty();
  }

  @Override
  public String toString() {
    return "ProfileCompleteness[" + kim() + ", missing " + missing().map(f -> f.ruleId().value()).mkString(", ") + "]";
  }

  /** Builds a {@link ProfileCompleteness}. */
  public static final class Builder extends ImmutableProfileCompleteness.Builder {}
}
