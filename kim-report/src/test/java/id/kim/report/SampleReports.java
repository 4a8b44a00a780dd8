package id.kim.report;

import id.kim.core.i18n.Lang;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;

/** The bundled sample's report as a page, for tests in other packages (the browser tests). */
public final class SampleReports {
  private SampleReports() {}

  /**
   * @param lang the page's language
   * @return the page of the bundled sample
   */
  public static String html(Lang lang) {
    return HtmlReport.render(SampleReport.model(lang));
  }

  /** @return how many KIM the bundled sample holds (the report numbers them 1..n) */
  public static int kimCount() {
    return Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow(p -> new AssertionError(p)).records().size();
  }
}
