package id.kim.server.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.json.JsonPath;
import org.junit.jupiter.api.Test;

/** JSONPath of kim-json → JSON Pointer of RFC 6901. */
class PointersTest {

  @Test
  void pathsBecomePointers() {
    assertEquals("", Pointers.fromJsonPath("$"));
    assertEquals("/profile/whatsapp", Pointers.fromJsonPath("$.profile.whatsapp"));
    assertEquals("/records/3/profile/reach/0/value", Pointers.under("/records", "$[3].profile.reach[0].value"));
    assertEquals("/a~1b/it's", Pointers.fromJsonPath("$['a/b']['it\\'s']"));
    assertEquals("/villages/*/name", Pointers.fromJsonPath("$.villages[*].name"));
  }

  @Test
  void anyFieldNameAndIndexComeBackAsOneStepEach() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12), integers().between(0, 10_000))
        .checkAssert((name, index) -> assertEquals(
            "/" + name.replace("~", "~0").replace("/", "~1") + "/" + index,
            Pointers.fromJsonPath(JsonPath.root().field(name).index(index).toString())));
  }
}
