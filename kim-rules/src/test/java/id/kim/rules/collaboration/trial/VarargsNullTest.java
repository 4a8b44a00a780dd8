package id.kim.rules.collaboration.trial;

import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.validation.MissingValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Varargs factories of the trial records name the array, or the index of the null element. */
class VarargsNullTest {

  @Test
  @DisplayName("ParticipationMonitoring.of names the null issue by its index")
  void issueElement() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> ParticipationMonitoring.of(d("2025-03-01"), OFFICER, "banjir rob", null));
    assertTrue(e.getMessage().startsWith("'issues[1]'"), e.getMessage());
  }

  @Test
  @DisplayName("SupportFeedback.of names a null array of needs")
  void needsArray() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> SupportFeedback.of(d("2025-03-01"), OFFICER, (SupportNeed[]) null));
    assertTrue(e.getMessage().startsWith("'needs'"), e.getMessage());
  }
}
