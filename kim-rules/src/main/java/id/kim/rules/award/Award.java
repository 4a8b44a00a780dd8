package id.kim.rules.award;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.immutables.value.Value;

/**
 * An award given to a KIM (AWARD-STAGE-3 "Pemberian penghargaan"), in one of the forms of AWARD-FORM, with any
 * compliant private support (AWARD-SPONSOR).
 */
@Value.Immutable
public abstract class Award {

  /** @return the KIM awarded */
  public abstract KimRef kim();

  /** @return its rank in the assessment */
  public abstract int rank();

  /** @return the form of award */
  public abstract AwardForm form();

  /** @return private support attached */
  @Value.Default
  public Seq<Sponsorship> sponsorships() {
    return List.empty();
  }

  /** @return a builder */
  static ImmutableAward.Builder builder() {
    return ImmutableAward.builder();
  }

  /**
   * @param sponsorship private support
   * @return the award with the support attached, or why not: support the Dinas found not compliant
   *     with regional policy and regulations cannot be attached (AWARD-SPONSOR)
   */
  public Either<Message, Award> withSponsorship(Sponsorship sponsorship) {
    if (!sponsorship.compliant()) {
      return Either.left(Message.of(AwardProcess.BUNDLE, "AWARD-SPONSOR.notCompliant", sponsorship.sponsor()));
    }
    return Either.right(builder().from(this).sponsorships(sponsorships().append(sponsorship)).build());
  }
}
