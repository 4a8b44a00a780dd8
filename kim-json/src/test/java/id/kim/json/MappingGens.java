package id.kim.json;

import static id.kim.json.Gens.WORDS;
import static id.kim.json.Gens.few;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.InterestPolicy;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.issue.ActorRole;
import id.kim.rules.mapping.issue.IssueActor;
import id.kim.rules.mapping.issue.IssueDossier;
import id.kim.rules.mapping.issue.IssueDuration;
import id.kim.rules.mapping.issue.IssueSource;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.issue.UnderstandingLevel;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.report.ReportOptions;
import id.kim.rules.mapping.threshold.AbsoluteThreshold;
import id.kim.rules.mapping.threshold.Aggregation;
import id.kim.rules.mapping.threshold.ThresholdPolicy;
import id.kim.testkit.KimGens;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Generators of the mapping (juknis chapter III): inputs of a regency/city Dinas — distinct profiles
 * from kim-testkit, issues, assessments and decisions — random policies, and the report the SDK makes
 * from them ({@code Mapping.run}), from which every stage's result is picked.
 */
final class MappingGens {
  static final Gen<IssueDuration> DURATION = in -> {
    LocalDate emerged = Gens.DATE.generate(in);
    return IssueDuration.of(emerged).withExposedOn(emerged.plusDays(in.next(Constraint.between(0, 30))))
        .withExpectedFadeOn(emerged.plusDays(in.next(Constraint.between(31, 400))));
  };
  static final Gen<IssueActor> ACTOR = in -> (in.next(Constraint.between(0, 1)) == 0
      ? IssueActor.person(KimGens.personName().generate(in), Generate.enumValues(ActorRole.class).generate(in))
      : IssueActor.organisation(WORDS.generate(in), Generate.enumValues(ActorRole.class).generate(in)))
      .withCapacity(Gens.MAYBE_TEXT.generate(in)).withToBeInvolved(Generate.booleans().generate(in));
  static final Gen<IssueDossier> DOSSIER = in -> IssueDossier.builder().background(Gens.MAYBE_TEXT.generate(in))
      .actors(few(ACTOR).generate(in)).scopeIncluded(Gens.MAYBE_TEXT.generate(in))
      .scopeExcluded(Gens.MAYBE_TEXT.generate(in))
      .administration(few(Gens.TEXT).generate(in)).duration(DURATION.toOptionals(50).generate(in))
      .understanding(Generate.enumValues(UnderstandingLevel.class).toOptionals(50).generate(in)).build();
  static final Gen<PublicIssue> ISSUE = in ->
      issue(WORDS.generate(in) + " " + in.next(Constraint.between(1, 999)), List.of(), in);
  static final Gen<LevelPolicy> LEVEL_POLICY = in ->
      LevelPolicy.builder().power(MappingGens.<ReachMetric>threshold(ReachMetric.class, in))
      .influence(threshold(ResponseMetric.class, in)).interest(Generate.enumValues(InterestPolicy.class).generate(in))
      .mixedCase(Generate.enumValues(MixedCasePolicy.class).generate(in)).build();
  static final Gen<PriorityPolicy> PRIORITY_POLICY =
      in -> {
        boolean standard = in.next(Constraint.between(0, 1)) == 0;
        return standard
            ? PriorityPolicy.standard()
            : PriorityPolicy.builder()
                .prioritised(TreeSet.of(GridCategory.G1_PARTNER, GridCategory.G2_PERSUADE))
                .involved(TreeSet.of(GridCategory.G1_PARTNER))
                .maxPrioritised(Optional.of((int) in.next(Constraint.between(0, 5))))
                .build();
      };
  static final Gen<MappingPolicy> POLICY = in -> MappingPolicy.builder().level(LEVEL_POLICY.generate(in))
      .priority(PRIORITY_POLICY.generate(in))
      .report(Generate.booleans().generate(in) ? ReportOptions.allKim() : ReportOptions.standard())
      .provincialMappingAllowed(Generate.booleans().generate(in)).build();
  static final Gen<MappingInput> INPUT = MappingGens::input;
  static final Gen<MappingReport> REPORT = in -> {
    for (int attempt = 0; attempt < 50; attempt++) {
      MappingInput input = input(in);
      MappingPolicy policy = POLICY.generate(in);
      var result = Mapping.run(input, policy,
          LocalDate.of(2026, 1, 15).plusDays(in.next(Constraint.between(-400, 200))));
      if (result.isRight()) {
        return result.get();
      }
    }
    throw new IllegalStateException("no mapping report in 50 attempts");
  };
  static final Gen<MappingRejection> REJECTION = in -> {
    MappingInput input = input(in);
    KimProfile twice = KimGens.profile().generate(in);
    return Mapping.run(input.withProfiles(List.of(twice, twice)), MappingPolicy.standard(), LocalDate.of(2026, 1, 15))
        .getLeft();
  };
  static final Gen<GridPlacement> PLACEMENT = Gens.oneOf(in -> REPORT.generate(in).grid().placements().toJavaList());
  static final Gen<VariableLevel> VARIABLE_LEVEL = PLACEMENT.map(p -> p.power())
      .mix(PLACEMENT.map(p -> p.interest()), 30)
      .mix(PLACEMENT.map(p -> p.influence()), 30);

