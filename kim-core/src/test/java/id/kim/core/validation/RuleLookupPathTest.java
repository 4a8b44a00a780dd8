package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule of a violation (e.g. PROFILE-m for {@code media[2].url}) is looked up by its path without indexes. */
class RuleLookupPathTest {
  private static final String[] PIECES = {"media", "[", "]", "0", "12", ".", "url", "villages", "[]", "name", ""};

  @Test
  @DisplayName("indexes are removed exactly as the former regex \\[[^\\]]*] removed them")
  void withoutIndexesUnchanged() {
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 10).map(ix -> {
          StringBuilder out = new StringBuilder();
          ix.forEach(i -> out.append(PIECES[i]));
          return out.toString();
        }))
        .checkAssert(p -> assertEquals(p.replaceAll("\\[[^\\]]*]", ""), RuleLookup.withoutIndexes(p), p));
    assertEquals("partnershipPeriods.period.end", RuleLookup.withoutIndexes("partnershipPeriods[1].period.end"));
    assertEquals("targetAudience.villages.name", RuleLookup.withoutIndexes("targetAudience.villages[].name"));
  }
}
