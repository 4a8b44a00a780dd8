package id.kim.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.evaluation.EvaluationRules;
import id.kim.rules.region.RegionCodeRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the juknis catalogue (RULES.md §2) and every project rule the SDK catalogues beside it
 * (REGION-CODE-1..4, PROPOSED) has a short title in id and en, and nothing else has one.
 */
class RuleTitlesTest {

  @Test
  void everyCataloguedRuleHasBothTitlesAndNoOtherKeyExists() throws IOException {
    SortedSet<String> catalogue = catalogue();
    assertEquals(246, catalogue.size(), "RULES.md §2 has 242 juknis rule IDs, and REGION-CODE-1..4 are 4 more");
    assertEquals(catalogue, RuleTitles.keys(Lang.ID), "Indonesian titles: exactly the catalogued rules");
    assertEquals(catalogue, RuleTitles.keys(Lang.EN), "English titles: exactly the catalogued rules");
    for (String id : catalogue) {
      for (Lang lang : Lang.values()) {
        String title = RuleTitles.of(RuleId.of(id), lang).get();
        assertFalse(title.isBlank(), id + " " + lang);
        assertTrue(title.length() <= 100, id + " " + lang + " is a title, not a statement: " + title);
        assertFalse(title.contains("**") || title.contains("`"), id + " " + lang + " carries Markdown: " + title);
      }
    }
  }

  @Test
  void everyRuleTheEngineDecidesWithHasATitle() {
    for (RuleSet<?> set : List.of(Juknis2022.MAPPING_ENTRY, Juknis2022.PARTNERSHIP, EvaluationRules.juknis2022(),
        RegionCodeRules.RULES)) {
      set.rules().forEach(r -> {
        assertTrue(RuleTitles.of(r.id(), Lang.ID).isDefined(), r.id().value());
        assertTrue(RuleTitles.of(r.id(), Lang.EN).isDefined(), r.id().value());
      });
    }
  }

  @Test
  void titlesAreTheJuknisWordsInIndonesianAndEnglishInEnglish() {
    assertEquals("Memiliki susunan pengurus", RuleTitles.of(RuleId.of("MAP-ENTRY-4"), Lang.ID).get());
    assertEquals("Has a board composition (list of officers)",
        RuleTitles.of(RuleId.of("MAP-ENTRY-4"), Lang.EN).get());
    assertEquals("Eksistensi jelas", RuleTitles.of(RuleId.of("QUAL-1"), Lang.ID).get());
    assertEquals("Membubarkan diri", RuleTitles.of(RuleId.of("TERM-7"), Lang.ID).get());
    assertTrue(RuleTitles.of(RuleId.of("SEED-ORG-1"), Lang.ID).isEmpty(), "SEED-* is not a juknis rule");
    assertTrue(RuleTitles.of(RuleId.of("DINAS-OWN-1"), Lang.EN).isEmpty(), "a caller's own rule has no title");
    assertEquals("Kode wilayah terdapat dalam daftar kode wilayah Kemendagri",
        RuleTitles.of(RuleId.of("REGION-CODE-2"), Lang.ID).get());
    assertEquals("A region's name is its code's official name",
        RuleTitles.of(RuleId.of("REGION-CODE-4"), Lang.EN).get());
    assertEquals(246, RuleTitles.ids().size());
  }

  @Test
  void nullArgumentsAreNamed() {
    MissingValueException e = assertThrows(MissingValueException.class, () -> RuleTitles.of(null, Lang.ID));
    assertTrue(e.getMessage().contains("id"), e.getMessage());
    e = assertThrows(MissingValueException.class, () -> RuleTitles.of(RuleId.of("QUAL-1"), null));
    assertTrue(e.getMessage().contains("lang"), e.getMessage());
  }

  private static SortedSet<String> catalogue() throws IOException {
    try (InputStream in = RuleTitlesTest.class.getResourceAsStream("catalogue-rule-ids.txt")) {
      TreeSet<String> ids = new TreeSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(ids::add);
      return ids;
    }
  }
}
