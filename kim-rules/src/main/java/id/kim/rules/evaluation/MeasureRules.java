package id.kim.rules.evaluation;

import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The three measures of Tabel 5.1 as rules (MEASURE-1..3; focus MEASURE-FOCUS: "pemantauan dan
 * pengukuran efektivitas aktivitas diseminasi informasi pada khalayak sasaran KIM"): a measure that
 * cannot be taken is UNKNOWN; a measure below the policy's minimum is NOT_SATISFIED (the threshold is
 * the Dinas' policy, PROPOSED, GAP-44); otherwise SATISFIED, with the figures as evidence.
 */
final class MeasureRules {
  static final RuleId OUTPUT = RuleId.of("MEASURE-1");
  static final RuleId OUTTAKES = RuleId.of("MEASURE-2");
  static final RuleId OUTCOME = RuleId.of("MEASURE-3");

  private static final Citation OUTPUT_CITATION = Citation.of("V.A, Tabel 5.1 (Output)",
      "Pengukuran dasar dari aktivitas diseminasi informasi melalui media yang dikelola KIM misalnya pertambahan "
          + "jumlah followers, pengunjung blog/situs web, kehadiran peserta event pada kegiatan tatap muka");
  private static final Citation OUTTAKES_CITATION = Citation.of("V.A, Tabel 5.1 (Outtakes)",
      "Respons dan reaksi khalayak sasaran terhadap kegiatan KIM, misalnya apakah terlibat dalam konten media sosial "
          + "(memberikan like, comment, share)");
  private static final Citation OUTCOME_CITATION = Citation.of("V.A, Tabel 5.1 (Outcome)",
      "Mengukur dampak komunikasi pada khalayak sasaran, misalnya peningkatan kesadaran audiens dan perubahan sikap "
          + "(contoh hasil survei online");
  private static final Citation THRESHOLD = Citation.proposed("V.A, Tabel 5.1",
      "Jenis Pengukuran Efektivitas Aktivitas Diseminasi Informasi KIM", "GAP-44");

  private static final Map<RuleId, String> LEVEL_NAMES =
      HashMap.of(OUTPUT, "Output", OUTTAKES, "Outtakes", OUTCOME, "Outcome");

  private MeasureRules() {}

  /** MEASURE-1 Output, with the policy's minimum follower growth. */
  static Rule<EvaluationFacts> output() {
    return new FunctionRule<>(OUTPUT, OUTPUT_CITATION, (f, asOf) -> {
      OutputResult o = f.output();
      var figures = List.of(o.followerGrowth(), o.visitors(), o.attendance(), o.views());
      Seq<Evidence> evidence = List.of(ev("followerGrowth", o.followerGrowth()),
          ev("followerGrowthRate", o.followerGrowthRate()),
          ev("visitors", o.visitors()), ev("attendance", o.attendance()), ev("views", o.views()));
      Message measured = msg("MEASURE-1.measured", f, figures.map(MeasureRules::figure).toJavaArray());
      Option<Long> min = f.policy().minFollowerGrowth();
      if (!o.isMeasurable() || (min.isDefined() && !o.followerGrowth().isMeasurable())) {
        return unknown(OUTPUT, OUTPUT_CITATION, f, o.followerGrowth(), evidence);
      }
      return judged(OUTPUT, OUTPUT_CITATION, f, o.followerGrowth(), min.map(Ratio::of), measured, evidence);
    });
  }

  /** MEASURE-2 Outtakes, with the policy's minimum total. */
  static Rule<EvaluationFacts> outtakes() {
    return new FunctionRule<>(OUTTAKES, OUTTAKES_CITATION, (f, asOf) -> {
      OuttakesResult o = f.outtakes();
      Seq<Evidence> evidence = List.of(ev("posts", o.contentCount()), ev("likes", o.likes()),
          ev("comments", o.comments()),
          ev("shares", o.shares()), ev("discussion", o.discussion()), ev("total", o.total()),
          ev("perPost", o.perContent()))
          .appendAll(o.indicatorTotals().map(t -> Evidence.of(t._1, t._2)));
      if (!o.total().isMeasurable()) {
        return unknown(OUTTAKES, OUTTAKES_CITATION, f, o.total(), evidence);
      }
      Message measured = msg("MEASURE-2.measured", f, figure(o.total()), o.likes().value().getOrElse(Ratio.ZERO),
          o.comments().value().getOrElse(Ratio.ZERO), o.shares().value().getOrElse(Ratio.ZERO),
          o.discussion().value().getOrElse(Ratio.ZERO), o.contentCount());
      return judged(OUTTAKES, OUTTAKES_CITATION, f, o.total(), f.policy().minOuttakes().map(Ratio::of), measured,
          evidence);
    });
  }

  /** MEASURE-3 Outcome, with the policy's minimum pooled change. */
  static Rule<EvaluationFacts> outcome() {
    return new FunctionRule<>(OUTCOME, OUTCOME_CITATION, (f, asOf) -> {
      OutcomeResult o = f.outcome();
      Seq<Evidence> evidence = List.of(ev("pooledBefore", o.pooledBefore()), ev("pooledAfter", o.pooledAfter()),
          ev("change", o.change()))
          .appendAll(o.surveys().map(s -> Evidence.of("survey[" + s.title() + "].change", s.change().toString())));
      if (!o.change().isMeasurable()) {
        return unknown(OUTCOME, OUTCOME_CITATION, f, o.change(), evidence);
      }
      Message measured = msg("MEASURE-3.measured", f, percent(o.pooledBefore()), percent(o.pooledAfter()),
          percent(o.change()));
      return judged(OUTCOME, OUTCOME_CITATION, f, o.change(), f.policy().minOutcomeChange(), measured, evidence);
    });
  }

  private static Finding judged(RuleId rule, Citation citation, EvaluationFacts f, Measurement value, Option<Ratio> min,
      Message measured, Seq<Evidence> evidence) {
    Option<Message> remedy = Option.some(EvaluationMessages.of(rule + ".remedy"));
    if (min.isDefined() && !value.atLeast(min.get()).getOrElse(false)) {
      String shown = rule.equals(OUTCOME) ? percent(value) : figure(value);
      String minShown = rule.equals(OUTCOME) ? min.get().toPercent().toPlainString() : min.get().toString();
      return Findings.of(rule, THRESHOLD, Outcome.NOT_SATISFIED, Severity.REQUIREMENT,
          EvaluationMessages.of(rule + ".below", f.period().label(), shown, minShown, f.policy().name()), remedy,
          evidence.append(Evidence.of("policy.minimum", minShown)));
    }
    return Findings.of(rule, min.isDefined() ? THRESHOLD : citation, Outcome.SATISFIED, Severity.REQUIREMENT, measured,
        remedy, evidence);
  }

  private static Finding unknown(RuleId rule, Citation citation, EvaluationFacts f, Measurement why,
      Seq<Evidence> evidence) {
    NotMeasurable n = why.whyNot().getOrElse(NotMeasurable.of(NotMeasurableReason.NO_DATA_IN_PERIOD));
    return Findings.of(rule, citation, Outcome.UNKNOWN, Severity.REQUIREMENT,
        EvaluationMessages.of("measure.unknown." + n.reason(), LEVEL_NAMES.get(rule).getOrElse(rule.value()),
            f.period().label(), n.subject().getOrElse("-")),
        Option.some(EvaluationMessages.of(rule + ".remedy")), evidence);
  }

  private static Message msg(String key, EvaluationFacts f, Object... figures) {
    Object[] args = new Object[figures.length + 1];
    args[0] = f.period().label();
    System.arraycopy(figures, 0, args, 1, figures.length);
    return EvaluationMessages.of(key, args);
  }

  private static String percent(Measurement m) {
    return m.value().map(v -> v.toPercent().toPlainString()).getOrElse("-");
  }

  /** A language-neutral figure for messages: the value in decimals, or "-" when not measurable. */
  private static String figure(Measurement m) {
    return m.value().map(v -> v.isInteger() ? v.toString() : v.toDecimal(4).toPlainString()).getOrElse("-");
  }

  private static Evidence ev(String name, Object value) {
    return Evidence.of(name, value instanceof Measurement ? value.toString() : value);
  }
}
