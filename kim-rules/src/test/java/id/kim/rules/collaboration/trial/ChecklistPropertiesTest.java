package id.kim.rules.collaboration.trial;

import static id.kim.rules.collaboration.trial.ChecklistGenerators.dates;
import static id.kim.rules.collaboration.trial.ChecklistGenerators.itemLists;
import static id.kim.rules.collaboration.trial.ChecklistGenerators.models;
import static id.kim.rules.collaboration.trial.ChecklistGenerators.seeds;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimType;
import id.kim.core.i18n.Lang;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.Fixtures;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-VAL-1..3, MODEL-B-VAL-1..4 — laws of the checklist evaluation")
class ChecklistPropertiesTest {

  private static ValidationChecklist build(CollaborationModel model, java.util.List<Object> items) {
    ValidationChecklist c = TrialSamples.start(Fixtures.kim(model.kimType()));
    for (Object item : items) {
      ValidationChecklist current = c;
      c =
          (item instanceof DesignationStep designationStep
                  ? c.designate(designationStep)
                  : c.record((ValidationEntry) item))
              .getOrElse(current);
    }
    return c;
  }

  private static java.util.List<Object> shuffled(java.util.List<Object> items, long seed) {
    java.util.List<Object> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-1..3 / MODEL-B-VAL-1..4: the evaluation does not depend on the order in which steps were recorded")
  void orderOfRecordingDoesNotMatter() {
    qt().forAll(models(), itemLists(), dates(), seeds()).check((model, items, asOf, seed) ->
        build(model, items).evaluate(asOf).equals(build(model, shuffled(items, seed)).evaluate(asOf)));
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-2 / MODEL-B-VAL-3 / MODEL-B-VAL-4: steps recorded on the same day count the same in any order")
  void sameDayTiesDoNotDependOnOrder() {
    qt().forAll(models(), ChecklistGenerators.sameDayItems(), seeds()).check((model, items, seed) -> {
      LocalDate asOf = ChecklistGenerators.BASE.plusDays(400);
      return build(model, items).evaluate(asOf).equals(build(model, shuffled(items, seed)).evaluate(asOf));
    });
  }

  @Test
  @DisplayName("MODEL-A-VAL-1..3 / MODEL-B-VAL-1..4: every evaluation is deterministic, down to its explanation")
  void deterministic() {
    qt().forAll(models(), itemLists(), dates()).check((model, items, asOf) -> {
      ValidationEvaluation one = build(model, items).evaluate(asOf);
      ValidationEvaluation two = build(model, items).evaluate(asOf);
      return one.equals(two) && one.explain(Lang.ID).equals(two.explain(Lang.ID))
          && one.toTree(Lang.EN).equals(two.toTree(Lang.EN));
    });
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-3 / MODEL-B-VAL-4 (GAP-28): no designation without a valid period, recorded by the as-of day")
  void noDesignationWithoutPeriod() {
    qt().forAll(models(), itemLists(), dates()).check((model, items, asOf) -> {
      ValidationEvaluation e = build(model, items).evaluate(asOf);
      boolean consistent = e.designation().isDefined() == (e.verdict() == Verdict.ELIGIBLE);
      return consistent && e.designation().forAll(d -> !d.period().end().isBefore(d.period().start())
          && !d.designatedOn().isAfter(asOf) && !d.programmeOrPolicy().isBlank()
          && d.step() == ValidationStep.designationOf(model) && d.dinas().equals(Fixtures.DINAS));
    });
  }

  @Test
  @DisplayName(
      "MODEL-A-VAL-1..2 / MODEL-B-VAL-1..3 (GAP-28): only the designation is a requirement; every step has its finding")
  void onlyTheDesignationIsRequired() {
    qt().forAll(models(), itemLists(), dates()).check((model, items, asOf) -> {
      ValidationEvaluation e = build(model, items).evaluate(asOf);
      ValidationStep designation = ValidationStep.designationOf(model);
      boolean oneRequirement = e.findings().filter(f -> f.severity() == Severity.REQUIREMENT).map(f -> f.ruleId())
          .equals(io.vavr.collection.List.of(designation.ruleId()));
      boolean everyStep = ValidationStep.of(model).forAll(s -> e.findings().exists(f -> f.ruleId().equals(s.ruleId())));
      boolean typeAQuiet = model != CollaborationModel.ACTIVE_COORDINATION
          || e.findings().forAll(f -> !f.message().key().startsWith("MODEL-B-VAL-4."));
      return oneRequirement && everyStep && typeAQuiet;
    });
  }

  @Test
  @DisplayName("MODEL-B-VAL-3: steps dated after the as-of day change nothing")
  void laterStepsChangeNothing() {
    qt().forAll(models(), itemLists(), itemLists(), dates())
        .check(
            (model, items, later, asOf) -> {
              java.util.List<Object> future = new ArrayList<>();
              for (Object o : later) {
                LocalDate on =
                    o instanceof DesignationStep designationStep
                        ? designationStep.on()
                        : ((ValidationEntry) o).on();
                if (on.isAfter(asOf)) {
                  future.add(o);
                }
              }
              java.util.List<Object> all = new ArrayList<>(items);
              all.addAll(future);
              return build(model, items).evaluate(asOf).equals(build(model, all).evaluate(asOf));
            });
  }

  @Test
  @DisplayName("MODEL-GEN-2: a checklist always follows the KIM's type")
  void checklistFollowsType() {
    qt().forAll(models()).check(model -> TrialSamples.start(Fixtures.kim(model.kimType())).model() == model
        && model.kimType() == (model == CollaborationModel.ACTIVE_COORDINATION ? KimType.A : KimType.B)
        && TrialSamples.start(Fixtures.kim(model.kimType())).evaluate(ChecklistGenerators.BASE).findings()
            .exists(f -> f.outcome() == Outcome.NOT_SATISFIED && f.severity() == Severity.REQUIREMENT));
  }
}
