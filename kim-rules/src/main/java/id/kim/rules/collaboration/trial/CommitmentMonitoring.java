package id.kim.rules.collaboration.trial;

import id.kim.core.agency.Officer;
import id.kim.rules.collaboration.CanonicalOrder;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * MODEL-B-VAL-1 — "Pemantauan komunitas pemberdayaan masyarakat di daerah yang berkomiten untuk
 * berkolaborasi dan berpartisipasi dalam pembuatan konten, khususnya yang terkait bidang pemberdayaan
 * masyarakat komunitas tersebut": whether a TYPE-B community is committed to collaborate in content
 * creation, in its own field of empowerment.
 */
@Value.Immutable
public abstract non-sealed class CommitmentMonitoring implements ValidationEntry {

  /**
   * Precedence among entries of the same step: the later day; on the same day "not committed"
   * prevails over "not stated", which prevails over "committed"; then the field and officer.
   */
  static final Comparator<CommitmentMonitoring> PRECEDENCE = Comparator
      .comparing(CommitmentMonitoring::on)
      .thenComparingInt(m -> Answers.caution(m.committed()))
      .thenComparing(CommitmentMonitoring::empowermentField, CanonicalOrder.option(Comparator.<String>naturalOrder()))
      .thenComparing(CommitmentMonitoring::by, CanonicalOrder.OFFICER);

  @Override
  public abstract LocalDate on();

  @Override
  public abstract Officer by();

  /** @return whether the community is committed to collaborate in content creation; none if not stated */
  @Value.Default
  public Option<Boolean> committed() {
    return Option.none();
  }

  /** @return the community's field of empowerment, e.g. "UMKM", "pertanian", if recorded */
  @Value.Default
  public Option<String> empowermentField() {
    return Option.none();
  }

  /**
   * @param on the day of monitoring
   * @param by the officer
   * @param committed whether the community is committed
   * @return the entry
   */
  public static CommitmentMonitoring of(LocalDate on, Officer by, boolean committed) {
    return builder().on(on).by(by).committed(Option.of(committed)).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ValidationStep step() {
    return ValidationStep.B_MONITOR_COMMITMENT;
  }

  @Override
  public String toString() {
    return "CommitmentMonitoring[" + on() + ", committed=" + committed().map(String::valueOf).getOrElse("?") + "]";
  }

  /** Builds a {@link CommitmentMonitoring}. */
  public static final class Builder extends ImmutableCommitmentMonitoring.Builder {}
}
