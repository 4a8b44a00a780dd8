package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.MissingValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Eligibility.decide and validated name each missing argument before any rule runs. */
@DisplayName("Eligibility.decide/validated: a missing question, rule set, facts or day is named")
class EligibilityArgumentsTest {

  @Test
  @DisplayName("decide names the missing rule set, facts and day")
  void decide() {
    assertNamed("rules", () -> Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, null, Kims.facts(), AS_OF));
    assertNamed("facts",
        () -> Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP, null, AS_OF));
    assertNamed("asOf", () -> Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP, Kims.facts(),
        null));
    assertNamed("question", () -> Eligibility.decide(null, Juknis2022.PARTNERSHIP, Kims.facts(), AS_OF));
  }

  @Test
  @DisplayName("validated names the missing question and rule set before validating the facts")
  void validated() {
    assertNamed("question", () -> Eligibility.validated(null, Juknis2022.PARTNERSHIP, Kims.facts(), AS_OF));
    assertNamed("rules", () -> Eligibility.validated(Eligibility.PARTNERSHIP_QUESTION, null, Kims.facts(), AS_OF));
    assertNamed("asOf", () -> Eligibility.validated(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP,
        Kims.facts(), null));
  }

  @Test
  @DisplayName("validated refuses a missing question even when the facts are invalid (arguments before validation)")
  void argumentsBeforeValidation() {
    KimRecord r = Kims.record().withProfile(Kims.record().profile()
        .withCommunityNumber(CommunityNumber.of("5101012345678901", Kims.JEMBRANA)));
    assertNamed("question", () -> Eligibility.validated(null, Juknis2022.PARTNERSHIP, Kims.facts(r), AS_OF));
  }

  private static void assertNamed(String name, Executable call) {
    String message = assertThrows(MissingValueException.class, call).getMessage();
    assertTrue(message.contains("'" + name + "'"), message);
  }
}
