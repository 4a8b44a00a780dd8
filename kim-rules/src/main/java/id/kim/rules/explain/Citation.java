package id.kim.rules.explain;

import id.kim.core.validation.MissingValueException;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Where a rule comes from: the juknis section or table and a short quote of the original Indonesian,
 * as catalogued in RULES.md. A rule that the juknis does not state — a resolution of one of its gaps,
 * or a default where it is silent — is marked {@linkplain #proposed() proposed} and names the gap, so
 * that no reader takes it for the text of the juknis (RULES.md §0.2, §3.3 INV-8).
 */
@Value.Immutable
public abstract class Citation {

  /** @return the section, table or figure, e.g. {@code "II.B.4"}, {@code "Tabel 3.3"} */
  public abstract String section();

  /** @return a short verbatim quote of the juknis, in Indonesian */
  public abstract String quote();

  /** @return true if the rule is the SDK's resolution, not juknis text */
  @Value.Default
  public boolean proposed() {
    return false;
  }

  /** @return the RULES.md gap the rule resolves, e.g. {@code "GAP-09"}; none for juknis text */
  @Value.Default
  public Option<String> gap() {
    return Option.none();
  }

  /**
   * @param section the section
   * @param quote the Indonesian quote
   * @return a citation of juknis text
   */
  public static Citation of(String section, String quote) {
    return ImmutableCitation.builder().section(section).quote(quote).build();
  }

  /**
   * @param section the section the proposal builds on
   * @param quote the Indonesian text it builds on
   * @param gap the RULES.md gap it resolves
   * @return a citation of a proposed rule
   */
  public static Citation proposed(String section, String quote, String gap) {
    return ImmutableCitation.builder().section(section).quote(quote).proposed(true)
        .gap(Option.some(MissingValueException.requireNonNull(gap, "gap"))).build();
  }

  /**
   * @param section the section or table the rule builds on
   * @param quote the Indonesian text it builds on
   * @return a citation of a project rule layered on the juknis that resolves no catalogued gap, e.g. the
   *     region-code rules REGION-CODE-1..4 built on Tabel 3.1 fields f–h
   */
  public static Citation proposed(String section, String quote) {
    return ImmutableCitation.builder().section(section).quote(quote).proposed(true).build();
  }

  @Override
  public String toString() {
    return "juknis " + section() + ": \"" + quote() + "\""
        + (proposed() ? " [PROPOSED" + gap().map(g -> ", " + g).getOrElse("") + "]" : "");
  }
}
