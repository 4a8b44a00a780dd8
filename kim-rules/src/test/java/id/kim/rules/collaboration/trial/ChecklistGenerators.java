package id.kim.rules.collaboration.trial;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.agency.Officer;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.Fixtures;
import id.kim.testkit.KimGens;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * Small local generators for the checklist properties: entries of both models (so some are refused),
 * designations with valid and inverted periods, officers of the Dinas and of another one; media from
 * kim-testkit.
 */
final class ChecklistGenerators {
  static final LocalDate BASE = LocalDate.of(2025, 1, 1);

  private ChecklistGenerators() {}

  static Gen<LocalDate> dates() {
    return integers().between(0, 45).map(BASE::plusDays);
  }

  static Gen<Officer> officers() {
    return arbitrary().pick(Fixtures.OFFICER, Fixtures.SECOND_OFFICER, Fixtures.OFFICER, Fixtures.FOREIGN_OFFICER);
  }

  static Gen<Option<Boolean>> answers() {
    return arbitrary().pick(java.util.List.of(Option.none(), Option.of(true), Option.of(false)));
  }

  static Gen<Period> periods() {
    return dates().zip(integers().between(-5, 420), (s, len) -> Period.of(s, s.plusDays(len)));
  }

  static Gen<ValidationEntry> entries() {
    return entries(dates());
  }

  /**
   * @param dates the days to date entries with
   * @return entries of every kind
   */
  static Gen<ValidationEntry> entries(Gen<LocalDate> dates) {
    Gen<ValidationEntry> monitoring = dates.zip(officers(), lists().of(arbitrary().pick("stunting", "pemilu", " "))
        .ofSizeBetween(0, 2), lists().of(KimGens.medium()).ofSizeBetween(0, 2), (on, by, issues, media) ->
            ParticipationMonitoring
            .builder().on(on).by(by).issues(List.ofAll(issues)).media(List.ofAll(media)).build());
    Gen<ValidationEntry> readiness = dates.zip(officers(), answers(),
        (on, by, a) -> ReadinessFeedback.builder().on(on).by(by).readyToCoordinate(a).build());
    Gen<ValidationEntry> commitment = dates.zip(officers(), answers(),
        (on, by, a) -> CommitmentMonitoring.builder().on(on).by(by).committed(a).build());
    Gen<ValidationEntry> support = dates.zip(officers(), lists().of(arbitrary().enumValues(SupportNeed.class))
        .ofSizeBetween(0, 2), (on, by, needs) ->
            SupportFeedback.builder().on(on).by(by).needs(TreeSet.ofAll(needs)).build());
    Gen<ValidationEntry> trial = dates.zip(officers(), periods(), integers().between(0, 10), integers().between(-1, 10),
        ProductionTrial::of);
    return integers().between(0, 4).flatMap(i -> i == 0 ? monitoring : i == 1 ? readiness : i == 2 ? commitment
        : i == 3 ? support : trial);
  }

  static Gen<DesignationStep> designations() {
    return designations(dates());
  }

  static Gen<DesignationStep> designations(Gen<LocalDate> dates) {
    Gen<String> programmes = arbitrary().pick("Ketahanan pangan", "Pemilu damai", " ");
    return dates.zip(officers(), periods(), programmes,
        (on, by, p, prog) -> DesignationStep.of(on, by, PartnershipPeriod.of(p, prog)));
  }

  /** A recorded item: an optional step or a designation. */
  static Gen<Object> items() {
    Gen<Object> e = entries().map(x -> x);
    Gen<Object> d = designations().map(x -> x);
    return integers().between(0, 3).flatMap(i -> i == 0 ? d : e);
  }

  /** @return 2 to 8 items all dated the same day, to exercise the tie-breaks of every step */
  static Gen<java.util.List<Object>> sameDayItems() {
    Gen<LocalDate> day = arbitrary().constant(BASE.plusDays(10));
    Gen<Object> e = entries(day).map(x -> x);
    Gen<Object> d = designations(day).map(x -> x);
    return lists().of(integers().between(0, 3).flatMap(i -> i == 0 ? d : e)).ofSizeBetween(2, 8);
  }

  static Gen<java.util.List<Object>> itemLists() {
    return lists().of(items()).ofSizeBetween(0, 10);
  }

  static Gen<CollaborationModel> models() {
    return arbitrary().enumValues(CollaborationModel.class);
  }

  static Gen<Long> seeds() {
    return integers().all().map(i -> (long) i);
  }
}
