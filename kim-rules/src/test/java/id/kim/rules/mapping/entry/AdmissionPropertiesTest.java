package id.kim.rules.mapping.entry;

import static org.quicktheories.QuickTheory.qt;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.contact.PersonName;
import id.kim.core.region.RegencyCity;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Verdict;
import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.Sampler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Laws of the mapping entry (II.B.3, MAP-ENTRY-1..4; MAP-RULE-0) over one Dinas' register: records of one
 * regency/city with any subset of documents, plus one that meets every requirement on the day.
 */
class AdmissionPropertiesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  /** A Dinas and its register, every KIM distinct. */
  record Register(Dinas dinas, List<KimRecord> records) {
    @Override
    public String toString() {
      return dinas.name() + ": " + records.stream().map(r -> r.profile().name()).toList();
    }
  }

  static Sampler<Register> registers() {
    return d -> {
      KimRecord eligible = RecordSamplers.eligibleRecord(AS_OF).sample(d);
      RegencyCity area = eligible.profile().communityNumber().orElseThrow().issuedBy();
      List<KimRecord> all = new ArrayList<>(Sampler.listOf(RecordSamplers.recordIn(area), 0, 7).sample(d));
      all.add(d.intBetween(0, all.size()), eligible);
      Set<KimRef> seen = new HashSet<>();
      List<KimRecord> distinct = all.stream().filter(r -> seen.add(KimRef.from(r.profile()))).toList();
      return new Register(Dinas.regencyCity("Dinas Kominfo " + area.fullName(), area), distinct);
    };
  }

  /** The Dinas assessed every KIM high on all three variables, admitted or not. */
  static List<GridAssessment> allHigh(Register r) {
    List<GridAssessment> out = new ArrayList<>();
    for (KimRecord k : r.records()) {
      for (GridVariable v : GridVariable.values()) {
        out.add(GridAssessment.builder().kim(KimRef.from(k.profile())).variable(v).level(Level.HIGH)
            .assessedBy(Officer.of(PersonName.of("Siti Aminah"), r.dinas()))
            .assessedOn(AS_OF.minusDays(1)).rationale("Rapat pemetaan").build());
      }
    }
    return out;
  }

  @Test
  @DisplayName("MAP-ENTRY-1..4: every record is admitted exactly when its own mapping-entry decision is ELIGIBLE; "
      + "none is lost")
  void admittedExactlyWhenEligible() {
    qt().withFixedSeed(15).withExamples(100).forAll(registers().gen()).checkAssert(r -> {
      MappingEntrants e = MappingEntrants.decide(r.dinas(), r.records(), AS_OF);
      Assertions.assertEquals(r.records().size(), e.size(), "every record judged once: " + r);
      Set<KimRecord> judged = new HashSet<>(e.admitted().map(AdmittedKim::record).toJavaList());
      judged.addAll(e.notAdmitted().map(NotAdmitted::record).toJavaList());
      Assertions.assertEquals(new HashSet<>(r.records()), judged, "none lost: " + r);
      for (KimRecord k : r.records()) {
        boolean eligible = Eligibility.mappingEntry(EligibilityFacts.of(k, r.dinas()), AS_OF)
            .fold(v -> false, dec -> dec.verdict() == Verdict.ELIGIBLE);
        Assertions.assertEquals(eligible, e.isAdmitted(KimRef.from(k.profile())), k.profile().name());
      }
    });
  }

  @Test
  @DisplayName("MAP-RULE-0 / MAP-ENTRY-1..4: no KIM whose MAP-ENTRY decision is not ELIGIBLE is placed on the grid "
      + "or prioritised, even assessed high; every KIM is mapped or listed apart")
  void onlyAdmittedKimAreMappedAndNoneIsLost() {
    AtomicInteger placed = new AtomicInteger();
    AtomicInteger leftOut = new AtomicInteger();
    qt().withFixedSeed(15).withExamples(100).forAll(registers().gen()).checkAssert(r -> {
      MappingEntrants e = MappingEntrants.decide(r.dinas(), r.records(), AS_OF);
      MappingInput input = MappingInput.admitted(e).assessments(allHigh(r)).build();
      MappingReport report = Mapping.run(input, MappingPolicy.standard(), AS_OF)
          .getOrElseThrow(rejection -> new AssertionError(rejection.explain(Lang.EN)));
      Set<KimRef> admitted = e.admitted().map(AdmittedKim::ref).toJavaSet();
      report.grid().placements().forEach(p -> Assertions.assertTrue(admitted.contains(p.kim()), "placed: " + p));
      report.ranking().decisions().forEach(d -> Assertions.assertTrue(admitted.contains(d.placement().kim()),
          "prioritised: " + d));
      Set<KimRef> apart = report.notAdmitted().map(NotAdmitted::ref).toJavaSet();
      for (KimRecord k : r.records()) {
        KimRef ref = KimRef.from(k.profile());
        Assertions.assertTrue(report.isMapped(ref) != apart.contains(ref), "mapped xor listed apart: " + ref);
      }
      placed.addAndGet(report.grid().placements().size());
      leftOut.addAndGet(apart.size());
    });
    Assertions.assertTrue(placed.get() > 0 && leftOut.get() > 0, "both cases occur: " + placed + ", " + leftOut);
  }
}
