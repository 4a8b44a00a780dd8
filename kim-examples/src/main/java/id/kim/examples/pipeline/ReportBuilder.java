package id.kim.examples.pipeline;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.examples.Texts;
import id.kim.examples.data.Dataset;
import id.kim.examples.data.GridInput;
import id.kim.examples.data.NationalCount;
import id.kim.examples.report.BarChart;
import id.kim.examples.report.EligibilityRow;
import id.kim.examples.report.GridPoint;
import id.kim.examples.report.ReportModel;
import id.kim.examples.report.ReviewRow;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Runs the available rule families over a {@link Dataset} and builds the {@link ReportModel}. */
public final class ReportBuilder {
  private ReportBuilder() {}

  /**
   * @param data the inputs, read
   * @param families the rule families of this build
   * @param asOf the date everything is judged as of
   * @param lang the report's language
   * @return the model, or why it cannot be built (a grid assessment of an unknown KIM)
   */
  public static Either<String, ReportModel> build(Dataset data, RuleFamilies families, LocalDate asOf, Lang lang) {
    ReportModel.Builder b = ReportModel.builder().lang(lang).dinas(data.dinas().name()).asOf(asOf).sources(data.sources());
    data.profileImport().ifPresent(i -> {
      b.importSummary(i.summary().describe(lang));
      i.errors().forEach(e -> b.addImportErrors(e.describe(lang).split("\n")));
    });
    eligibility(b, data, families, asOf, lang);
    reviews(b, data, families, asOf, lang);
    Either<String, List<GridPoint>> grid = grid(data, families, lang);
    if (grid.isLeft()) {
      return Either.left(grid.getLeft());
    }
    b.grid(grid.get());
    if (data.grid().isEmpty()) {
      b.gridNote(Texts.get(lang, "report.grid.noInput"));
    } else if (families.mapping().isEmpty()) {
      b.gridNote(Texts.get(lang, "report.pending", "id.kim.rules.mapping", Texts.get(lang, "report.grid.pendingWhat")));
    }
    charts(b, data, families, lang);
    data.national().ifPresent(n -> national(b, n, lang));
    return Either.right(b.build());
  }

  private static void eligibility(ReportModel.Builder b, Dataset data, RuleFamilies families, LocalDate asOf, Lang lang) {
    if (families.eligibility().isEmpty()) {
      b.eligibilityNote(Texts.get(lang, "report.pending", "id.kim.rules.eligibility", Texts.get(lang, "report.eligibility.pendingWhat")));
    }
    for (KimRecord r : data.records()) {
      KimProfile p = r.profile();
      EligibilityRow.Builder row = EligibilityRow.builder().kim(p.name()).type(p.type().map(t -> t.label()))
          .communityNumber(p.communityNumber().map(n -> n.value()));
      families.eligibility().ifPresent(step -> {
        verdict(step.mappingEntry(r, data.dinas(), asOf), lang, row, true);
        verdict(step.partnership(r, data.dinas(), asOf), lang, row, false);
      });
      b.addEligibility(row.build());
    }
  }

  private static void verdict(Validation<Seq<FieldViolation>, Decision> answer, Lang lang, EligibilityRow.Builder row, boolean entry) {
    String code = answer.fold(v -> "INVALID", d -> d.verdict().name());
    String label = answer.fold(v -> Texts.get(lang, "report.invalid"), d -> d.verdict().label(lang));
    if (entry) {
      row.mappingEntry(code).mappingEntryLabel(label);
      return;
    }
    row.partnership(code).partnershipLabel(label);
    if (answer.isInvalid()) {
      answer.getError().forEach(v -> row.addReasons(Reasons.of(v, lang)));
    } else {
      answer.get().findings().filter(f -> f.isFailure() || f.outcome() == Outcome.UNKNOWN && f.severity() == Severity.REQUIREMENT)
          .forEach(f -> row.addReasons(Reasons.of(f, lang)));
    }
  }

