package id.kim.rules.mapping.profiling;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaKind;
import id.kim.core.region.Village;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A descriptive facet by which stage A groups KIM — "berdasarkan khalayak sasaran, media yang
 * digunakan, dan jenis konten yang dibuat" (MAP-RULE-b; the three-criteria version of II.B.3.b is
 * used, GAP-20), plus type and field of activity. Facets describe; they are neither the KIM type
 * nor the grid category (GAP-20 keeps the three "categorisations" apart).
 */
public enum Facet {
  /** Tipe KIM (PROFILE-b). */
  TYPE("PROFILE-b"),
  /** Khalayak sasaran — the villages of the target audience (PROFILE-k). */
  AUDIENCE_AREA("PROFILE-k"),
  /** Jenis Media — face to face, conventional, digital (PROFILE-o, derived from l). */
  MEDIA_KIND("PROFILE-o"),
  /** Jenis Media — the Tabel 4.6 channel of each medium (PROFILE-l, MEDIA-1..7). */
  MEDIA_CHANNEL("PROFILE-l"),
  /** Jenis konten (PROFILE-q). */
  CONTENT_TYPE("PROFILE-q"),
  /** Bidang Kegiatan/Ketertarikan (PROFILE-m). */
  FIELD_OF_ACTIVITY("PROFILE-m");

  private final String ruleId;

  Facet(String ruleId) {
    this.ruleId = ruleId;
  }

  /** @return the Tabel 3.1 field the facet reads */
  public String ruleId() {
    return ruleId;
  }

  /**
   * @param profile a profile
   * @return the profile's values for this facet, as Indonesian labels, sorted and distinct; empty
   *     when the field is not filled
   */
  public Seq<String> values(KimProfile profile) {
    return switch (this) {
      case TYPE -> List.ofAll(profile.type().stream()).map(KimType::label);
      case AUDIENCE_AREA ->
          profile
              .targetAudience()
              .map(a -> List.ofAll(a.villages()).map(Facet::villageLabel))
              .orElse(List.empty())
              .distinct()
              .sorted();
      case MEDIA_KIND -> List.ofAll(profile.mediaKinds()).sorted().map(MediaKind::label);
      case MEDIA_CHANNEL ->
          List.ofAll(profile.media())
              .map(KimMedium::channel)
              .distinct()
              .sorted()
              .map(c -> c.ruleId() + " " + c.label());
      case CONTENT_TYPE -> List.ofAll(profile.contentTypes()).sorted().map(ContentType::label);
      default ->
          List.ofAll(profile.fieldsOfActivity()).sorted().map(GovernmentAffair::indonesianName);
    };
  }

  private static String villageLabel(Village v) {
    return v.localKindName().orElse(v.kind().label()) + " " + v.name() + ", Kecamatan " + v.district().name();
  }
}
