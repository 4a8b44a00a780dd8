package id.kim.examples.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.examples.Texts;
import id.kim.examples.data.AccountSnapshot;
import id.kim.examples.data.Logs;
import id.kim.examples.data.MonitoringEntry;
import id.kim.examples.data.SocialPost;
import id.kim.examples.data.Survey;
import id.kim.examples.report.BarChart;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Charts of the raw dissemination data while the evaluation family is not in the build: activities
 * logged per month (Tabel 5.2), reactions per month (Tabel 5.3), followers at each month's end, and
 * audience awareness per survey round. Plain sums by month; no measure is computed or named.
 */
final class RawDissemination {
  private RawDissemination() {}

  static List<BarChart> charts(Logs.Monitoring monitoring, Logs.Social social, Logs.Surveys surveys, Lang lang) {
    List<BarChart> out = new ArrayList<>();
    Map<Month, Double> activities = months();
    for (MonitoringEntry e : monitoring.entries()) {
      e.dates().forEach(d -> activities.merge(d.getMonth(), 1.0, Double::sum));
    }
    out.add(chart(lang, "raw.activities", monitoring.year(), activities));
    Map<Month, Double> reactions = months();
    for (SocialPost p : social.posts()) {
      double sum = p.like().orElse(0L) + p.share().orElse(0L) + p.comment().orElse(0L) + p.retweet().orElse(0L);
      reactions.merge(p.publishedOn().getMonth(), sum, Double::sum);
    }
    out.add(chart(lang, "raw.reactions", social.year(), reactions));
    Map<Month, Double> followers = months();
    for (AccountSnapshot a : social.accounts()) {
      followers.merge(a.observedOn().getMonth(), (double) a.followers(), Double::sum);
    }
    out.add(chart(lang, "raw.followers", social.year(), followers));
    out.add(surveys(surveys, lang));
    return out;
  }

  private static BarChart chart(Lang lang, String key, int year, Map<Month, Double> byMonth) {
    BarChart.Builder b = BarChart.builder().title(Texts.get(lang, "report." + key + ".title", String.valueOf(year)))
        .unit(Texts.get(lang, "report." + key + ".unit")).caption(Texts.get(lang, "report." + key + ".caption"))
        .addSeries(Texts.get(lang, "report." + key + ".unit"));
    byMonth.forEach((m, v) -> b.addBars(BarChart.Bar.of(m.getDisplayName(TextStyle.SHORT, lang.locale()), v)));
    return b.build();
  }

  private static BarChart surveys(Logs.Surveys surveys, Lang lang) {
    Map<LocalDate, double[]> rounds = new TreeMap<>();
    for (Survey s : surveys.surveys()) {
      double[] r = rounds.computeIfAbsent(s.surveyedOn(), d -> new double[3]);
      r[0] += (double) s.awarePercentBefore() * s.respondents();
      r[1] += (double) s.awarePercentAfter() * s.respondents();
      r[2] += s.respondents();
    }
    BarChart.Builder b = BarChart.builder().title(Texts.get(lang, "report.raw.surveys.title", String.valueOf(surveys.year())))
        .unit("%").caption(Texts.get(lang, "report.raw.surveys.caption"))
        .addSeries(Texts.get(lang, "report.raw.surveys.before"), Texts.get(lang, "report.raw.surveys.after"));
    rounds.forEach((day, r) -> b.addBars(BarChart.Bar.of(day.toString(), Math.round(r[0] / r[2] * 10) / 10.0,
        Math.round(r[1] / r[2] * 10) / 10.0)));
    return b.build();
  }

  private static Map<Month, Double> months() {
    Map<Month, Double> m = new TreeMap<>();
    for (Month month : Month.values()) {
      m.put(month, 0.0);
    }
    return m;
  }
}
