package id.kim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.report.SampleReport;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import java.util.Optional;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The impact page: the transition table, the bars by province and the KIM that change, in both languages. */
class ImpactReportTest {
  private static final Variant ALL_BOARD = Variant.of("tanda-tangan-semua-pengurus",
      EligibilityPolicy.builder().signatories(SignatoryPolicy.ALL_BOARD).build());

  private static ImpactSummary sample(Variant v) {
    Dataset d = Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow(p -> new AssertionError(p));
    return Impact.from(v).measure(d.records().stream(), d.dinas(), Inputs.SAMPLE_AS_OF);
  }

  private static NodeList nodes(Document doc, String xpath) throws Exception {
    return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
  }

  @Test
  @DisplayName("the section has one table row per transition, one bar per province and one row per KIM that changes")
  void structure() throws Exception {
    ImpactSummary s = sample(ALL_BOARD);
    Document doc = SampleReport.parse(ImpactReport.render(s, Optional.empty(), Lang.ID));
    assertEquals(1, nodes(doc, "//*[local-name()='section'][@id='impact']").getLength());
    assertEquals(s.transitions().size(),
        nodes(doc, "//*[@id='impact-transitions']//*[local-name()='tbody']/*").getLength());
    assertEquals(s.byProvince().size(), nodes(doc, "//*[local-name()='rect'][@data-province]").getLength());
    assertEquals(s.changedKim().size(), nodes(doc, "//*[@id='impact-changes']//*[local-name()='tbody']/*").getLength());
    assertTrue(s.changed() > 0);
    String html = ImpactReport.render(s, Optional.empty(), Lang.ID);
    assertTrue(html.contains("LAYAK → TIDAK LAYAK"), html);
    assertTrue(html.contains("PARTNER-ADMIN-DECL ×"), html);
    assertTrue(html.contains("data-variant=\"2022.08.30+signatories=ALL_BOARD,variant=tanda-tangan-semua-pengurus\""));
  }

  @Test
  @DisplayName("English labels, the variant's description escaped, the same summary always the same bytes")
  void englishEscapedDeterministic() {
    ImpactSummary s = sample(ALL_BOARD);
    String html = ImpactReport.render(s, Optional.of("<script>alert(1)</script> & co"), Lang.EN);
    assertTrue(html.contains("ELIGIBLE → NOT ELIGIBLE"), html);
    assertTrue(html.contains("Impact of a rule variant"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), html);
    assertFalse(html.contains("<script>"), html);
    assertEquals(html, ImpactReport.render(sample(ALL_BOARD), Optional.of("<script>alert(1)</script> & co"), Lang.EN));
  }

  @Test
  @DisplayName("a variant that changes nothing says so and lists no KIM")
  void nothingChanges() {
    String html = ImpactReport.render(sample(Variant.builder().name("sama").build()), Optional.empty(), Lang.ID);
    assertTrue(html.contains("Tidak ada KIM yang berubah putusan dengan varian ini."), html);
    assertFalse(html.contains("id=\"impact-changes\""), html);
  }
}
