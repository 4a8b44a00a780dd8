package id.kim.rules.mapping.issue;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import id.kim.rules.mapping.profiling.Census;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The result of mapping stage B: the matrix of Tabel 3.2 "Tabel Identifikasi Isu Berdasarkan Target
 * Khalayak Sasaran" (ISSUE-MATRIX) with every issue linked to its KIM (MAP-RULE-c), as of a date.
 *
 * <p>Rows are numbered in a documented order that does not depend on the order of the input:
 * crisis-indicated issues first, then priority issues (ISSUE-CLASS), then by title and field. The
 * findings record what is still open: issues without a source, aspects of the dossier not yet
 * recorded (ISSUE-ASPECT-1..6), KIM named by the Dinas that are not in the census.
 */
@Value.Immutable
public abstract class IssueMatrix {
  /** The message bundle of the mapping family, for the findings of stage B. */
  static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** ISSUE-MATRIX — the result is recorded in the matrix of Tabel 3.2. */
  static final RuleId ISSUE_MATRIX = RuleId.of("ISSUE-MATRIX");
  /** Citation of ISSUE-MATRIX. */
  static final Citation ISSUE_MATRIX_CITATION = Citation.of("III.B, Tabel 3.2",
      "Hasil identifikasi dituangkan dalam contoh matriks sebagai berikut");

  /**
   * ISSUE-CLASS — the variety of issues includes priority and crisis-indicated issues, linked to KIM: the
   * matrix puts them first ({@code ROW_ORDER}) and hands the current ones to the grid
   * ({@link #currentPriorityIssues()}).
   */
  static final RuleId ISSUE_CLASS = RuleId.of("ISSUE-CLASS");
  /** Citation of ISSUE-CLASS. */
  static final Citation ISSUE_CLASS_CITATION = Citation.of("III.B", "mengelaborasi ragam isu (termasuk di dalamnya "
      + "isu prioritas dan isu terindikasi krisis) yang kemudian dikaitkan dengan KIM");

  private static final Comparator<PublicIssue> ROW_ORDER = Comparator
      .comparing((PublicIssue i) -> !i.crisisIndicated())
      .thenComparing(i -> !i.priority())
      .thenComparing(i -> normal(i.title()))
      .thenComparing(PublicIssue::field)
      .thenComparing(PublicIssue::title);

  /** @return the as-of date */
  public abstract LocalDate asOf();

  /** @return the rows, numbered from 1 */
  public abstract Seq<IssueMatrixRow> rows();

  /** @return warnings about what is still open */
  public abstract Seq<Finding> findings();

  /**
   * @param issues the Dinas' issues, in any order
   * @param census the census of stage A
   * @param asOf the as-of date
   * @return the matrix, or one ISSUE-MATRIX finding per issue given twice (same title and field)
   */
  public static Either<Seq<Finding>, IssueMatrix> of(Iterable<PublicIssue> issues, Census census, LocalDate asOf) {
    requireNonNull(issues, "issues");
    requireNonNull(census, "census");
    requireNonNull(asOf, "asOf");
    Seq<PublicIssue> sorted = List.ofAll(issues).sorted(ROW_ORDER);
    Seq<Finding> duplicates = sorted.groupBy(i -> normal(i.title()) + '\t' + i.field()).filter(g -> g._2.size() > 1)
        .toList().sortBy(g -> g._1).map(g -> duplicate(g._2.head(), g._2.size()));
    if (!duplicates.isEmpty()) {
      return Either.left(duplicates);
    }
    Seq<IssueMatrixRow> rows = sorted.zipWithIndex().map(t -> IssueMatrixRow.builder().number(t._2 + 1).issue(t._1)
        .phase(t._1.dossier().duration().map(d -> d.phaseOn(asOf)).orElse(IssuePhase.UNRECORDED))
        .links(census.entries().flatMap(e -> IssueLinker.link(t._1, e)))
        .build());
    Seq<Finding> open = sorted.flatMap(i -> openPoints(i, census));
    return Either.right(ImmutableIssueMatrix.builder().asOf(asOf).rows(rows).findings(open).build());
  }

  /**
   * @param kim a KIM
   * @return the links of that KIM, in row order
   */
  public Seq<IssueLink> linksOf(KimRef kim) {
    return rows().flatMap(IssueMatrixRow::links).filter(l -> l.kim().equals(kim));
  }

  /** @return the priority or crisis-indicated issues that are current on the as-of date (ISSUE-CLASS) */
  public Seq<PublicIssue> currentPriorityIssues() {
    return rows().filter(r -> r.phase().isCurrent() && (r.issue().priority() || r.issue().crisisIndicated()))
        .map(IssueMatrixRow::issue);
  }

  private static Seq<Finding> openPoints(PublicIssue issue, Census census) {
    Seq<Finding> out = List.empty();
    if (issue.sources().isEmpty()) {
      out = out.append(warning(ISSUE_MATRIX, IssueSource.CITATION, Outcome.UNKNOWN,
          Message.of(BUNDLE, "ISSUE-MATRIX.noSource", issue.title()), issue));
    }
    for (KimRef named : List.ofAll(issue.recordedKims()).sorted()) {
      if (census.entry(named).isEmpty()) {
        out = out.append(warning(ISSUE_MATRIX, ISSUE_MATRIX_CITATION, Outcome.NOT_SATISFIED,
            Message.of(BUNDLE, "ISSUE-MATRIX.unknownKim", issue.title(), named), issue));
      }
    }
    return out.appendAll(issue.dossier().missingAspects().map(a -> warning(a.ruleId(), a.citation(), Outcome.UNKNOWN,
        Message.of(BUNDLE, a.ruleId() + ".missing", issue.title()), issue)));
  }

  private static Finding warning(RuleId rule, Citation citation,
      Outcome outcome, Message message, PublicIssue issue) {
    return Finding.builder().ruleId(rule).citation(citation).outcome(outcome).severity(Severity.WARNING)
        .evidence(List.of(Evidence.of("issue", issue.title()))).message(message).build();
  }

  private static Finding duplicate(PublicIssue issue, int count) {
    return Finding.builder().ruleId(ISSUE_MATRIX).citation(ISSUE_MATRIX_CITATION)
        .outcome(Outcome.NOT_SATISFIED)
        .evidence(List.of(Evidence.of("issue", issue.title()), Evidence.of("field", issue.field()),
            Evidence.of("count", count)))
        .message(Message.of(BUNDLE, "ISSUE-MATRIX.duplicate", issue.title(), count))
        .remedy(Option.of(Message.of(BUNDLE, "ISSUE-MATRIX.duplicate.remedy")))
        .build();
  }

  private static String normal(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * @return a builder — the SDK makes an issue matrix with {@code IssueMatrix.of}; the builder is public to reload a
   * stored
   *     mapping report (kim-json), not to make one up
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "IssueMatrix[" + asOf() + ", " + rows().size() + " issues]";
  }

  /** Builds a {@link IssueMatrix}. */
  public static final class Builder extends ImmutableIssueMatrix.Builder {}
}
