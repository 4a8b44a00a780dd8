package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Verdict;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Transition;
import id.kim.rules.impact.Variant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ImpactExample: the four shipped variants read as JSON and measured on a generated register")
class ImpactExampleTest {

  @ParameterizedTest
  @CsvSource({"asn-anggota, ELIGIBLE, PARTNER-ADMIN-1", "afiliasi-anggota, ELIGIBLE, PARTNER-ADMIN-3",
      "gerbang-kualifikasi-longgar, INCOMPLETE, QUAL-3", "tanda-tangan-semua-pengurus, ELIGIBLE, PARTNER-ADMIN-DECL"})
  @DisplayName("each variant reads, names itself in the version, and flips KIM through its own rule")
  void eachVariantFlipsThroughItsRule(String name, Verdict from, String rule) {
    Variant v = ImpactExample.variant(name);
    assertEquals(name, v.name());
    assertTrue(v.version().startsWith("2022.08.30+") && v.version().endsWith(",variant=" + name), v.version());
    ImpactSummary s = Impact.from(v).measure(ImpactExample.register().stream(), ImpactExample.AS_OF);
    assertEquals(120, s.population());
    Transition flip = Transition.of(from, Verdict.NOT_ELIGIBLE);
    assertTrue(s.count(flip) > 0, () -> name + ": " + s.transitions());
    assertTrue(s.rulesByTransition().get(flip).get().containsKey(RuleId.of(rule)),
        () -> name + ": " + s.rulesByTransition());
    assertTrue(s.transitions().keySet().forAll(t -> t.from() != Verdict.ELIGIBLE || t.to() != Verdict.INCOMPLETE));
  }

  @Test
  @DisplayName("it prints each variant's version and transitions")
  void prints() {
    String out = ImpactExample.run();
    Printed.assertContains(out,
        "asn-anggota — juknis-2022.partnership v2022.08.30+asn=BOARD_AND_MEMBERS,variant=asn-anggota",
        "LAYAK → TIDAK LAYAK", "karena / because of PARTNER-ADMIN-1");
  }
}
