package id.kim.rules.capacity;

import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A type of content the KIM has made, and the KIM medium it was published on, if any (CAP-2: "jenis konten yang pernah
 * dibuat … dan pemuatannya pada media yang dikelola KIM").
 */
@Value.Immutable
public abstract class ProducedContent {

  /** @return the type: photo, video, audio, audio-visual, infographic … */
  @Value.Parameter
  public abstract ContentType type();

  /** @return where it was published; none if it never was */
  @Value.Parameter
  public abstract Option<KimMedium> publishedOn();

  /**
   * @param type the content type
   * @param publishedOn the medium it was published on
   * @return the record
   */
  public static ProducedContent of(ContentType type, KimMedium publishedOn) {
    return ImmutableProducedContent.of(type, Option.some(publishedOn));
  }

  /**
   * @param type the content type
   * @return content made but not published
   */
  public static ProducedContent unpublished(ContentType type) {
    return ImmutableProducedContent.of(type, Option.none());
  }
}
