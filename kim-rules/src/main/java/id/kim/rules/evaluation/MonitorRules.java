package id.kim.rules.evaluation;

import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rules over the Tabel 5.2 monitoring log (MONITOR-*). */
final class MonitorRules {
  static final RuleId ACTIVITY = RuleId.of("MONITOR-COL-3");
  static final RuleId PROOF = RuleId.of("MONITOR-COL-5");
  static final RuleId INACTIVITY = RuleId.of("MONITOR-COL-4");
  static final RuleId PURPOSE = RuleId.of("MONITOR-PURPOSE");

  static final Citation PURPOSE_CITATION = Citation.of("V.B",
      "Untuk menentukan kelanjutan kolaborasi, maka monitoring dan evaluasi yang dilakukan mencakup aspek teknis");
  private static final Citation ACTIVITY_CITATION = Citation.of("V.B, Tabel 5.2",
      "Jumlah kegiatan: Jumlah aktivitas yang telah dilakukan oleh KIM dalam rangka diseminasi informasi");
  private static final Citation ACTIVITY_THRESHOLD = Citation.proposed("V.B, Tabel 5.2; II.B.5 (QUAL-2)",
      "Untuk menentukan kelanjutan kolaborasi … Jumlah kegiatan", "GAP-40");
  private static final Citation PROOF_CITATION = Citation.of("V.B, Tabel 5.2",
      "Link media: Alamat konten / bukti tayang yang dapat diakses untuk verifikasi");
  private static final Citation INACTIVITY_CITATION = Citation.proposed("V.B, Tabel 5.2",
      "Keterangan Waktu: Tanggal informasi disebarluaskan", "GAP-40");

  private MonitorRules() {}

  /** MONITOR-COL-3: activities logged in the period, against the policy's minimum. */
  static Rule<EvaluationFacts> activity() {
    return new FunctionRule<>(
        ACTIVITY,
        ACTIVITY_CITATION,
        (f, asOf) -> {
          List<DisseminationLogEntry> rows = rowsIn(f);
          BigInteger count = Sums.total(rows.map(e -> e.countIn(f.period().span())));
          String period = f.period().label();
          var evidence =
              List.of(
                  Evidence.of("rows", rows.size()),
                  Evidence.of("activities", count),
                  Evidence.of("policy.minActivities", f.policy().minActivities()));
          var remedy = Option.some(EvaluationMessages.of("MONITOR-COL-3.remedy"));
          if (rows.isEmpty()) {
            return Findings.of(
                ACTIVITY,
                ACTIVITY_CITATION,
                Outcome.UNKNOWN,
                Severity.REQUIREMENT,
                EvaluationMessages.of("MONITOR-COL-3.none", f.record().kim(), period),
                remedy,
                evidence);
          }
          Option<Long> min = f.policy().minActivities();
          if (min.exists(m -> count.compareTo(BigInteger.valueOf(m)) < 0)) {
            return Findings.of(
                ACTIVITY,
                ACTIVITY_THRESHOLD,
                Outcome.NOT_SATISFIED,
                Severity.REQUIREMENT,
                EvaluationMessages.of(
                    "MONITOR-COL-3.below", count, period, min.get(), f.policy().name()),
                remedy,
                evidence);
          }
          return Findings.of(
              ACTIVITY,
              min.isDefined() ? ACTIVITY_THRESHOLD : ACTIVITY_CITATION,
              Outcome.SATISFIED,
              Severity.REQUIREMENT,
              EvaluationMessages.of("MONITOR-COL-3.counted", count, period),
              remedy,
              evidence);
        });
  }

