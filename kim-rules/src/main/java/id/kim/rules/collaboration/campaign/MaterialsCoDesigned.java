package id.kim.rules.collaboration.campaign;

import static id.kim.core.validation.MissingValueException.requireNonNull;
import static id.kim.core.validation.MissingValueException.requireNonNullElements;

import id.kim.core.media.ContentType;
import id.kim.rules.collaboration.CampaignStage;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Stage 2 (MODEL-A-STAGE-2, MODEL-B-STAGE-2) — "Melakukan Kolaborasi dalam Merancang Bahan
 * Informasi": the Dinas and the KIM together formulate the {@linkplain #message() message} to the
 * public and prepare the materials "termasuk tema dan format penyajian" ({@link #theme()},
 * {@link #formats()}); Tabel 4.2 column 2 adds the {@linkplain #angle() angle}. This is the
 * co-design of MODEL-GEN-1: "informasi dirancang Dinas Kominfo bersama dengan KIM".
 */
@Value.Immutable
public abstract non-sealed class MaterialsCoDesigned implements CampaignStep {

  /** @return the message to the public (pesan yang akan disampaikan ke publik) */
  public abstract String message();

  /** @return the theme (tema) */
  public abstract String theme();

  /** @return the presentation formats (format penyajian), e.g. video, infographic; at least one */
  public abstract Set<ContentType> formats();

  /** @return the angle chosen with the KIM (Tabel 4.2: "menentukan angle"), if recorded */
  @Value.Default
  public Option<String> angle() {
    return Option.none();
  }

  /**
   * @param message the message to the public
   * @param theme the theme
   * @param format a presentation format
   * @param moreFormats further formats
   * @return the step, without an angle
   */
  public static MaterialsCoDesigned of(String message, String theme, ContentType format, ContentType... moreFormats) {
    return ImmutableMaterialsCoDesigned.builder().message(message).theme(theme)
        .formats(TreeSet.of(requireNonNull(format, "format"))
            .addAll(TreeSet.of(requireNonNullElements(moreFormats, "moreFormats"))))
        .build();
  }

  /**
   * @param angle the angle
   * @return this step with the angle
   */
  public MaterialsCoDesigned withAngle(String angle) {
    return ImmutableMaterialsCoDesigned.builder().from(this).angle(Option.of(requireNonNull(angle, "angle"))).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final CampaignStage stage() {
    return CampaignStage.MATERIALS_CO_DESIGNED;
  }

  /** Builds a {@link MaterialsCoDesigned}. */
  public static final class Builder extends ImmutableMaterialsCoDesigned.Builder {}
}
