package id.kim.rules.mapping.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("IssueDossier — the six aspects of issue management, ISSUE-ASPECT-1..6")
class IssueDossierTest {
  private static final LocalDate EMERGED = LocalDate.of(2026, 1, 5);

  static Stream<Arguments> aspects() {
    return Stream.of(
        Arguments.of(IssueAspect.BACKGROUND, (UnaryOperator<IssueDossier.Builder>) b ->
            b.background("Keluhan pedagang pasar")),
        Arguments.of(IssueAspect.INVOLVED, (UnaryOperator<IssueDossier.Builder>) b ->
            b.addActors(IssueActor.organisation("Dinas Kesehatan", ActorRole.EXPERT))),
        Arguments.of(IssueAspect.SCOPE, (UnaryOperator<IssueDossier.Builder>) b ->
            b.scopeIncluded("Pasar tradisional")),
        Arguments.of(IssueAspect.ADMINISTRATION, (UnaryOperator<IssueDossier.Builder>) b ->
            b.addAdministration("Notulen rapat 12 Jan")),
        Arguments.of(IssueAspect.DURATION, (UnaryOperator<IssueDossier.Builder>) b ->
            b.duration(IssueDuration.of(EMERGED))),
        Arguments.of(IssueAspect.UNDERSTANDING, (UnaryOperator<IssueDossier.Builder>) b ->
            b.understanding(UnderstandingLevel.PARTIAL)));
  }

  @ParameterizedTest(name = "{0}: recording it closes exactly that aspect")
  @MethodSource("aspects")
  void eachAspectIsRecordedOnItsOwn(IssueAspect aspect, UnaryOperator<IssueDossier.Builder> record) {
    IssueDossier d = record.apply(IssueDossier.builder()).build();
    assertTrue(d.isRecorded(aspect));
    assertEquals(5, d.missingAspects().size());
    assertFalse(d.missingAspects().contains(aspect));
    assertTrue(aspect.ruleId().value().startsWith("ISSUE-ASPECT-"));
    assertTrue(aspect.citation().quote().startsWith(aspect.label(Lang.ID)));
  }

  @Test
  @DisplayName("ISSUE-ASPECT-4: an actor's capacity counts as administration ('berserta kapasitas masing-masing')")
  void capacityIsAdministration() {
    IssueDossier d = IssueDossier.builder()
        .addActors(IssueActor.organisation("Pengelola Pasar Umum Negara", ActorRole.INVOLVED)
        .withCapacity("pengelola pasar").withToBeInvolved(true)).build();
    assertTrue(d.isRecorded(IssueAspect.ADMINISTRATION));
    assertTrue(d.isRecorded(IssueAspect.INVOLVED));
  }

  @Test
  @DisplayName("ISSUE-ASPECT-2: a person is personal data and prints masked; an actor is a person or a body, not both")
  void personIsMasked() {
    IssueActor expert = IssueActor.person(PersonName.of("dr. Ayu Lestari"), ActorRole.EXPERT);
    assertEquals("d*** A*** L***", expert.label());
    assertFalse(expert.toString().contains("Lestari"));
    assertThrows(IllegalArgumentException.class, () -> IssueActor.organisation(" ", ActorRole.REFERENCE));
  }

  @Test
  @DisplayName("ISSUE-ASPECT-5: muncul, terekspose, berpotensi menghilang — phases on boundary dates")
  void durationPhases() {
    IssueDuration d = IssueDuration.of(EMERGED).withExposedOn(EMERGED.plusDays(10))
        .withExpectedFadeOn(EMERGED.plusDays(60));
    assertEquals(IssuePhase.NOT_YET_EMERGED, d.phaseOn(EMERGED.minusDays(1)));
    assertEquals(IssuePhase.EMERGED, d.phaseOn(EMERGED));
    assertEquals(IssuePhase.EXPOSED, d.phaseOn(EMERGED.plusDays(10)));
    assertEquals(IssuePhase.EXPOSED, d.phaseOn(EMERGED.plusDays(60)));
    assertEquals(IssuePhase.FADED, d.phaseOn(EMERGED.plusDays(61)));
    assertEquals(61L, d.expectedLengthInDays().get());
    assertTrue(IssuePhase.EXPOSED.isCurrent());
    assertFalse(IssuePhase.FADED.isCurrent());
    assertFalse(IssuePhase.NOT_YET_EMERGED.isCurrent());
  }

  @Test
  @DisplayName("ISSUE-ASPECT-5: dates out of order are refused with a message naming the field and the rule")
  void durationChronology() {
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> IssueDuration.of(EMERGED).withExposedOn(EMERGED.minusDays(1)));
    assertTrue(early.getMessage().contains("exposedOn") && early.getMessage().contains("ISSUE-ASPECT-5"));
    IllegalArgumentException fade = assertThrows(IllegalArgumentException.class,
        () -> IssueDuration.of(EMERGED).withExposedOn(EMERGED.plusDays(5)).withExpectedFadeOn(EMERGED.plusDays(2)));
    assertTrue(fade.getMessage().contains("expectedFadeOn"));
    assertEquals(List.of(IssueAspect.values()), IssueDossier.empty().missingAspects().toJavaList());
  }
}