  /** MONITOR-COL-5: every row of the period should carry a proof of publication (warning only). */
  static Rule<EvaluationFacts> proof() {
    return new FunctionRule<>(PROOF, PROOF_CITATION, (f, asOf) -> {
      List<DisseminationLogEntry> rows = rowsIn(f).filter(e -> e.count() > 0);
      List<DisseminationLogEntry> missing = rows.filter(e -> !e.hasProof());
      var remedy = Option.some(EvaluationMessages.of("MONITOR-COL-5.remedy"));
      var evidence = List.of(Evidence.of("rows", rows.size()), Evidence.of("rowsWithoutProof", missing.size()));
      if (rows.isEmpty()) {
        return Findings.of(PROOF, PROOF_CITATION, Outcome.NOT_EVALUATED, Severity.WARNING,
            EvaluationMessages.of("MONITOR-COL-5.none"), Option.none(), evidence);
      }
      if (missing.isEmpty()) {
        return Findings.of(PROOF, PROOF_CITATION, Outcome.SATISFIED, Severity.WARNING,
            EvaluationMessages.of("MONITOR-COL-5.allProven", rows.size()), remedy, evidence);
      }
      return Findings.of(PROOF, PROOF_CITATION, Outcome.NOT_SATISFIED, Severity.WARNING,
          EvaluationMessages.of("MONITOR-COL-5.missing", missing.size(), rows.size(),
              missing.map(DisseminationLogEntry::activity).sorted().mkString("; ")), remedy, evidence);
    });
  }

  /** MONITOR-COL-4 with GAP-40: days since the last logged activity, against the policy's limit (warning only). */
  static Rule<EvaluationFacts> inactivity() {
    return new FunctionRule<>(INACTIVITY, INACTIVITY_CITATION, (f, asOf) -> {
      Option<Integer> limit = f.policy().maxDaysWithoutActivity();
      if (limit.isEmpty()) {
        return Findings.of(INACTIVITY, INACTIVITY_CITATION, Outcome.NOT_EVALUATED, Severity.WARNING,
            EvaluationMessages.of("MONITOR-COL-4.notConfigured"), Option.none(), List.empty());
      }
      Option<LocalDate> last = List.ofAll(f.record().log()).filter(e -> e.count() > 0)
          .flatMap(e -> List.ofAll(e.dates())).filter(d -> !d.isAfter(asOf)).max();
      var remedy = Option.some(EvaluationMessages.of("MONITOR-COL-3.remedy"));
      if (last.isEmpty()) {
        return Findings.of(INACTIVITY, INACTIVITY_CITATION, Outcome.UNKNOWN, Severity.WARNING,
            EvaluationMessages.of("MONITOR-COL-4.never", asOf), remedy, List.of(Evidence.of("asOf", asOf)));
      }
      long days = ChronoUnit.DAYS.between(last.get(), asOf);
      boolean inactive = days > limit.get();
      return Findings.of(INACTIVITY, INACTIVITY_CITATION, inactive ? Outcome.NOT_SATISFIED : Outcome.SATISFIED,
          Severity.WARNING, EvaluationMessages.of(inactive ? "MONITOR-COL-4.inactive" : "MONITOR-COL-4.active",
              last.get(), days, asOf, limit.get()), remedy,
          List.of(Evidence.of("lastActivity", last.get()), Evidence.of("daysSince", days)));
    });
  }

  /** MONITOR-PURPOSE: an evaluation before the period has ended is provisional (warning only). */
  static Rule<EvaluationFacts> periodComplete() {
    return new FunctionRule<>(PURPOSE, PURPOSE_CITATION, (f, asOf) -> {
      boolean over = asOf.isAfter(f.period().end());
      return Findings.of(PURPOSE, PURPOSE_CITATION, over ? Outcome.SATISFIED : Outcome.NOT_SATISFIED, Severity.WARNING,
          EvaluationMessages.of(over ? "MONITOR-PURPOSE.complete" : "MONITOR-PURPOSE.provisional", f.period().label(),
              asOf),
          Option.none(), List.of(Evidence.of("period", f.period().span()), Evidence.of("asOf", asOf)));
    });
  }

  private static List<DisseminationLogEntry> rowsIn(EvaluationFacts f) {
    MonitoringRecord r = f.record();
    return List.ofAll(r.log()).filter(e -> e.isDatedIn(f.period().span()));
  }
}
