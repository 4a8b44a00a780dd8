package id.kim.json;

import id.kim.core.organisation.CivilServantScope;
import id.kim.rules.eligibility.AffiliationScope;
import id.kim.rules.eligibility.CommunityNumberRegister;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.explain.RuleId;
import id.kim.rules.impact.Variant;
import io.vavr.collection.TreeSet;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/** Generators of rule variants and eligibility policies, for the contract's round trip. */
final class VariantGens {
  static final Gen<EligibilityPolicy> ELIGIBILITY_POLICY = in -> EligibilityPolicy.builder()
      .asnScope(Generate.enumValues(CivilServantScope.class).generate(in))
      .affiliationScope(Generate.enumValues(AffiliationScope.class).generate(in))
      .signatories(Generate.enumValues(SignatoryPolicy.class).generate(in))
      .qualificationGate(Generate.enumValues(GatePolicy.class).generate(in))
      .communityNumberRegister(Generate.enumValues(CommunityNumberRegister.class).generate(in)).build();
  private static final List<RuleId> REMOVABLE = Variant.removableRules().toJavaList();
  private static final Gen<String> NAME = Generate.pick(
      List.of("juknis-2022", "asn-anggota", "a", "gerbang-longgar-2"));
  static final Gen<Variant> VARIANT = in -> {
    List<RuleId> removed = new ArrayList<>();
    for (RuleId id : REMOVABLE) {
      if (in.next(Constraint.between(0, 9)) == 0) {
        removed.add(id);
      }
    }
    return Variant.builder().name(NAME.generate(in)).description(Gens.MAYBE_TEXT.generate(in))
        .eligibility(ELIGIBILITY_POLICY.generate(in)).termination(LifecycleGens.TRIGGER_POLICY.generate(in))
        .mapping(MappingGens.POLICY.generate(in)).evaluation(EvaluationGens.POLICY.generate(in))
        .removedRules(TreeSet.ofAll(removed)).build();
  };

  private VariantGens() {}
}
