package id.kim.report;

import id.kim.core.i18n.Lang;
import id.kim.report.data.Dataset;
import id.kim.report.html.HtmlReport;
import id.kim.report.data.Inputs;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.evaluation.ContinuationPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The report of the bundled sample, built per language, and an XML view of the page (its markup is well-formed XHTML).
 */
public final class SampleReport {
  private SampleReport() {}

  public static ReportModel model(Lang lang) {
    Dataset data = Dataset.load(Inputs.sample(), lang).getOrElseThrow(p -> new AssertionError(p));
    return ReportBuilder.build(data, RuleFamilies.available(), Inputs.SAMPLE_AS_OF,
        ReportBuilder.defaultPeriod(Inputs.SAMPLE_AS_OF),
        ContinuationPolicy.standard(), lang);
  }

  /**
   * @param lang the page's language
   * @return the page of the bundled sample
   */
  public static String html(Lang lang) {
    return HtmlReport.render(model(lang));
  }

  /** @return how many KIM the bundled sample holds (the report numbers them 1..n) */
  public static int kimCount() {
    return Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow(p -> new AssertionError(p)).records().size();
  }

  public static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("the report is not well-formed XHTML: " + e.getMessage(), e);
    }
  }
}
