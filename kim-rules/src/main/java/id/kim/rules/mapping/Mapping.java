package id.kim.rules.mapping;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.DinasLevel;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.priority.PriorityRanking;
import id.kim.rules.mapping.profiling.Census;
import id.kim.rules.mapping.profiling.ProfileCompletenessCheck;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.entry.NotAdmitted;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Runs the five mapping stages of juknis chapter III in order (MAP-STAGE-A..E) — a pure function of
 * the Dinas' data, a policy and an as-of date.
 *
 * <pre>{@code
 * Either<MappingRejection, MappingReport> result = Mapping.run(input, MappingPolicy.standard(), asOf);
 * result.forEach(report -> System.out.println(report.toText(Lang.ID)));
 * }</pre>
 *
 * <p>Only what entered the mapping is mapped (II.B.3, MAP-ENTRY-1..4): start the input with
 * {@link MappingInput#admitted} from {@link MappingEntrants#decide}, and the report places and prioritises
 * the admitted KIM only and lists the others apart ({@link MappingReport#notAdmitted()}); the assessments,
 * category decisions and issue names about a KIM left out are set aside. Such an input must be mapped as of
 * the day its entry was decided.
 *
 * <p>A provincial Dinas is refused (MAP-RULE-a: "Pemetaan KIM dilakukan oleh Dinas Kominfo tingkat
 * Kabupaten/Kota"); it can still build a {@link Census} and check completeness in its own view
 * (PROFILE-h, GAP-22), or map where the policy allows it (GAP-50).
 */
public final class Mapping {
  /** The message bundle of the mapping family (this package's {@code Messages}). */
  private static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-RULE-a — mapping is carried out by the regency/city Dinas. */
  private static final RuleId MAP_RULE_A = RuleId.of("MAP-RULE-a");
  /** Citation of MAP-RULE-a. */
  private static final Citation MAP_RULE_A_CITATION = Citation.of("II.B.3.a",
      "Pemetaan KIM dilakukan oleh Dinas Kominfo tingkat Kabupaten/Kota.");

  private Mapping() {}

  /**
   * @param input the Dinas' data
   * @param policy the policies
   * @param asOf the as-of date; for an input started from entrants, the day their entry was decided
   * @return the report, or why it could not be made
   * @throws MissingValueException if an argument is null, naming it
   * @throws IllegalArgumentException if the input was started from entrants decided as of another day
   */
  public static Either<MappingRejection, MappingReport> run(MappingInput input, MappingPolicy policy, LocalDate asOf) {
    requireNonNull(input, "input");
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    if (input.dinas().level() == DinasLevel.PROVINCIAL && !policy.provincialMappingAllowed()) {
      return Either.left(MappingRejection.of(MappingStage.COLLECT_AND_CATEGORISE, List.of(provincial(input))));
    }
    return stages(AdmittedOnly.of(input, asOf), policy, asOf);
  }

  private static Either<MappingRejection, MappingReport> stages(MappingInput input, MappingPolicy policy,
      LocalDate asOf) {
    Seq<NotAdmitted> notAdmitted = input.entrants().map(MappingEntrants::notAdmitted).orElse(List.empty());
    return Census.of(input.dinas(), input.profiles())
        .mapLeft(f -> MappingRejection.of(MappingStage.COLLECT_AND_CATEGORISE, f))
        .flatMap(census -> IssueMatrix.of(input.issues(), census, asOf)
            .mapLeft(f -> MappingRejection.of(MappingStage.IDENTIFY_ISSUES, f))
            .map(issues -> {
              Grid grid = Grid.place(census, issues, input.assessments(), input.decisions(), policy.level(), asOf);
              return MappingReport.builder().dinas(input.dinas()).asOf(asOf).options(policy.report()).census(census)
                  .completeness(ProfileCompletenessCheck.check(census, asOf))
                  .issues(issues).grid(grid).ranking(PriorityRanking.of(grid, policy.priority()))
                  .notAdmitted(notAdmitted).build();
            }));
  }

  private static Finding provincial(MappingInput input) {
    return Finding.builder().ruleId(MAP_RULE_A).citation(MAP_RULE_A_CITATION)
        .outcome(Outcome.NOT_SATISFIED)
        .evidence(List.of(Evidence.of("dinas", input.dinas().name()), Evidence.of("level", input.dinas().level())))
        .message(Message.of(BUNDLE, "MAP-RULE-a.provincial", input.dinas().name()))
        .remedy(Option.of(Message.of(BUNDLE, "MAP-RULE-a.provincial.remedy")))
        .build();
  }
}
