package id.kim.rules.lifecycle;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.rules.termination.Indication;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Where one KIM stands towards one regency/city Dinas (RULES.md §3: the machine is per KIM–Dinas pair),
 * with what matters there: the community number once registered, the designations not yet recorded as
 * ended, the open review, the latest termination decision, and the day of the last step.
 *
 * <p>States are made only by {@link #candidate} and by {@link Lifecycle#apply}; every state satisfies:
 * registered from T1 on (INV-2); {@link Status#PARTNER} and {@link Status#UNDER_REVIEW} exactly when a
 * designation is held (INV-4); a review exactly when under review; a termination decision when
 * terminated (INV-3).
 */
@Value.Immutable
public abstract class LifecycleState {

  /** @return the KIM's name (PROFILE-a) */
  public abstract String kimName();

  /** @return the Dinas the lifecycle is towards */
  public abstract Dinas dinas();

  /** @return the state */
  public abstract Status status();

  /** @return the day of the last step (or of the first record, for a candidate) */
  public abstract LocalDate since();

  /** @return the Nomor Induk Komunitas, from registration (T1) on */
  @Value.Default
  public Option<CommunityNumber> communityNumber() {
    return Option.none();
  }

  /** @return designations not yet recorded as ended, in {@link Designation#ORDER} */
  @Value.Default
  public Seq<Designation> designations() {
    return List.empty();
  }

  /** @return the open review, when under review */
  @Value.Default
  public Option<Review> review() {
    return Option.none();
  }

  /** @return the latest termination decision, if the partnership was ever terminated (kept after re-entry) */
  @Value.Default
  public Option<Termination> termination() {
    return Option.none();
  }

  /** @return why the KIM left the register, when deregistered */
  @Value.Default
  public Option<DeregistrationReason> deregistration() {
    return Option.none();
  }

  /**
   * The first state of a lifecycle: a community group the Dinas knows of (calon KIM).
   *
   * @param kimName the group's name
   * @param dinas the regency/city Dinas
   * @param since the day the Dinas first recorded it
   * @return the candidate state
   */
  public static LifecycleState candidate(String kimName, Dinas dinas, LocalDate since) {
    return ImmutableLifecycleState.builder().kimName(requireNonNull(kimName, "kimName"))
        .dinas(requireNonNull(dinas, "dinas"))
        .status(Status.CANDIDATE).since(requireNonNull(since, "since")).build();
  }

  /** @return the indications of the open review (empty when none is open) */
  public Seq<Indication> openIndications() {
    return review().map(Review::indications).getOrElse(List.empty());
  }

  /**
   * @param date the as-of day
   * @return the designations whose period is not over on that day (a period ending that day still runs)
   */
  public Seq<Designation> runningOn(LocalDate date) {
    return designations().filter(d -> !d.isOverOn(date));
  }

  /** @return true if no event can leave this state */
  public boolean isFinal() {
    return status() == Status.DEREGISTERED;
  }

  /** The invariants hold for every state the SDK makes; a violation is a defect of the SDK. */
  @Value.Check
  protected void checkInvariants() {
    boolean ok = (status() == Status.CANDIDATE) != communityNumber().isDefined()
        && status().isPartner() == !designations().isEmpty()
        && (status() == Status.UNDER_REVIEW) == review().isDefined()
        && (status() != Status.TERMINATED || termination().isDefined())
        && (status() == Status.DEREGISTERED) == deregistration().isDefined();
    if (!ok) {
      throw new IllegalStateException("lifecycle state breaks INV-2/3/4: " + this);
    }
  }

  /**
   * @return a builder — the SDK makes a state only in {@link #candidate} and {@link Lifecycle#apply}; its invariants
   * are checked; the builder is public to reload a
   *     stored one (kim-json), and a stored history is trustworthy only through {@link AuditTrail#replay()}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "LifecycleState[" + kimName() + communityNumber().map(n -> " (" + n.value() + ")").getOrElse("") + " → "
        + dinas().name() + ": " + status() + " since " + since()
        + (designations().isEmpty() ? "" : ", designations " + designations().mkString("; "))
        + review().map(r -> ", " + r).getOrElse("") + termination().map(t -> ", " + t).getOrElse("")
        + deregistration().map(d -> ", " + d).getOrElse("") + "]";
  }

  /** Builds a {@link LifecycleState}. */
  public static final class Builder extends ImmutableLifecycleState.Builder {}
}
