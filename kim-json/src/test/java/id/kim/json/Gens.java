package id.kim.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.core.validation.FieldViolation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Building blocks of the contract's generators: hostile text (quotes, backslashes, control and
 * supplementary characters — the contract must carry any string), dates, short lists, and picking
 * from what a generated result holds. kim-core values come from kim-testkit's {@code KimGens}.
 */
final class Gens {
  /** Any text: control characters, quotes, backslashes, Indonesian and supplementary characters. */
  static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12)
      .mix(strings().betweenCodePoints(0x1F600, 0x1F64F).ofLengthBetween(1, 3), 10)
      .mix(Generate.pick(List.of("\"", "\\", "Jl. Melati No. 5", "Désa", "KIM \"Maju\"", "a\nb", "")), 10);
  /** Text that is not blank, for the values that refuse a blank. */
  static final Gen<String> WORDS = Generate.pick(List.of("Aktif di posyandu", "Belum berminat", "KIM \"Maju\" \\ baru",
      "Mengusulkan diri 😀", "SK diperpanjang sampai 2028", "Laporan warga\nRT 03"));
  static final Gen<LocalDate> DATE = integers().between(1900 * 365, 2100 * 365)
      .map(d -> LocalDate.ofEpochDay(d - 1970 * 365L));
  static final Gen<Optional<String>> MAYBE_TEXT = TEXT.toOptionals(40);

  static final Gen<FieldViolation> VIOLATION = in -> FieldViolation.builder().path(TEXT.generate(in))
      .constraint(TEXT.generate(in)).messageKey(TEXT.generate(in)).rejectedValue(TEXT.generate(in))
      .ruleId(MAYBE_TEXT.generate(in)).putAllAttributes(attributes(few(TEXT).generate(in))).build();

  private Gens() {}

  static <T> Gen<List<T>> few(Gen<T> element) {
    return lists().of(element).ofSizeBetween(0, 3);
  }

  /**
   * @param items a non-empty list
   * @param in randomness
   * @param <T> item type
   * @return one of the items
   */
  static <T> T pick(List<T> items, RandomnessSource in) {
    return items.get((int) in.next(Constraint.between(0, items.size() - 1)));
  }

  /**
   * How often {@link #oneOf} draws again before giving up: rare parts (a termination, a review) turn
   * up in a few per cent of generated journeys, so a few hundred draws were not always enough.
   */
  private static final int ATTEMPTS = 5_000;

  /**
   * @param source makes a list of candidates from generated data; tried again while it is empty
   * @param <T> item type
   * @return one candidate
   */
  static <T> Gen<T> oneOf(Function<RandomnessSource, List<T>> source) {
    return in -> {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        List<T> items = source.apply(in);
        if (!items.isEmpty()) {
          return pick(items, in);
        }
      }
      throw new IllegalStateException("the generator found nothing to pick from in " + ATTEMPTS + " attempts");
    };
  }

  private static Map<String, String> attributes(List<String> keys) {
    Map<String, String> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, k + "="));
    return map;
  }
}
