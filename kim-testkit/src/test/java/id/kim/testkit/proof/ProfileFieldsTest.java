package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import id.kim.core.region.District;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.Defects;
import id.kim.testkit.KimGens;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tabel 3.1 "Tabel Profiling KIM", fields a–t (PROFILE-a..t): each field is an accessor of
 * {@link KimProfile} that cites its rule, and a defect in it yields a finding citing that rule.
 */
class ProfileFieldsTest {
  /** Field → accessor, in the juknis' order. f, g, h are the seat: kelurahan, its kecamatan, its kabupaten/kota. */
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("PROFILE-a", "name");
    FIELDS.put("PROFILE-b", "type");
    FIELDS.put("PROFILE-c", "communityNumber");
    FIELDS.put("PROFILE-d", "contactPerson");
    FIELDS.put("PROFILE-e", "address");
    FIELDS.put("PROFILE-f", "seat");
    FIELDS.put("PROFILE-g", "seat");
    FIELDS.put("PROFILE-h", "seat");
    FIELDS.put("PROFILE-i", "whatsapp");
    FIELDS.put("PROFILE-j", "email");
    FIELDS.put("PROFILE-k", "targetAudience");
    FIELDS.put("PROFILE-l", "media");
    FIELDS.put("PROFILE-m", "fieldsOfActivity");
    FIELDS.put("PROFILE-n", "publicIssues");
    FIELDS.put("PROFILE-o", "mediaKinds");
    FIELDS.put("PROFILE-p", "frequency");
    FIELDS.put("PROFILE-q", "contentTypes");
    FIELDS.put("PROFILE-r", "partnershipPeriods");
    FIELDS.put("PROFILE-s", "reach");
    FIELDS.put("PROFILE-t", "responses");
  }

  @Test
  @DisplayName(
      "PROFILE-a..t: every recorded field's accessor carries @JuknisField with its rule (f also stands for g and h; o "
          + "is derived)")
  void everyFieldCitesItsRule() throws NoSuchMethodException {
    assertEquals(20, FIELDS.size());
    for (Map.Entry<String, String> e : FIELDS.entrySet()) {
      JuknisField cited = KimProfile.class.getMethod(e.getValue()).getAnnotation(JuknisField.class);
      switch (e.getKey()) {
        case "PROFILE-g", "PROFILE-h" ->
            assertEquals("PROFILE-f", cited.value(), "kecamatan and kabupaten/kota live in the seat");
        case "PROFILE-o" -> assertEquals(null, cited, "field o is derived from field l");
        default -> assertEquals(e.getKey(), cited.value(), e.getValue());
      }
    }
    assertEquals(KimProfile.class.getMethod("fixedLine").getAnnotation(JuknisField.class).value(), "PROFILE-i");
  }

  @Test
  @DisplayName("every field with a constraint has a defect whose finding cites the field's PROFILE rule")
  void everyConstrainedFieldHasACitingDefect() {
    Set<String> cited = new TreeSet<>();
    Defects.profile().forEach(d -> cited.add(d.ruleId().orElse("none")));
    // b, m, o and q are enumerations (nothing to break); g and h inside a village seat are cited as f, the
    // seat; g and h of a seat above the village as themselves; a seat at two levels as MAP-ENTRY-2; a region
    // code of the wrong level or outside its parent's as the constraint's own REGION-CODE-1 and -3, wherever it sits
    assertEquals(new TreeSet<>(Set.of("PROFILE-a", "PROFILE-c", "PROFILE-d", "PROFILE-e", "PROFILE-f", "PROFILE-g",
        "PROFILE-h", "PROFILE-i", "PROFILE-j", "PROFILE-k", "PROFILE-l", "PROFILE-n", "PROFILE-p", "PROFILE-r",
        "PROFILE-s", "PROFILE-t", "MAP-ENTRY-2", "REGION-CODE-1", "REGION-CODE-3")), cited);
  }

  @Test
  @DisplayName("PROFILE-g/h (GAP-22): a regency/city Dinas may leave field h out; the seat then has no kabupaten/kota")
  void fieldHIsOptional() {
    qt().withExamples(200).forAll(KimGens.village(), KimGens.regencyCity()).checkAssert((v, rc) -> {
      assertEquals(rc, v.withRegencyCity(rc).regencyCity().orElseThrow());
      assertEquals(v.district().name(), v.withRegencyCity(rc).district().name());
    });
    assertTrue(District.of("Negara").regencyCity().isEmpty());
  }

  @Test
  @DisplayName("PROFILE-o (MEDIA-KIND-MAP): the media kinds are derived from the media of field l")
  void mediaKindsAreDerived() {
    qt().forAll(KimGens.profile()).checkAssert(p -> {
      Set<MediaKind> expected = EnumSet.noneOf(MediaKind.class);
      p.media().forEach(m -> expected.add(m.channel().kind()));
      assertEquals(expected, p.mediaKinds());
    });
    KimProfile p = KimProfile.builder().name("KIM Gumbrih").addMedia(KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih"),
        KimMedium.of(Platform.COMMUNITY_RADIO), KimMedium.of(Platform.FACE_TO_FACE)).build();
    assertEquals(EnumSet.allOf(MediaKind.class), p.mediaKinds());
  }

  @Test
  @DisplayName("MAP-A-1: a profile needs only its name, so every KIM of the area can be recorded")
  void onlyTheNameIsRequired() {
    qt().forAll(KimGens.minimalProfile())
        .checkAssert(
            p -> {
              assertTrue(p.type().isEmpty() && p.seat().isEmpty() && p.media().isEmpty());
              assertTrue(KimValidator.standard().validate(p).isValid());
            });
  }
}
