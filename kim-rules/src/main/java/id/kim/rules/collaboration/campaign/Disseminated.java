package id.kim.rules.collaboration.campaign;

import static id.kim.core.validation.MissingValueException.requireNonNull;
import static id.kim.core.validation.MissingValueException.requireNonNullElements;

import id.kim.rules.collaboration.CampaignStage;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Stage 3 — the results of the collaboration disseminated, delivered by the KIM (MODEL-GEN-1).
 * <ul>
 *   <li>TYPE-A (MODEL-A-STAGE-3, "Diseminasi Hasil Kolaborasi &amp; Literasi Informasi"): on media the
 *       KIM manages — Tabel 4.2 column 3 adds face-to-face communication — <b>and</b> information
 *       literacy towards the KIM's target audience ({@link #literacy()}, required for TYPE-A);</li>
 *   <li>TYPE-B (MODEL-B-STAGE-3, "Diseminasi Hasil Kolaborasi"): on the community's own media or its
 *       network's; Gambar 4.2 has no literacy element, so {@link #literacy()} is optional.</li>
 * </ul>
 * This records that the stage was reached; the individual dissemination actions of Tabel 4.3 and
 * their monitoring belong to the ACTION-* and MONITOR-* families.
 */
@Value.Immutable
public abstract non-sealed class Disseminated implements CampaignStep {

  /** @return the media the results were disseminated on; at least one */
  public abstract Seq<DisseminationChannel> channels();

  /** @return the information-literacy activity towards the KIM's target audience (literasi informasi) */
  @Value.Default
  public Option<String> literacy() {
    return Option.none();
  }

  /**
   * @param channel a channel
   * @param more further channels
   * @return the step, without literacy (enough for TYPE-B)
   */
  public static Disseminated on(DisseminationChannel channel, DisseminationChannel... more) {
    return ImmutableDisseminated.builder().channels(List.of(requireNonNull(channel, "channel"))
        .appendAll(List.of(requireNonNullElements(more, "more")))).build();
  }

  /**
   * @param literacy what was done for information literacy, e.g. "diskusi hoaks pemilu di balai RW 03"
   * @return this step with the literacy activity
   */
  public Disseminated withLiteracy(String literacy) {
    return ImmutableDisseminated.builder().from(this).literacy(Option.of(requireNonNull(literacy, "literacy"))).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final CampaignStage stage() {
    return CampaignStage.DISSEMINATED;
  }

  /** Builds a {@link Disseminated}. */
  public static final class Builder extends ImmutableDisseminated.Builder {}
}
