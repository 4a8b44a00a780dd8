package id.kim.rules.mapping.profiling;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Criteria to select KIM of a census by type, target audience, media and content (MAP-RULE-b) and
 * field of activity. Within one facet the values are alternatives (any of them); across facets all
 * must hold; an empty facet does not restrict. {@link #any()} matches every profile.
 *
 * <pre>{@code
 * ProfileFilter digitalHealth = ProfileFilter.builder()
 *     .addMediaKind(MediaKind.DIGITAL).addField(GovernmentAffair.HEALTH).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ProfileFilter {

  /** @return accepted KIM types (PROFILE-b) */
  public abstract Set<KimType> types();

  /** @return accepted media kinds (PROFILE-o) */
  public abstract Set<MediaKind> mediaKinds();

  /** @return accepted Tabel 4.6 channels (PROFILE-l) */
  public abstract Set<MediaChannel> channels();

  /** @return accepted platforms (PROFILE-l) */
  public abstract Set<Platform> platforms();

  /** @return accepted content types (PROFILE-q) */
  public abstract Set<ContentType> contentTypes();

  /** @return accepted fields of activity (PROFILE-m) */
  public abstract Set<GovernmentAffair> fields();

  /** @return names of villages of the target audience (PROFILE-k), compared without regard to case */
  public abstract Set<String> audienceVillages();

  /** @return a filter that matches every profile */
  public static ProfileFilter any() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param p a profile
   * @return true if the profile meets every non-empty facet
   */
  public boolean matches(KimProfile p) {
    return accepts(types(), p.type().stream().toList())
        && accepts(mediaKinds(), p.mediaKinds())
        && accepts(channels(), p.media().stream().map(KimMedium::channel).toList())
        && accepts(platforms(), p.media().stream().map(KimMedium::platform).toList())
        && accepts(contentTypes(), p.contentTypes())
        && accepts(fields(), p.fieldsOfActivity())
        && accepts(lower(audienceVillages()), lower(p.targetAudience()
            .map(a -> a.villages().stream().map(v -> v.name()).toList()).orElse(List.of())));
  }

  private static <T> boolean accepts(Set<T> wanted, Collection<T> values) {
    return wanted.isEmpty() || values.stream().anyMatch(wanted::contains);
  }

  private static Set<String> lower(Collection<String> names) {
    return names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** Builds a {@link ProfileFilter}. */
  public static final class Builder extends ImmutableProfileFilter.Builder {}
}
