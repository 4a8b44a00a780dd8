package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.IncompleteValueException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Proof: a builder asked to build before its required attributes are set fails with an
 * {@link IncompleteValueException} that lists exactly the missing attributes; a builder whose
 * attributes are all optional builds an empty value.
 */
class IncompleteBuilderTest {
  /** The required attributes of every public builder of kim-core — the contract users rely on. */
  private static final Map<String, List<String>> REQUIRED = new TreeMap<>(Map.ofEntries(
      Map.entry("Acknowledgement", List.of("byTitle", "on")),
      Map.entry("AdministrativeDeclaration", List.of("signedOn", "boardNotCivilServants", "boardNotInvolvedInCrime",
          "noPoliticalPartyAffiliation", "noNgoAffiliation")),
      Map.entry("Address", List.of("street")),
      Map.entry("Affiliation", List.of("organisation", "kind", "subject")),
      Map.entry("Assessment", List.of("criterion", "result", "assessedBy", "assessedOn")),
      Map.entry("Board", List.of()),
      Map.entry("BoardMember", List.of("name", "role")),
      Map.entry("Dinas", List.of("name", "level", "province")),
      Map.entry("DisseminationLogEntry", List.of("kim", "dinas", "activity", "channel", "format", "count")),
      Map.entry("DissolutionNotice", List.of("dissolvedOn")),
      Map.entry("FieldViolation", List.of("path", "constraint", "messageKey", "rejectedValue")),
      Map.entry("KimMedium", List.of("platform")),
      Map.entry("KimProfile", List.of("name")),
      Map.entry("KimRecord", List.of("profile")),
      Map.entry("KimRef", List.of("name")),
      Map.entry("Member", List.of("name")),
      Map.entry("MonitoringRecord", List.of("kim")),
      Map.entry("Officer", List.of("name", "dinas")),
      Map.entry("SocialContent", List.of("kim", "title", "format", "account", "metrics", "publishedOn")),
      Map.entry("SurveyResult", List.of("title", "kind", "after")),
      Map.entry("TargetAudience", List.of()),
      Map.entry("Village", List.of("name", "kind", "district")),
      Map.entry("VillageDecree", List.of("number", "issuerTitle", "issuerVillage", "issuedOn"))));

  @Test
  @DisplayName(
      "every empty builder fails with IncompleteValueException listing exactly the missing required attributes")
  void emptyBuildersListTheMissingAttributes() throws ReflectiveOperationException {
    for (Map.Entry<String, List<String>> e : REQUIRED.entrySet()) {
      Object builder = builderOf(type(e.getKey()));
      Method build = builder.getClass().getMethod("build");
      if (e.getValue().isEmpty()) {
        assertEquals(type(e.getKey()), build.invoke(builder).getClass().getSuperclass(), e.getKey());
        continue;
      }
      InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> build.invoke(builder),
          e.getKey());
      assertEquals(IncompleteValueException.class, thrown.getCause().getClass(), e.getKey());
      assertEquals("Cannot build " + e.getKey() + ", some of required attributes are not set " + e.getValue(),
          thrown.getCause().getMessage());
    }
  }

  @Test
  @DisplayName("a builder missing only one attribute names only that one (KimProfile needs its name, PROFILE-a)")
  void partlyFilledBuilderNamesWhatIsLeft() {
    IncompleteValueException e =
        assertThrows(
            IncompleteValueException.class, () -> KimProfile.builder().type(KimType.A).build());
    assertEquals("Cannot build KimProfile, some of required attributes are not set [name]", e.getMessage());
    IncompleteValueException v =
        assertThrows(
            IncompleteValueException.class,
            () -> Village.builder().name("Gumbrih").kind(VillageKind.DESA).build());
    assertEquals("Cannot build Village, some of required attributes are not set [district]", v.getMessage());
  }

  @Test
  @DisplayName("the table above covers every public builder of kim-core")
  void everyBuilderIsListed() {
    TreeSet<String> withBuilder = new TreeSet<>();
    for (Class<?> type : KimCoreClasses.all()) {
      for (Class<?> nested : type.getClasses()) {
        if (nested.getSimpleName().equals("Builder")) {
          withBuilder.add(type.getSimpleName());
        }
      }
    }
    assertEquals(withBuilder, new TreeSet<>(REQUIRED.keySet()));
  }

  private static Class<?> type(String simpleName) {
    return KimCoreClasses.all().stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
        .orElseThrow(() -> new AssertionError("no kim-core type " + simpleName));
  }

  private static Object builderOf(Class<?> type) throws ReflectiveOperationException {
    return type.getMethod("builder").invoke(null);
  }
}
