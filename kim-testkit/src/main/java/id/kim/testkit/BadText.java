package id.kim.testkit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Texts that break one text constraint, and shorthands to declare leaf defects. */
final class BadText {
  private static final List<String> BLANKS = List.of("", " ", "   ", "\t", " \n ");
  private static final List<String> WORDS = List.of("Komunitas", "Informasi", "Masyarakat", "Desa", "Warga", "Maju",
      "Bersama");

  private BadText() {}

  /** @return an empty or whitespace-only text */
  static Sampler<String> blank() {
    return d -> d.pick(BLANKS);
  }

  /**
   * @param max the largest allowed length
   * @return readable words, non-blank, one to thirty characters longer than {@code max}
   */
  static Sampler<String> longerThan(int max) {
    return d -> {
      int length = max + d.intBetween(1, 30);
      StringBuilder out = new StringBuilder(length + 12);
      while (out.length() < length) {
        out.append(d.pick(WORDS)).append(' ');
      }
      out.setLength(length - 1);
      return out.append('x').toString();
    };
  }

  /**
   * @param type simple name of the defective type
   * @param path expected path
   * @param problem what is wrong
   * @param key expected message key
   * @param sampler defective values
   * @param <T> their type
   * @return a defect citing no rule (the leaf types carry no {@code @JuknisField})
   */
  static <T> Defect<T> defect(String type, String path, String problem, String key, Sampler<T> sampler) {
    return Defect.<T>builder().type(type).path(path).problem(problem).messageKey(key).sampler(sampler).build();
  }

  /** @return the two defects of a {@code @NotBlank @Size(max)} text: blank, and too long */
  static <T> List<Defect<T>> textDefects(
      String type, String path, int max, Sampler<T> host, BiFunction<T, String, T> put) {
    return List.of(
        defect(type, path, "blank", "kim.text.blank", d -> put.apply(host.sample(d), blank().sample(d))),
        defect(type, path, "longer than " + max + " characters", "kim.text.tooLong", d ->
            put.apply(host.sample(d), longerThan(max).sample(d))));
  }

  /**
   * @param defects defects of leaf attributes, which cite no rule of their own
   * @param rule the rule the attribute records ({@code @JuknisField})
   * @param <T> the defective type
   * @return the same defects, citing {@code rule}
   */
  static <T> List<Defect<T>> citing(List<Defect<T>> defects, String rule) {
    return defects.stream().map(d -> Defect.<T>builder().from(d).ruleId(rule(rule)).build()).toList();
  }

  static Optional<String> rule(String id) {
    return Optional.of(id);
  }

  static Optional<String> noRule() {
    return Optional.empty();
  }
}
