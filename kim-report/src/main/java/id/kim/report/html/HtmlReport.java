package id.kim.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import id.kim.core.validation.MissingValueException;
import id.kim.report.ReportModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link ReportModel} as one self-contained HTML page: the Tabel 3.1 import, the mapping (the grid of
 * Tabel 3.3 with its printed legend, the KIM not mapped, the matrix of REPORT-1, policies, issues), eligibility,
 * termination reviews, the evaluation of dissemination, the national context, and an appendix of the long
 * details. Inline CSS and SVG, no script, no external resource: it can be mailed, archived or printed (A4) as it
 * is. The markup is in the jte templates of {@code src/main/jte}, precompiled at build time; jte escapes every
 * value (HTML content type). The same model always gives the same bytes. Thread-safe.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
 *   HtmlReport.write(model, w);
 * }
 * }</pre>
 *
 * <p>The page's markup contract (section ids, {@code data-kim} on the grid, legend and not-mapped list) is in
 * {@code docs/report.md}.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      HtmlReport.class.getClassLoader(), HtmlReport.class.getPackageName());

  private HtmlReport() {}

  /**
   * @param model what to show
   * @param out where to write the page (UTF-8 is the caller's choice of encoding); not closed
   * @throws IOException if writing fails
   * @throws MissingValueException if an argument is null
   */
  public static void write(ReportModel model, Writer out) throws IOException {
    MissingValueException.requireNonNull(model, "model");
    MissingValueException.requireNonNull(out, "out");
    try {
      ENGINE.render("page.jte", PageView.of(model), new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * @param model what to show
   * @return the page
   * @throws MissingValueException if the model is null
   */
  public static String render(ReportModel model) {
    MissingValueException.requireNonNull(model, "model");
    StringOutput out = new StringOutput(256 * 1024);
    ENGINE.render("page.jte", PageView.of(model), out);
    return out.toString();
  }
}
