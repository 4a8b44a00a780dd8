package id.kim.server.api;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.json.JsonStreamWriter;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import java.io.IOException;

/**
 * The JSON answer about the impact of a rule variant (dampak varian) — {@code {"dinas", "variantName", "impact"}},
 * {@code impact} being {@link ImpactSummary#toTree} (docs/json.md "Impact") — written by this one class for
 * {@code POST /v1/impact} and for {@code kim impact --format json}, so both give the same document. Stateless.
 */
public final class ImpactAnswer {
  private ImpactAnswer() {}

  /**
   * @param j where to write, its texts in {@code lang}; not closed
   * @param dinas the name of the Dinas whose register was measured
   * @param variant the variant compared
   * @param impact the impact
   * @param lang the language of the labels
   * @throws IOException if writing fails
   * @throws MissingValueException if an argument is null
   */
  public static void write(JsonStreamWriter j, String dinas, Variant variant, ImpactSummary impact, Lang lang)
      throws IOException {
    MissingValueException.requireNonNull(j, "j");
    MissingValueException.requireNonNull(dinas, "dinas");
    MissingValueException.requireNonNull(variant, "variant");
    MissingValueException.requireNonNull(impact, "impact");
    MissingValueException.requireNonNull(lang, "lang");
    j.startObject().field("dinas", dinas).field("variantName", variant.name()).value("impact", impact.toTree(lang))
        .endObject();
  }
}
