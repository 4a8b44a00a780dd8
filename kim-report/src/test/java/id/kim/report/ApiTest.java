package id.kim.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import id.kim.report.html.HtmlReport;
import id.kim.report.pipeline.KimNumbers;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.evaluation.ContinuationPolicy;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The entry points refuse a missing argument by name, never with a bare NullPointerException. */
class ApiTest {

  @Test
  @DisplayName("ReportBuilder.build, HtmlReport.write/render and KimNumbers name the missing argument")
  void nullsAreRefusedByName() {
    Dataset data = Dataset.load(Inputs.sample(), Lang.ID).getOrElseThrow(p -> new AssertionError(p));
    MissingValueException e = assertThrows(MissingValueException.class, () -> ReportBuilder.build(data,
        RuleFamilies.available(), null, ReportBuilder.defaultPeriod(Inputs.SAMPLE_AS_OF), ContinuationPolicy.standard(),
        Lang.ID));
    assertTrue(e.getMessage().contains("asOf"), e.getMessage());
    e = assertThrows(MissingValueException.class, () -> HtmlReport.write(null, new StringWriter()));
    assertTrue(e.getMessage().contains("model"), e.getMessage());
    e = assertThrows(MissingValueException.class, () -> HtmlReport.render(null));
    assertTrue(e.getMessage().contains("model"), e.getMessage());
    e = assertThrows(MissingValueException.class, () -> KimNumbers.of(data).of((String) null));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> KimNumbers.of(data).of("KIM Tidak Ada"));
    assertTrue(unknown.getMessage().contains("\"KIM Tidak Ada\""), unknown.getMessage());
  }
}
