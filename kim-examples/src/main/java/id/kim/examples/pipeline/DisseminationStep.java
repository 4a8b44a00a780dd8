package id.kim.examples.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.examples.data.Logs;
import id.kim.examples.report.BarChart;
import java.util.List;

/**
 * The evaluation family behind the pipeline (MEASURE-1..3, MONITOR-*, SOCIAL-*): Output, Outtakes and
 * Outcome of the dissemination through KIM over a period, as charts. Until the family lands the report
 * charts the raw monitoring data ({@link RawDissemination}).
 */
public interface DisseminationStep {

  /** @return the charts, titled and captioned in {@code lang} */
  List<BarChart> charts(Logs.Monitoring monitoring, Logs.Social social, Logs.Surveys surveys, Lang lang);
}
