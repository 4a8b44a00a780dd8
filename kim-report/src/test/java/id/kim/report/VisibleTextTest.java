package id.kim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimType;
import id.kim.core.i18n.Lang;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.report.html.HtmlReport;
import id.kim.rules.evaluation.NotMeasurableReason;
import id.kim.rules.evaluation.Recommendation;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.InterestPolicy;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.issue.IssuePhase;
import id.kim.rules.mapping.issue.LinkReason;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Indonesian page speaks Indonesian: no enum constant of the SDK's enums that the report uses, no code of the
 * report's own (NOT_APPLICABLE, INDICATED), and none of a list of English words appears in the text a reader sees
 * (SVG tooltips included). Rule IDs such as PARTNER-LEGAL-1 are citations, not words, and are allowed.
 */
class VisibleTextTest {
  private static final String TEXT = Page.of(HtmlReport.render(SampleReport.model(Lang.ID))).visibleText();
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Verdict.class, Outcome.class, Severity.class,
      Recommendation.class, Status.class, GridCategory.class, Level.class, LevelBasis.class, InterestPolicy.class,
      MixedCasePolicy.class, Approach.class, IssuePhase.class, LinkReason.class, NotMeasurableReason.class,
      Platform.class,
      MediaKind.class, KimType.class, ReachMetric.class, ResponseMetric.class);
  private static final List<String> ENGLISH = List.of("followers", "follower", "posts", "likes", "comments", "shares",
      "subscribers", "partner", "partners", "review", "prioritise", "prioritised", "involve", "involved", "max=",
      "assessed",
      "measured", "not measurable", "no data", "eligible", "indicated", "unknown", "satisfied", "recommendation", "the",
      "and",
      "of", "not", "with", "none", "bundled", "sample", "rows", "accepted", "rejected", "month", "province");

  @Test
  @DisplayName(
      "no enum constant name (verdicts, outcomes, statuses, categories, policies, recommendations, media…) is shown")
  void noEnumNames() {
    List<String> names = new ArrayList<>(List.of("NOT_APPLICABLE", "INDICATED", "REFUSED", "INVALID", "PENDING"));
    for (Class<? extends Enum<?>> e : ENUMS) {
      for (Enum<?> c : e.getEnumConstants()) {
        if (c.name().length() > 1) {
          names.add(c.name());
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (String name : names) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\d_-])" + Pattern.quote(name) + "(?![\\p{L}\\d_-])").matcher(TEXT);
      if (m.find()) {
        found.add(name + " in «" + TEXT.substring(Math.max(0, m.start() - 40), Math.min(TEXT.length(), m.end() + 40))
            + "»");
      }
    }
    assertTrue(found.isEmpty(), () -> String.join("\n", found));
  }

  @Test
  @DisplayName("no English word of the list is shown on the Indonesian page")
  void noEnglishWords() {
    List<String> found = new ArrayList<>();
    for (String word : ENGLISH) {
      String capital = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      Matcher m = Pattern.compile("(?<![\\p{L}\\d_-])(" + Pattern.quote(word) + "|" + Pattern.quote(capital)
          + ")(?![\\p{L}\\d_-])")
          .matcher(TEXT);
      if (m.find()) {
        found.add(word + " in «" + TEXT.substring(Math.max(0, m.start() - 40), Math.min(TEXT.length(), m.end() + 40))
            + "»");
      }
    }
    assertTrue(found.isEmpty(), () -> String.join("\n", found));
  }
}