  private MappingGens() {}

  private static <M extends Enum<M>> ThresholdPolicy<M> threshold(Class<M> metric, RandomnessSource in) {
    if (in.next(Constraint.between(0, 2)) > 0) {
      return ThresholdPolicy.relative((int) in.next(Constraint.between(0, 99)));
    }
    M first = metric.getEnumConstants()[(int) in.next(Constraint.between(0, metric.getEnumConstants().length - 1))];
    return AbsoluteThreshold.<M>builder()
        .total(Optional.of(in.next(Constraint.between(0, 5000))))
        .perMetric(Map.of(first, in.next(Constraint.between(1, 900))))
        .aggregation(Generate.enumValues(Aggregation.class).generate(in))
        .build();
  }

  private static PublicIssue issue(String title, List<KimRef> named, RandomnessSource in) {
    List<IssueSource> sources = few(Generate.enumValues(IssueSource.class)).generate(in);
    return PublicIssue.builder().title(title).field(Generate.enumValues(GovernmentAffair.class).generate(in))
        .sources(sources)
        .otherSources(sources.contains(IssueSource.OTHER) ? List.of("Forum warga") : List.of())
        .priority(Generate.booleans().generate(in)).crisisIndicated(Generate.booleans().generate(in))
        .dossier(DOSSIER.generate(in))
        .villages(few(KimGens.village()).generate(in)).audience(Gens.MAYBE_TEXT.generate(in)).recordedKims(named)
        .build();
  }

  private static MappingInput input(RandomnessSource in) {
    Dinas dinas = LifecycleGens.DINAS.generate(in);
    Officer officer = Officer.builder().name(KimGens.personName().generate(in)).dinas(dinas).build();
    int n = (int) in.next(Constraint.between(1, 6));
    List<KimProfile> profiles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      KimProfile p = KimGens.profile().generate(in).withName("KIM " + i + " " + WORDS.generate(in).trim());
      profiles.add(
          p.communityNumber().isPresent() && in.next(Constraint.between(0, 2)) > 0
              ? p.withCommunityNumber(CommunityNumber.of("KIM/" + i, dinas.regencyCity().get()))
              : p.withCommunityNumber(Optional.empty()));
    }
    List<KimRef> refs = profiles.stream().map(KimRef::from).toList();
    List<PublicIssue> issues = new ArrayList<>();
    for (int i = 0; i < in.next(Constraint.between(0, 3)); i++) {
      issues.add(issue("Isu " + i, refs.subList(0, (int) in.next(Constraint.between(0, 1))), in));
    }
    List<GridAssessment> assessments = new ArrayList<>();
    List<CategoryDecision> decisions = new ArrayList<>();
    for (KimRef kim : refs) {
      for (GridVariable v : GridVariable.values()) {
        if (in.next(Constraint.between(0, 2)) > 0) {
          assessments.add(GridAssessment.builder().kim(kim).variable(v)
              .level(Generate.enumValues(Level.class).generate(in))
              .assessedBy(officer).assessedOn(LocalDate.of(2025, 1, 1).plusDays(in.next(Constraint.between(0, 500))))
              .rationale(WORDS.generate(in)).build());
        }
      }
      if (in.next(Constraint.between(0, 3)) == 0) {
        decisions.add(CategoryDecision.builder().kim(kim)
            .category(GridCategory.values()[(int) in.next(Constraint.between(0, 3))])
            .decidedBy(officer).decidedOn(LocalDate.of(2025, 6, 1)).rationale(WORDS.generate(in)).build());
      }
    }
    return MappingInput.builder().dinas(dinas).profiles(profiles).issues(issues).assessments(assessments)
        .decisions(decisions).build();
  }
}
