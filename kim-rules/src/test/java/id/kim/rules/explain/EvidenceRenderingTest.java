package id.kim.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.MissingValueException;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Evidence values are rendered as they always were: dates in ISO form, personal data masked, absent as "-". */
class EvidenceRenderingTest {

  @Test
  @DisplayName("Evidence of a date is LocalDate.toString, for any year (the fast path covers 1000..9999)")
  void datesRenderAsLocalDateToString() {
    qt().forAll(longs().between(LocalDate.of(-20_000, 1, 1).toEpochDay(), LocalDate.of(20_000, 12, 31).toEpochDay()))
        .checkAssert(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          assertEquals(date.toString(), Evidence.of("d", date).value());
          assertEquals(date.toString(), Evidence.of("d", Optional.of(date)).value());
        });
    qt().forAll(integers().between(999, 10_000), integers().between(1, 12), integers().between(1, 28))
        .checkAssert((y, m, d) -> assertEquals(LocalDate.of(y, m, d).toString(),
            ValueText.isoDate(LocalDate.of(y, m, d))));
  }

  @Test
  @DisplayName("Evidence masks personal data, unwraps Optional and Option, and writes '-' when absent")
  void otherValuesRenderAsBefore() {
    PersonName name = PersonName.of("Siti Aminah");
    assertEquals(name.masked(), Evidence.of("n", name).value());
    assertEquals(name.masked(), Evidence.of("n", Option.of(name)).value());
    assertEquals("-", Evidence.of("n", Optional.empty()).value());
    assertEquals("-", Evidence.of("n", Option.none()).value());
    assertEquals("text", Evidence.of("n", "text").value());
    assertEquals("12", Evidence.of("n", 12).value());
    assertEquals(Evidence.of("d", "2026-06-30"), Evidence.of("d", LocalDate.of(2026, 6, 30)));
  }

  @Test
  @DisplayName(
      "An Optional given as Optional or as Object is the same evidence: unwrapped, '-' when empty, nested Optionals "
          + "too, personal data masked")
  @SuppressWarnings("UnnecessaryStringBuilder") // a mutable fact on purpose: evidence must keep its text
  void optionalOverloadEqualsTheGeneralOne() {
    PersonName name = PersonName.of("Siti Aminah");
    Object[] contents = {
      name,
      "teks",
      12,
      LocalDate.of(2026, 6, 30),
      Optional.of("dalam"),
      Optional.empty(),
      Option.of(name),
      new StringBuilder("berubah")
    };
    for (Object content : contents) {
      Optional<?> present = Optional.of(content);
      assertEquals(Evidence.of("n", (Object) present), Evidence.of("n", present), content::toString);
      assertEquals(Evidence.of("n", (Object) present).value(), Evidence.of("n", present).value());
    }
    assertEquals(Evidence.of("n", (Object) Optional.empty()), Evidence.of("n", Optional.empty()));
    assertEquals(name.masked(), Evidence.of("n", Optional.of(name)).value());
    Assertions.assertThrows(
        MissingValueException.class, () -> Evidence.of("n", (Optional<?>) null));
  }

  @Test
  @DisplayName("Message arguments are String.valueOf of each argument (dates, counts, text, anything else)")
  void messageArgumentsAsBefore() {
    LocalDate date = LocalDate.of(2026, 6, 30);
    Object[] args = {date, 12, "teks", Optional.empty(), 3L, LocalDate.of(-5, 1, 1)};
    Message m = Message.of("b", "k", args);
    for (int i = 0; i < args.length; i++) {
      assertEquals(String.valueOf(args[i]), m.args().get(i));
    }
  }
}
