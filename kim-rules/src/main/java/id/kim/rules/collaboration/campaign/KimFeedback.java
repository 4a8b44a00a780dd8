package id.kim.rules.collaboration.campaign;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Officer;
import id.kim.core.privacy.Mask;
import id.kim.rules.collaboration.CoordinationColumn;
import id.kim.rules.collaboration.CanonicalOrder;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * Feedback (umpan balik, masukan) from a KIM to the Dinas in the active-coordination model
 * (MODEL-A-T42): on the dissemination plan, on the condition of the community in its area, or on
 * public issues where it is seated ({@link FeedbackKind}). It sits in Tabel 4.2 column 1,
 * participation (GAP-29). Input about issues also feeds issue identification (ISSUE-*).
 *
 * <p>Tabel 4.2 describes the TYPE-A model; a TYPE-B community's input can be recorded the same way.
 * The content is free text that may name people, so {@code toString} prints only its length.
 */
@Value.Immutable
public abstract class KimFeedback {

  /**
   * The order a campaign keeps its feedback in, whatever the order of recording: by day received,
   * kind, content, channel (none first) and recording officer ({@link CanonicalOrder#OFFICER}).
   */
  public static final Comparator<KimFeedback> ORDER = Comparator
      .comparing(KimFeedback::receivedOn)
      .thenComparing(KimFeedback::kind)
      .thenComparing(KimFeedback::content)
      .thenComparing(KimFeedback::channel, CanonicalOrder.option(Comparator.<CoordinationChannel>naturalOrder()))
      .thenComparing(KimFeedback::recordedBy, CanonicalOrder.OFFICER);

  /** @return what the feedback is about */
  public abstract FeedbackKind kind();

  /** @return what the KIM said, as recorded */
  public abstract String content();

  /** @return the day the Dinas received it */
  public abstract LocalDate receivedOn();

  /** @return how it arrived (WhatsApp group, meeting …), if recorded */
  @Value.Default
  public Option<CoordinationChannel> channel() {
    return Option.none();
  }

  /** @return the officer who recorded it */
  public abstract Officer recordedBy();

  /**
   * @param kind what it is about
   * @param content what the KIM said
   * @param receivedOn the day it was received
   * @param recordedBy the officer recording it
   * @return the feedback, without a channel
   */
  public static KimFeedback of(FeedbackKind kind, String content, LocalDate receivedOn, Officer recordedBy) {
    return ImmutableKimFeedback.builder().kind(kind).content(content).receivedOn(receivedOn)
        .recordedBy(recordedBy).build();
  }

  /**
   * @param channel how the feedback arrived
   * @return this feedback with the channel
   */
  public KimFeedback withChannel(CoordinationChannel channel) {
    return ImmutableKimFeedback.builder().from(this).channel(Option.of(requireNonNull(channel, "channel"))).build();
  }

  /** @return the Tabel 4.2 column it belongs to: participation (GAP-29) */
  public CoordinationColumn column() {
    return kind().column();
  }

  @Override
  public String toString() {
    return "KimFeedback[" + kind() + ", " + receivedOn() + ", " + Mask.text(content())
        + channel().map(c -> ", via " + c).getOrElse("") + "]";
  }
}
