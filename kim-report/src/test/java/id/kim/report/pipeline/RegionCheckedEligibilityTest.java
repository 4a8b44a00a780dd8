package id.kim.report.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.core.validation.FieldViolation;
import id.kim.regions.RegionRegister;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import id.kim.rules.explain.Decision;
import id.kim.testkit.KimGens;
import id.kim.testkit.RegionSamplers;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The eligibility family checking region codes against a register ({@link EligibilityStep#checkingRegions}):
 * a record whose codes the register refuses is invalid data with REGION-CODE-2/-4 at the facts' paths; any
 * other record gets exactly the wrapped family's answer.
 */
public class RegionCheckedEligibilityTest {
  private static final RegionDirectory REGISTER = RegionRegister.bundled();
  private static final Dataset SAMPLE =
      Dataset.load(Inputs.sample(), Lang.EN).getOrElseThrow(p -> new AssertionError(p));
  private static final LocalDate AS_OF = Inputs.SAMPLE_AS_OF;
  private static final EligibilityStep PLAIN = EligibilityStep.juknis2022();
  private static final EligibilityStep CHECKED = PLAIN.checkingRegions(REGISTER);

  /**
   * @return the sample's first record, seated in village 2999 of its own kecamatan (e.g. 51.01.03.2999), which
   *     the register does not hold
   */
  public static KimRecord unknownVillage() {
    KimRecord r = SAMPLE.records().get(0);
    KimProfile p = r.profile();
    KimProfile moved = KimProfile.builder().from(p)
        .seat(p.seat().orElseThrow().withCode(RegionCode.parse(
            p.seat().orElseThrow().district().code().orElseThrow() + ".2999"))).build();
    return KimRecord.builder().from(r).profile(moved).build();
  }

  @Test
  @DisplayName("a seat coded 51.01.0x.2999 (no such village): invalid data at record.profile.seat.code, REGION-CODE-2")
  void anUnknownVillageCodeIsInvalidData() {
    KimRecord r = unknownVillage();
    assertTrue(PLAIN.partnership(r, SAMPLE.dinas(), AS_OF).isValid(), () -> "well formed and nested: no register, "
        + "no finding: " + PLAIN.partnership(r, SAMPLE.dinas(), AS_OF));
    for (Validation<Seq<FieldViolation>, Decision> answer : List.of(CHECKED.partnership(r, SAMPLE.dinas(), AS_OF),
        CHECKED.mappingEntry(r, SAMPLE.dinas(), AS_OF))) {
      assertTrue(answer.isInvalid());
      assertEquals(List.of("record.profile.seat.code REGION-CODE-2"),
          answer.getError().map(v -> v.path() + " " + v.ruleId().orElse("")).toJavaList());
    }
  }

  @Test
  @DisplayName("checking against the same register twice is checking once")
  void checkingTwiceIsCheckingOnce() {
    assertSame(CHECKED, CHECKED.checkingRegions(REGISTER));
    RuleFamilies families = RuleFamilies.available().checkingRegions(Optional.of(REGISTER));
    assertSame(families.eligibility(), families.checkingRegions(Optional.of(REGISTER)).eligibility());
    assertSame(RuleFamilies.available().eligibility().getClass(),
        RuleFamilies.available().checkingRegions(Optional.empty()).eligibility().getClass());
  }

  @Test
  @DisplayName("law: the checked answer is the plain one, plus the register's findings at record.… if any")
  void theCheckedAnswerIsThePlainOnePlusTheRegistersFindings() {
    RegencyCity regency = RegionSamplers.regencyCities().get(0);
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo " + regency.fullName(), regency);
    RegionCheck check = RegionCheck.of(REGISTER);
    assertTrue(check.violations(dinas).isEmpty(), dinas::toString);
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(100).forAll(KimGens.recordIn(regency)).checkAssert((KimRecord generated) -> {
      for (KimRecord r : List.of(generated, unknownSeat(generated))) {
        Seq<FieldViolation> found = check.violations(r);
        Validation<Seq<FieldViolation>, Decision> plain = PLAIN.partnership(r, dinas, AS_OF);
        Validation<Seq<FieldViolation>, Decision> checked = CHECKED.partnership(r, dinas, AS_OF);
        if (found.isEmpty()) {
          assertEquals(plain, checked);
        } else {
          refused.incrementAndGet();
          assertTrue(checked.isInvalid());
          assertEquals(found.size() + plain.fold(Seq::size, d -> 0), checked.getError().size(), checked::toString);
          found.forEach(v -> assertTrue(checked.getError().exists(c -> c.path().equals("record." + v.path())
              && c.messageKey().equals(v.messageKey())), v::toString));
          plain.toEither().swap().forEach(vs -> vs.forEach(v -> assertTrue(checked.getError().contains(v))));
        }
      }
    });
    assertTrue(refused.get() > 0, "the register refused some generated record: the law was tried both ways");
  }

  /** @return the record seated in village 2999 of its kecamatan, when its seat has a kecamatan code */
  private static KimRecord unknownSeat(KimRecord r) {
    return r.profile().seat().flatMap(s -> s.district().code().map(d -> KimRecord.builder().from(r)
        .profile(KimProfile.builder().from(r.profile()).seat(s.withCode(RegionCode.parse(d + ".2999"))).build())
        .build())).orElse(r);
  }
}
