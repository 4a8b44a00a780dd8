package id.kim.rules.collaboration.trial;

import static id.kim.core.validation.MissingValueException.requireNonNullElements;

import id.kim.core.agency.Officer;
import id.kim.core.media.KimMedium;
import id.kim.rules.collaboration.CanonicalOrder;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * MODEL-A-VAL-1 — "Pemantauan KIM yang akan dilibatkan untuk berpartisipasi dalam diseminasi
 * informasi publik, khususnya dikaitkan dengan isu dan media yang digunakan": the Dinas monitors a
 * TYPE-A KIM it means to involve, with regard to the public issues it works on and the media it uses.
 */
@Value.Immutable
public abstract non-sealed class ParticipationMonitoring implements ValidationEntry {

  /**
   * Precedence among entries of the same step: the later day, then the content and the officer, so
   * that a tie never depends on the order of recording.
   */
  static final Comparator<ParticipationMonitoring> PRECEDENCE = Comparator
      .comparing(ParticipationMonitoring::on)
      .thenComparing(ParticipationMonitoring::issues, CanonicalOrder.seq(Comparator.<String>naturalOrder()))
      .thenComparing(ParticipationMonitoring::media, CanonicalOrder.seq(CanonicalOrder.MEDIUM))
      .thenComparing(ParticipationMonitoring::note, CanonicalOrder.option(Comparator.<String>naturalOrder()))
      .thenComparing(ParticipationMonitoring::by, CanonicalOrder.OFFICER);

  @Override
  public abstract LocalDate on();

  @Override
  public abstract Officer by();

  /** @return the public issues the monitoring related the KIM to (isu) */
  @Value.Default
  public Seq<String> issues() {
    return List.empty();
  }

  /** @return the media the KIM uses, as monitored (media yang digunakan) */
  @Value.Default
  public Seq<KimMedium> media() {
    return List.empty();
  }

  /** @return a note, if any */
  @Value.Default
  public Option<String> note() {
    return Option.none();
  }

  /**
   * @param on the day of monitoring
   * @param by the officer
   * @param issues the issues observed
   * @return the entry, without media
   */
  public static ParticipationMonitoring of(LocalDate on, Officer by, String... issues) {
    return builder().on(on).by(by).issues(List.of(requireNonNullElements(issues, "issues"))).build();
  }

  /**
   * @param media the media observed
   * @return this entry with those media
   */
  public ParticipationMonitoring withMedia(KimMedium... media) {
    return builder().from(this).media(List.of(requireNonNullElements(media, "media"))).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ValidationStep step() {
    return ValidationStep.A_MONITOR_PARTICIPATION;
  }

  @Override
  public String toString() {
    return "ParticipationMonitoring[" + on() + ", " + issues().size() + " issues, " + media().size() + " media]";
  }

  /** Builds a {@link ParticipationMonitoring}. */
  public static final class Builder extends ImmutableParticipationMonitoring.Builder {}
}
