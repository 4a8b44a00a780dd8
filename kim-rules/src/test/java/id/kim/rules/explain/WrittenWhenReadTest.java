package id.kim.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.core.contact.PersonName;
import id.kim.core.privacy.PersonalData;
import id.kim.core.time.Period;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Evidence and message arguments keep the immutable facts a rule hands over and write them when
 * read. What is written, and what is equal, must be exactly what it was when they were written at
 * once: a decision read back from JSON (texts only) equals the decision that was stored.
 */
class WrittenWhenReadTest {

  /** Facts of every kind the rules hand over, with the text they must be written as. */
  private static Gen<Object> facts() {
    Gen<Object> dates = integers().between(-3_000, 60_000).map(d -> (Object) LocalDate.ofEpochDay(d));
    Gen<Object> texts = strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(s -> (Object) s);
    Gen<Object> counts = integers().all().map(i -> (Object) i);
    Gen<Object> names = strings().betweenCodePoints('a', 'z').ofLengthBetween(2, 9)
        .map(s -> (Object) PersonName.of("Ibu " + s));
    Gen<Object> plain = dates.mix(texts).mix(counts).mix(names)
        .mix(integers().between(0, 1).map(i -> (Object) (i == 1)))
        .mix(integers().between(0, Outcome.values().length - 1).map(i -> (Object) Outcome.values()[i]));
    return plain.mix(plain.map(v -> (Object) Optional.of(v))).mix(plain.map(v -> (Object) Option.of(v)));
  }

  @Test
  @DisplayName("Evidence of a fact equals, and hashes like, evidence of the text it is written as (JSON round trip)")
  void evidenceEqualsItsText() {
    qt().forAll(facts()).checkAssert(fact -> {
      Evidence kept = Evidence.of("fact", fact);
      Evidence text = Evidence.of("fact", kept.value());
      assertEquals(text, kept);
      assertEquals(kept, text);
      assertEquals(text.hashCode(), kept.hashCode());
      assertNotEquals(Evidence.of("other", fact), kept);
    });
  }

  @Test
  @DisplayName("Message arguments are written as String.valueOf, and a message equals the one built from those texts")
  void messageEqualsItsTexts() {
    qt().forAll(facts(), facts()).checkAssert((a, b) -> {
      Message kept = Message.of("bundle", "key", a, b);
      assertEquals(List.of(String.valueOf(a), String.valueOf(b)), kept.args());
      Message text = Message.of("bundle", "key", kept.args().toJavaArray());
      assertEquals(text, kept);
      assertEquals(text.hashCode(), kept.hashCode());
      assertNotEquals(Message.of("bundle", "other", a, b), kept);
    });
  }

  @Test
  @DisplayName(
      "A fact that could still change (a caller's mutable list) is written at once: evidence never changes later")
  void mutableFactsAreWrittenAtOnce() {
    ArrayList<String> list = new ArrayList<>(java.util.List.of("a"));
    Evidence evidence = Evidence.of("list", list);
    Message message = Message.of("bundle", "key", list);
    list.add("b");
    assertEquals("[a]", evidence.value());
    assertEquals(List.of("[a]"), message.args());
  }

  @Test
  @DisplayName("A kim-core value (here a Period) is kept and written as its toString, equal to evidence of that text")
  void kimCoreValuesAreWrittenAsTheirText() {
    Period period = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Evidence evidence = Evidence.of("period", period);
    assertEquals(period.toString(), evidence.value());
    assertEquals(Evidence.of("period", period.toString()), evidence);
    assertEquals(List.of(period.toString()), Message.of("bundle", "key", period).args());
  }

  @Test
  @DisplayName("Personal data is kept but only ever written masked, in evidence and in message arguments")
  void personalDataStaysMasked() {
    PersonName name = PersonName.of("Siti Aminah");
    Evidence evidence = Evidence.of("chair", Optional.of(name));
    assertEquals(name.masked(), evidence.value());
    assertFalse(evidence.toString().contains("Siti"));
    assertFalse(Message.of("bundle", "key", name).args().head().contains("Siti"));
  }

  @Test
  @DisplayName("Personal data of a caller's own type (it may change) is written masked at once, never raw")
  void otherPersonalDataIsWrittenMaskedAtOnce() {
    StringBuilder raw = new StringBuilder("Budi Santoso");
    PersonalData mine = () -> "B*** S******(" + raw.length() + ")";
    Evidence evidence = Evidence.of("officer", mine);
    Message message = Message.of("bundle", "key", mine);
    raw.append(" Jr");
    assertEquals("B*** S******(12)", evidence.value());
    assertFalse(message.args().head().contains("Budi"));
  }

  @Test
  @DisplayName("A null fact or argument is refused by name, never written as \"null\"")
  void nullsAreRefusedByName() {
    assertTrue(assertThrows(MissingValueException.class, () -> Evidence.of("decree", null))
        .getMessage().contains("value"));
    assertTrue(assertThrows(MissingValueException.class, () -> Evidence.of(null, "x"))
        .getMessage().contains("name"));
    assertTrue(assertThrows(MissingValueException.class, () -> Message.of("bundle", "key", "a", null))
        .getMessage().contains("args[1]"));
    assertTrue(assertThrows(MissingValueException.class, () -> Message.of("bundle", "key", (Object[]) null))
        .getMessage().contains("args"));
  }

  @Test
  @DisplayName("A free text is evidence only by its length; absent is '-'; a null text names the parameter")
  void freeTextShowsOnlyItsLength() {
    Evidence note = Evidence.ofFreeText("assessment.note", Optional.of("Pak Budi hadir"));
    assertEquals("***(14)", note.value());
    assertEquals(Evidence.of("assessment.note", "***(14)"), note);
    assertEquals("-", Evidence.ofFreeText("assessment.note", Optional.empty()).value());
    MissingValueException e = assertThrows(MissingValueException.class, () -> Evidence.ofFreeText("n", null));
    assertTrue(e.getMessage().contains("text"), e.getMessage());
  }

  @Test
  @DisplayName(
      "Finding.of and Finding.builder() build equal findings; the builder defaults to a requirement without evidence "
          + "or remedy")
  void findingFactoryAndBuilderAgree() {
    RuleId id = RuleId.of("PARTNER-LEGAL-1");
    Citation citation = Citation.of("II.B.4.a", "memiliki SK");
    Message message = Message.of("bundle", "key", LocalDate.of(2026, 6, 30));
    Finding built = Finding.builder().ruleId(id).citation(citation).outcome(Outcome.SATISFIED).message(message).build();
    assertEquals(Severity.REQUIREMENT, built.severity());
    assertTrue(built.evidence().isEmpty());
    assertTrue(built.remedy().isEmpty());
    assertEquals(Finding.of(id, citation, Outcome.SATISFIED, Severity.REQUIREMENT, List.empty(), message,
        Option.none()),
        built);
  }
}
