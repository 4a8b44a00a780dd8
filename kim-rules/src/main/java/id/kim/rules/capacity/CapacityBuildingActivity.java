package id.kim.rules.capacity;

import id.kim.core.community.KimRef;
import id.kim.rules.checklist.Checklist;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.immutables.value.Value;

/**
 * One capacity-building activity of a Dinas — a Bimtek, workshop, sarasehan or discussion forum
 * (SOLUTION-FORM-1..4) — on a theme, for some KIM, with the need reports it rests on
 * (SOLUTION-BASIS) and its progress through the stages of Tabel 4.5 (SOLUTION-STAGE-1..7, SOLUTION-FIG).
 */
@Value.Immutable
public abstract class CapacityBuildingActivity implements WithCapacityBuildingActivity {
  private static final Citation BASIS = Citation.of("IV.C",
      "Berdasarkan pemetaan KIM dan identifikasi isu strategis yang telah dilakukan, Dinas Kominfo memberikan solusi "
          + "bagi KIM yang berorientasi pada peningkatan kapasitas KIM");

  /** @return the form of activity */
  public abstract CapacityBuildingForm form();

  /** @return the theme (SOLUTION-STAGE-1) */
  public abstract String theme();

  /** @return the KIM taking part */
  @Value.Default
  public Seq<KimRef> participants() {
    return List.empty();
  }

  /** @return the need reports the activity answers (SOLUTION-BASIS) */
  @Value.Default
  public Seq<CapacityNeedReport> basedOn() {
    return List.empty();
  }

  /** @return the stages done so far */
  @Value.Default
  public Checklist<CapacityBuildingStage> stages() {
    return Checklist.of(CapacityBuildingStage.class);
  }

  /**
   * @param form the form
   * @param theme the theme
   * @return a planned activity, no stage done
   */
  public static CapacityBuildingActivity of(CapacityBuildingForm form, String theme) {
    return ImmutableCapacityBuildingActivity.builder().form(form).theme(theme).build();
  }

  /**
   * @param stage a stage completed
   * @return the activity with the stage ticked, or why it cannot be ticked yet
   */
  public Either<Message, CapacityBuildingActivity> tick(CapacityBuildingStage stage) {
    return stages().tick(stage).map(this::withStages);
  }

  /**
   * SOLUTION-BASIS: the activity rests on identified needs when at least one linked report suggests its
   * form. A warning only: the juknis states the basis, not a prohibition.
   *
   * @return the finding
   */
  public Finding basis() {
    Seq<CapacityNeedReport> matching = basedOn().filter(r -> r.suggestions().exists(s -> s.form() == form()));
    boolean ok = !matching.isEmpty();
    return Finding.builder().ruleId(RuleId.of("SOLUTION-BASIS")).citation(BASIS)
        .outcome(basedOn().isEmpty() ? Outcome.UNKNOWN : ok ? Outcome.SATISFIED : Outcome.NOT_SATISFIED)
        .severity(Severity.WARNING)
        .message(Message.of(CapacityNeeds.BUNDLE, basedOn().isEmpty() ? "SOLUTION-BASIS.none"
            : ok ? "SOLUTION-BASIS.matched" : "SOLUTION-BASIS.unmatched", form().label(), matching.size()))
        .evidence(basedOn().map(r -> Evidence.of(r.assessment().kim().toString(),
            r.suggestions().map(s -> s.form().ruleId()).mkString(" "))))
        .build();
  }
}