  private static void reviews(ReportModel.Builder b, Dataset data, RuleFamilies families, LocalDate asOf, Lang lang) {
    if (families.review().isEmpty()) {
      b.reviewsNote(Texts.get(lang, "report.pending", "id.kim.rules.termination", Texts.get(lang, "report.reviews.pendingWhat")));
      return;
    }
    List<ReviewRow> rows = new ArrayList<>();
    for (KimRecord r : data.records()) {
      boolean partner = r.profile().partnershipPeriods().stream().anyMatch(pp -> pp.period().contains(asOf));
      Seq<Finding> scan = families.review().get().scan(r, data.dinas(), asOf);
      Seq<Finding> indicated = scan.filter(f -> f.outcome() == Outcome.NOT_SATISFIED);
      if (partner || !indicated.isEmpty()) {
        ReviewRow.Builder row = ReviewRow.builder().kim(r.profile().name()).partner(partner);
        indicated.forEach(f -> row.addIndicated(Reasons.of(f, lang)));
        scan.filter(f -> f.outcome() == Outcome.UNKNOWN).forEach(f -> row.addUnknown(Reasons.of(f, lang)));
        rows.add(row.build());
      }
    }
    rows.sort(Comparator.comparing((ReviewRow r) -> !r.partner()).thenComparing(r -> r.kim().toLowerCase(Locale.ROOT)));
    b.reviews(rows);
  }

  private static Either<String, List<GridPoint>> grid(Dataset data, RuleFamilies families, Lang lang) {
    Map<String, GridInput> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (GridInput g : data.grid().orElse(List.of())) {
      if (byName.put(g.kim().strip(), g) != null) {
        return Either.left(Texts.get(lang, "input.grid.duplicate", g.kim()));
      }
    }
    List<GridPoint> points = new ArrayList<>();
    for (KimRecord r : data.records()) {
      GridInput g = byName.remove(r.profile().name().strip());
      if (g != null) {
        points.add(GridPoint.builder().number(points.size() + 1).kim(r.profile().name()).interest(g.interest()).power(g.power())
            .influence(g.influence()).category(families.mapping().flatMap(m -> m.category(g, lang))).build());
      }
    }
    if (!byName.isEmpty()) {
      return Either.left(Texts.get(lang, "input.grid.unknownKim", byName.keySet().iterator().next()));
    }
    return Either.right(points);
  }

  private static void charts(ReportModel.Builder b, Dataset data, RuleFamilies families, Lang lang) {
    if (data.monitoring().isEmpty() || data.social().isEmpty() || data.surveys().isEmpty()) {
      b.chartsNote(Texts.get(lang, "report.charts.noInput"));
      return;
    }
    if (families.evaluation().isPresent()) {
      b.charts(families.evaluation().get().charts(data.monitoring().get(), data.social().get(), data.surveys().get(), lang));
      return;
    }
    b.chartsNote(Texts.get(lang, "report.pending", "id.kim.rules.evaluation", Texts.get(lang, "report.charts.pendingWhat"))
        + " " + Texts.get(lang, "report.charts.raw"));
    b.charts(RawDissemination.charts(data.monitoring().get(), data.social().get(), data.surveys().get(), lang));
  }

  private static void national(ReportModel.Builder b, List<NationalCount> counts, Lang lang) {
    BarChart.Builder chart = BarChart.builder().title(Texts.get(lang, "report.national.chart"))
        .unit(Texts.get(lang, "report.national.unit")).caption(Texts.get(lang, "report.national.caption",
            String.valueOf(counts.stream().mapToInt(c -> c.count().orElse(0)).sum())))
        .addSeries(Texts.get(lang, "report.national.unit"));
    counts.stream().filter(c -> c.count().isPresent())
        .sorted(Comparator.comparing((NationalCount c) -> -c.count().get()).thenComparing(NationalCount::standardName))
        .forEach(c -> chart.addBars(BarChart.Bar.of(c.standardName(), (double) c.count().get())));
    b.national(chart.build());
    counts.stream().filter(c -> c.count().isEmpty()).forEach(c -> b.addNationalUnknown(c.standardName()));
  }

}
