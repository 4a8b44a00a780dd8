package id.kim.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.impact.ImpactSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes the impact of a rule variant ({@link ImpactSummary}) as one self-contained HTML page in the
 * report's style: the section {@code impact} with the transition table, the bars by province and the
 * KIM that change with the rule that flips (docs/report.md). No script, no external resource; the
 * same summary always gives the same bytes. Thread-safe.
 */
public final class ImpactReport {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      ImpactReport.class.getClassLoader(), ImpactReport.class.getPackageName());

  private ImpactReport() {}

  /**
   * @param summary the impact
   * @param description the variant's description, shown under the title
   * @param lang the page's language
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(ImpactSummary summary, Optional<String> description, Lang lang, Writer out)
      throws IOException {
    MissingValueException.requireNonNull(out, "out");
    try {
      ENGINE.render("impactPage.jte", view(summary, description, lang), new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * @param summary the impact
   * @param description the variant's description
   * @param lang the page's language
   * @return the page
   */
  public static String render(ImpactSummary summary, Optional<String> description, Lang lang) {
    StringOutput out = new StringOutput(64 * 1024);
    ENGINE.render("impactPage.jte", view(summary, description, lang), out);
    return out.toString();
  }

  private static ImpactView view(ImpactSummary summary, Optional<String> description, Lang lang) {
    MissingValueException.requireNonNull(summary, "summary");
    MissingValueException.requireNonNull(description, "description");
    MissingValueException.requireNonNull(lang, "lang");
    return new ImpactView(summary, description, lang);
  }
}
