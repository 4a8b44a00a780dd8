package id.kim.rules.mapping.profiling;

import static id.kim.rules.mapping.MappingFixtures.BANJAR_TENGAH;
import static id.kim.rules.mapping.MappingFixtures.DINAS;
import static id.kim.rules.mapping.MappingFixtures.YEHEMBANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import id.kim.core.community.TargetAudience;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Categorisation — MAP-RULE-b: by target audience, media and content type (GAP-20)")
class CategorisationTest {
  private static final KimProfile RADIO = KimProfile.builder().name("KIM Radio Jembrana").type(KimType.A)
      .addMedia(KimMedium.of(Platform.COMMUNITY_RADIO, "Radio Jembrana FM"), KimMedium.of(Platform.INSTAGRAM, "@radio"))
      .addContentTypes(ContentType.AUDIO, ContentType.PHOTO)
      .targetAudience(TargetAudience.builder().addVillage(BANJAR_TENGAH).build())
      .addFieldsOfActivity(GovernmentAffair.COMMUNICATION_AND_INFORMATICS).build();
  private static final KimProfile TANI = KimProfile.builder().name("KIM Tani Makmur").type(KimType.B)
      .addMedia(KimMedium.of(Platform.FACE_TO_FACE, "Rapat subak"))
      .addContentTypes(ContentType.TEXT)
      .targetAudience(TargetAudience.builder().addVillage(YEHEMBANG).build())
      .addFieldsOfActivity(GovernmentAffair.AGRICULTURE).build();
  private static final KimProfile BARE = KimProfile.builder().name("KIM Baru").build();
  private static final Census CENSUS = Census.of(DINAS, List.of(RADIO, TANI, BARE)).get();

  @Test
  @DisplayName(
      "MAP-RULE-b: grouping by media kind puts a KIM with two kinds in both groups and a KIM without media last")
  void groupsByMediaKind() {
    var groups = Categorisation.groups(CENSUS, Facet.MEDIA_KIND);
    assertEquals(List.of("Komunikasi tatap muka", "Media digital", "Media konvensional", FacetGroup.NOT_RECORDED),
        groups.map(FacetGroup::value).toJavaList());
    assertEquals(List.of(KimRef.from(RADIO)), groups.get(1).kims().toJavaList());
    assertEquals(List.of(KimRef.from(BARE)), groups.last().kims().toJavaList());
  }

  @Test
  @DisplayName("MAP-RULE-b: grouping by target audience and by content type")
  void groupsByAudienceAndContent() {
    assertEquals(List.of("Desa Yehembang, Kecamatan Mendoyo", "Kelurahan Banjar Tengah, Kecamatan Negara",
        FacetGroup.NOT_RECORDED),
        Categorisation.groups(CENSUS, Facet.AUDIENCE_AREA).map(FacetGroup::value).toJavaList());
    assertEquals(List.of("Tulisan", "Foto", "Audio", FacetGroup.NOT_RECORDED).size(),
        Categorisation.groups(CENSUS, Facet.CONTENT_TYPE).size());
    assertEquals(List.of("MEDIA-2 Media penyiaran", "MEDIA-3 Media sosial", "MEDIA-7 Komunikasi tatap muka", "-"),
        Categorisation.groups(CENSUS, Facet.MEDIA_CHANNEL).map(FacetGroup::value).toJavaList());
    assertEquals(List.of("Tipe A", "Tipe B", "-"),
        Categorisation.groups(CENSUS, Facet.TYPE).map(FacetGroup::value).toJavaList());
    assertEquals("PROFILE-k", Facet.AUDIENCE_AREA.ruleId());
  }

  @Test
  @DisplayName("MAP-RULE-b: a filter is OR within a facet and AND across facets; an empty filter selects every KIM")
  void filters() {
    ProfileFilter digitalOrFaceToFace = ProfileFilter.builder().addMediaKinds(MediaKind.DIGITAL, MediaKind.FACE_TO_FACE)
        .build();
    assertEquals(2, Categorisation.filter(CENSUS, digitalOrFaceToFace).size());
    ProfileFilter digitalAgriculture = ProfileFilter.builder().addMediaKinds(MediaKind.DIGITAL)
        .addFields(GovernmentAffair.AGRICULTURE).build();
    assertTrue(Categorisation.filter(CENSUS, digitalAgriculture).isEmpty());
    assertEquals(List.of(KimRef.from(TANI)), Categorisation.filter(CENSUS,
        ProfileFilter.builder().addAudienceVillages("yehembang").build()).map(CensusEntry::ref).toJavaList());
    assertEquals(List.of(KimRef.from(RADIO)), Categorisation.filter(CENSUS,
        ProfileFilter.builder().addChannels(MediaChannel.BROADCAST).addContentTypes(ContentType.AUDIO).build())
        .map(CensusEntry::ref).toJavaList());
    assertEquals(List.of(KimRef.from(TANI)), Categorisation.filter(CENSUS,
        ProfileFilter.builder().addTypes(KimType.B).addPlatforms(Platform.FACE_TO_FACE).build()).map(CensusEntry::ref)
            .toJavaList());
    assertEquals(3, Categorisation.filter(CENSUS, ProfileFilter.any()).size());
  }
}
