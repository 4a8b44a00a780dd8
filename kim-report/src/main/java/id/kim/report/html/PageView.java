package id.kim.report.html;

import id.kim.core.i18n.Lang;
import id.kim.report.EligibilityRow;
import id.kim.report.EvaluationRow;
import id.kim.report.GridPoint;
import id.kim.report.Reason;
import id.kim.report.ReportModel;
import id.kim.report.ReviewRow;
import id.kim.rules.mapping.grid.GridCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the templates of the page read, prepared from a {@link ReportModel}: the texts, the drawings' geometry,
 * the KIM placed on the grid by number (the printed legend and appendix B), the matrix by rank, the texts many KIM
 * share folded once with their numbers, and the rows whose details go to the appendix. No markup here, no logic
 * there.
 *
 * @param model the report
 * @param t the texts of the page's language
 * @param grid the grid's drawing, when there is a grid
 * @param keys the categories drawn, for the key under the grid
 * @param matrix the KIM of the matrix (REPORT-1), by rank
 * @param groups the matrix in runs of the same category, its approaches written once for the run
 * @param unknownGrounds the termination grounds the data cannot show, each once with the KIM's numbers
 * @param charts the dissemination charts
 * @param national the national chart, if any
 * @param reviewed the reviews with an indicated ground, partners first
 * @param quietPartners the numbers of the partners with nothing indicated
 * @param partnerRows the evaluation of the partners, by number
 * @param otherRows the evaluation of the other KIM (no recommendation applies), by number
 * @param placed the KIM on the grid, by number: the printed legend, and what decided their levels (appendix)
 * @param eligibilityDetails the KIM with requirements not met or not known, for the appendix
 * @param evaluationDetails the partners with reasons behind their recommendation, for the appendix
 */
record PageView(ReportModel model, Labels t, Optional<GridDrawing> grid, List<Key> keys,
    List<GridPoint> matrix, List<Group> groups, List<Fold> unknownGrounds, List<ChartDrawing> charts,
    Optional<ChartDrawing> national, List<ReviewRow> reviewed, Fold quietPartners, List<EvaluationRow> partnerRows,
    List<EvaluationRow> otherRows, List<GridPoint> placed, List<Detail> eligibilityDetails,
        List<Detail> evaluationDetails) {

  /** The reasons of one KIM in the appendix. */
  record Detail(int number, String kim, List<Reason> reasons) {}

  /**
   * KIM of the matrix in a run of the same category, by rank, with the category's approaches (Tabel 3.3, III.D)
   * written once for all of them.
   *
   * @param category the category in words
   * @param approaches the approaches in words
   * @param rows the KIM, by rank
   */
  record Group(String category, String approaches, List<GridPoint> rows) {}

  /** A category in the key of the grid: its colour, whether it is the ring of a mixed case, and its words. */
  record Key(String colour, boolean ring, String text) {}

  static PageView of(ReportModel model) {
    Lang lang = model.lang();
    Labels t = new Labels(lang);
    List<GridPoint> placed = model.grid().stream().sorted(Comparator.comparingInt(GridPoint::number)).toList();
    List<Key> keys = new ArrayList<>();
    for (GridCategory c : GridCategory.values()) {
      if (c != GridCategory.UNCLASSIFIED || placed.stream().anyMatch(p -> p.category() == c)) {
        keys.add(new Key(Palette.point(c), false, t.get("report.grid.cell." + c.name())));
      }
    }
    keys.add(new Key(Palette.point(GridCategory.G4_RECORD_AND_MONITOR), true, t.get("report.grid.key.mixed")));
    List<GridPoint> matrix = model.grid().stream().filter(GridPoint::inMatrix)
        .sorted(Comparator.comparingInt(GridPoint::rank))
        .toList();
    List<ChartDrawing> charts = model.charts().stream().map(c -> ChartDrawing.of(c, lang)).toList();
    Optional<ChartDrawing> national = model.national().map(c -> ChartDrawing.of(c, lang));
    return new PageView(model, t, placed.isEmpty() ? Optional.empty() : Optional.of(GridDrawing.of(placed, lang)),
        List.copyOf(keys), matrix, groups(matrix),
        Fold.of(model.reviews(), ReviewRow::number, r -> r.unknown().stream().map(PageView::ground).toList()),
        charts, national, model.reviews().stream().filter(r -> !r.indicated().isEmpty()).toList(),
        new Fold("", model.reviews().stream().filter(r -> r.partner() && r.indicated().isEmpty()).map(ReviewRow::number)
            .sorted().toList()),
        model.evaluations().stream().filter(EvaluationRow::partner).toList(),
        model.evaluations().stream().filter(r -> !r.partner()).toList(),
        placed, eligibilityDetails(model.eligibility()),
        model.evaluations().stream().filter(r -> r.partner() && !r.reasons().isEmpty())
            .map(r -> new Detail(r.number(), r.kim(), r.reasons())).toList());
  }

  private static List<Group> groups(List<GridPoint> matrix) {
    List<Group> out = new ArrayList<>();
    List<GridPoint> run = new ArrayList<>();
    for (GridPoint p : matrix) {
      if (!run.isEmpty() && (run.get(0).category() != p.category() || !run.get(0).approaches()
          .equals(p.approaches()))) {
        out.add(new Group(run.get(0).categoryLabel(), run.get(0).approaches(), List.copyOf(run)));
        run.clear();
      }
      run.add(p);
    }
    if (!run.isEmpty()) {
      out.add(new Group(run.get(0).categoryLabel(), run.get(0).approaches(), List.copyOf(run)));
    }
    return List.copyOf(out);
  }

  private static List<Detail> eligibilityDetails(List<EligibilityRow> rows) {
    List<Detail> out = new ArrayList<>();
    for (EligibilityRow r : rows) {
      List<Reason> reasons = new ArrayList<>(r.entryReasons());
      reasons.addAll(r.reasons());
      if (!reasons.isEmpty()) {
        out.add(new Detail(r.number(), r.kim(), List.copyOf(reasons)));
      }
    }
    return List.copyOf(out);
  }

  private static String ground(Reason r) {
    return r.ruleId() + " — " + r.message();
  }

  /** @return the value of the page's {@code lang} attribute: "id" or "en" */
  public String lang() {
    return model.lang().name().toLowerCase(Locale.ROOT);
  }

  /** @return the number of partners of the evaluation: the KIM a recommendation applies to */
  public int partners() {
    return partnerRows.size();
  }

  /** @return how the KIM of the matrix not matching a row of Tabel 3.3 were placed, each once (GAP-14) */
  public List<Fold> placements() {
    return Fold.of(matrix, GridPoint::number, p -> p.placedBy().stream().toList());
  }
}
