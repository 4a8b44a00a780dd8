package id.kim.rules.termination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Board;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import id.kim.testkit.KimGens;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TriggerDetector: TERM-1..7 from one record and from two versions of it")
class TriggerDetectorTest {
  private final TriggerDetector detector = TriggerDetector.standard();

  @Test
  @DisplayName("a scan gives one finding per ground, TERM-1..TERM-7 in order, with juknis citations")
  void scanShape() {
    Seq<Finding> fs = detector.scan(Kims.record(), Kims.DINAS, Kims.DAY);
    assertEquals(List.of("TERM-1", "TERM-2", "TERM-3", "TERM-4", "TERM-5", "TERM-6", "TERM-7"),
        fs.map(f -> f.ruleId().value()));
    assertTrue(fs.forAll(f -> f.citation().section().equals("II.B.6")));
    assertEquals(List.of(Outcome.SATISFIED, Outcome.SATISFIED, Outcome.SATISFIED, Outcome.UNKNOWN, Outcome.SATISFIED,
        Outcome.UNKNOWN, Outcome.SATISFIED), fs.map(Finding::outcome));
  }

  @Test
  @DisplayName("every scan message renders in Indonesian and English without a missing key")
  void messagesRender() {
    qt().withExamples(200).forAll(TerminationCases.cases()).check(c ->
        detector.scan(c.record(), c.dinas(), c.asOf())
            .forAll(f -> Kims.langs().forAll(l -> !f.message().render(l).startsWith("[")
            && f.remedy().forAll(m -> !m.render(l).startsWith("[")))));
  }

  @Test
  @DisplayName("law: a ground is NOT_SATISFIED in the scan exactly when it is detected; TERM-4 never is")
  void scanAgreesWithDetect() {
    qt().withExamples(300).forAll(TerminationCases.cases()).check(c -> {
      Seq<Finding> fs = detector.scan(c.record(), c.dinas(), c.asOf());
      Seq<Indication> is = detector.detect(c.record(), c.dinas(), c.asOf(), Kims.OFFICER);
      return List.of(TerminationTrigger.values()).forAll(t ->
          (fs.find(f -> f.ruleId().equals(t.ruleId())).get().outcome() == Outcome.NOT_SATISFIED) == is.exists(i ->
              i.trigger() == t))
          && !is.exists(i -> i.trigger() == TerminationTrigger.UNLAWFUL_ACTIVITY);
    });
  }

  @Test
  @DisplayName(
      "law: detected indications are DETECTED, by the officer, on the as-of day, in Indication.ORDER, names masked")
  void detectedShape() {
    qt().withExamples(300).forAll(TerminationCases.cases()).check(c -> {
      Seq<Indication> is = detector.detect(c.record(), c.dinas(), c.asOf(), Kims.OFFICER);
      return is.forAll(i -> i.source() == IndicationSource.DETECTED && i.reportedBy().equals(Kims.OFFICER)
          && i.reportedOn().equals(c.asOf()) && i.hasEvidence() && hidesNames(c.record(), i.toString()))
          && is.equals(is.sorted(Indication.ORDER));
    });
  }

  @Test
  @DisplayName("law: results never depend on the order of members, board members, affiliations or assessments")
  void orderIndependent() {
    qt().withExamples(300).forAll(TerminationCases.cases()).check(c -> {
      KimRecord r = c.record();
      KimRecord reversed = reverse(r);
      return detector.detect(r, c.dinas(), c.asOf(), Kims.OFFICER)
          .equals(detector.detect(reversed, c.dinas(), c.asOf(), Kims.OFFICER))
          && detector.scan(r, c.dinas(), c.asOf()).equals(detector.scan(reversed, c.dinas(), c.asOf()));
    });
  }

  @Test
  @DisplayName("law: a record compared with itself shows no change; every change is something the later version shows")
  void changesAreNew() {
    qt().withExamples(300).forAll(KimGens.record(), TerminationCases.cases()).check((before, c) -> {
      KimRecord after = c.record();
      KimRecord bare = KimRecord.of(after.profile().withSeat(Optional.empty()));
      Seq<Indication> changes = detector.detectChanges(before, after, c.dinas(), c.asOf(), Kims.OFFICER);
      Seq<Indication> shown = detector.detectChanges(bare, after, c.dinas(), c.asOf(), Kims.OFFICER);
      return detector.detectChanges(after, after, c.dinas(), c.asOf(), Kims.OFFICER).isEmpty()
          && shown.containsAll(changes);
    });
  }

  @Test
  @DisplayName("a null argument names the parameter")
  void nullsNamed() {
    MissingValueException e = assertThrows(MissingValueException.class, () ->
        detector.scan(null, Kims.DINAS, Kims.DAY));
    assertTrue(e.getMessage().contains("'record'"));
    assertTrue(assertThrows(MissingValueException.class, () ->
        detector.detect(Kims.record(), Kims.DINAS, Kims.DAY, null))
        .getMessage().contains("'by'"));
    assertTrue(assertThrows(MissingValueException.class, () -> TriggerDetector.of(null)).getMessage()
        .contains("'policy'"));
  }

  @Test
  @DisplayName("the detector states its policy")
  void statesPolicy() {
    assertEquals(TriggerPolicy.standard(), detector.policy());
    assertTrue(detector.toString().contains("BOARD_AND_MEMBERS"));
    assertTrue(detector.scan(Kims.record(), Kims.DINAS, Kims.DAY).get(2).message().render(Lang.ID)
        .contains("BOARD_AND_MEMBERS"));
  }

  /**
   * @return true if no raw name of the officer or of a person of the record (board, members, affiliations) appears in
   * the text
   */
  private static boolean hidesNames(KimRecord r, String text) {
    java.util.List<String> names = new ArrayList<>(java.util.List.of(Kims.OFFICER.name().value()));
    r.board().ifPresent(b -> b.members().forEach(m -> names.add(m.name().value())));
    r.members().forEach(m -> names.add(m.name().value()));
    r.affiliations().forEach(a -> a.person().ifPresent(p -> names.add(p.value())));
    return names.stream().noneMatch(text::contains);
  }

  private static KimRecord reverse(KimRecord r) {
    return r.withMembers(reversed(r.members())).withAffiliations(reversed(r.affiliations()))
        .withAssessments(reversed(r.assessments()))
        .withBoard(r.board().map(b -> Board.builder().from(b).members(reversed(b.members())).build()));
  }

  private static <T> java.util.List<T> reversed(java.util.List<T> xs) {
    java.util.List<T> copy = new ArrayList<>(xs);
    Collections.reverse(copy);
    return copy;
  }
}
