package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.InvalidValueException;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.Defect;
import id.kim.testkit.Defects;
import id.kim.testkit.KimGens;
import io.vavr.collection.Seq;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof: every generated single-defect value fails validation with exactly the finding for that
 * field — path, message key and the juknis rule the field records (e.g. PROFILE-i for
 * {@code whatsapp}, MAP-ENTRY-3 for {@code decree}).
 */
class SingleDefectTest {

  @TestFactory
  @DisplayName("each single defect gives exactly its one finding")
  Stream<DynamicTest> eachDefectGivesExactlyItsFinding() {
    return Catalogue.all().stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> exactlyOneFinding(d)));
  }

  @Test
  @DisplayName("require() throws InvalidValueException listing the one finding, in Indonesian and English")
  void requireListsTheFinding() {
    qt().withExamples(200)
        .forAll(KimGens.invalidRecord())
        .checkAssert(
            d -> {
              InvalidValueException e =
                  Assertions.assertThrows(
                      InvalidValueException.class,
                      () -> KimValidator.standard().require(d.value()));
              assertEquals(1, e.violations().size());
              assertTrue(
                  e.getMessage().startsWith("KimRecord is invalid / tidak valid:"), e.getMessage());
              assertTrue(e.getMessage().contains(d.defect().path() + ": "), e.getMessage());
            });
  }

  @Test
  @DisplayName("the catalogue breaks every constraint of kim-core: each message key kim-core uses has a defect")
  void everyConstraintHasADefect() {
    Set<String> keys = new TreeSet<>(MessagesTest.keysUsedByKimCore());
    // the class-level default of @ChronologicalDecree; its validator reports the two precise keys instead
    keys.remove("kim.decree.datesOutOfOrder");
    Set<String> inProfile = new HashSet<>();
    Defects.profile().forEach(d -> inProfile.add(d.messageKey()));
    Set<String> inRecord = new HashSet<>();
    Defects.record().forEach(d -> inRecord.add(d.messageKey()));
    Set<String> inMonitoring = new HashSet<>();
    Defects.monitoringRecord().forEach(d -> inMonitoring.add(d.messageKey()));
    Set<String> missing = new TreeSet<>(keys);
    missing.removeAll(inRecord);
    missing.removeAll(inMonitoring);
    assertEquals(Set.of(), missing, "constraint keys no KimRecord or MonitoringRecord defect breaks");
    assertTrue(inRecord.containsAll(inProfile));
    assertTrue(
        inMonitoring.containsAll(
            List.of(
                "kim.monitoring.datesCount",
                "kim.monitoring.formatUndescribed",
                "kim.monitoring.actionChannel",
                "kim.monitoring.otherKim",
                "kim.social.platformMismatch",
                "kim.survey.positiveExceedsRespondents",
                "kim.survey.baselineAfterFollowUp",
                "kim.url.invalid",
                "kim.count.negative")));
  }

  @Test
  @DisplayName("defect names are unique within each catalogue")
  void defectNamesAreUnique() {
    for (var list : List.of(Defects.profile(), Defects.record(), Defects.monitoringRecord())) {
      Set<String> names = new HashSet<>();
      list.forEach(d -> assertTrue(names.add(d.name()), () -> "duplicate defect " + d.name()));
    }
  }

  @Test
  @DisplayName("the catalogue names the constraints the issue lists (PROFILE-c GAP-12, PROFILE-i, GAP-09 …)")
  void catalogueHasTheListedDefects() {
    Set<String> profile = new HashSet<>();
    Defects.profile().forEach(d -> profile.add(d.path() + " " + d.messageKey()));
    assertTrue(profile.contains("name kim.text.blank"));
    assertTrue(profile.contains("name kim.text.tooLong"));
    assertTrue(profile.contains("whatsapp.value kim.phone.invalid"));
    assertTrue(profile.contains("whatsapp kim.phone.notMobile"));
    assertTrue(profile.contains("fixedLine.value kim.phone.invalid"));
    assertTrue(profile.contains("address.rtRw.rt kim.rtrw.invalid"));
    assertTrue(profile.contains("communityNumber.value kim.communityNumber.invalid"));
    assertTrue(profile.contains("communityNumber.value kim.communityNumber.looksLikePopulationNik"));
    assertTrue(profile.contains("partnershipPeriods[0].period.end kim.period.endBeforeStart"));
    assertTrue(profile.contains("frequency.count kim.count.negative"));
    assertTrue(profile.contains("reach[0].value kim.count.negative"));
    assertTrue(profile.contains("email.value kim.email.invalid"));
    assertTrue(profile.contains("media[0].url kim.url.invalid"));
    assertTrue(profile.contains("seat.localKindNameConsistent kim.village.localKindName"));
    Set<String> record = new HashSet<>();
    Defects.record().forEach(d -> record.add(d.path() + " " + d.messageKey()));
    assertTrue(record.contains("decree.validUntil kim.decree.expiryBeforeIssue"));
    assertTrue(record.contains("decree.revokedOn kim.decree.revocationBeforeIssue"));
    assertTrue(record.contains("assessments[0].assessedBy.dinas.scopeConsistent kim.dinas.scope"));
    assertTrue(record.contains("affiliations[0].personConsistent kim.affiliation.person"));
    assertTrue(record.contains("profile.whatsapp kim.phone.notMobile"));
  }

  private static <T> void exactlyOneFinding(Defect<T> defect) {
    qt().withExamples(40).forAll(defect.gen()).checkAssert(value -> {
      var result = KimValidator.standard().validate(value);
      assertTrue(result.isInvalid(), () -> defect + " passed validation: " + value);
      Seq<FieldViolation> found = result.getError();
      assertEquals(1, found.size(), () -> defect + " gave " + found.mkString("; "));
      FieldViolation v = found.head();
      assertEquals(defect.path(), v.path(), defect::toString);
      assertEquals(defect.messageKey(), v.messageKey(), defect::toString);
      assertEquals(defect.ruleId(), v.ruleId(), defect::toString);
      assertTrue(defect.matches(v));
      for (Lang lang : Lang.values()) {
        assertTrue(!v.message(lang).startsWith("["), () -> "no " + lang + " text for " + v.messageKey());
      }
    });
  }
}
