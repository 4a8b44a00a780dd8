package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Not affiliated" with one kind of organisation (PARTNER-ADMIN-3 political party, PARTNER-ADMIN-4
 * NGO): declared in the statement letter and not contradicted by an affiliation on record that is
 * active on the as-of day and held by a subject the {@link AffiliationScope} policy covers (RULES.md
 * GAP-04, default the KIM and its board). Active affiliations outside the scope are flagged as
 * warnings for the Dinas to weigh (GAP-46); ended ones do not count. Extra keys:
 * {@code <ID>.affiliated}, {@code <ID>.outOfScope}.
 */
abstract class AffiliationRequirement extends DeclaredRequirement {
  private final AffiliationKind kind;
  private final AffiliationScope scope;
  private final Seq<Evidence> policy;
  private final FindingKey affiliated;
  private final FindingKey outOfScope;
  private final Citation outOfScopeSource;

  AffiliationRequirement(RuleId id, Citation citation, AffiliationKind kind, AffiliationScope scope) {
    super(id, citation);
    this.kind = kind;
    this.scope = scope;
    this.policy = Array.of(Evidence.of("policy.affiliationScope", scope.name()));
    this.affiliated = Keys.failing(id.value() + ".affiliated");
    this.outOfScope = Keys.failing(id.value() + ".outOfScope");
    this.outOfScopeSource = Citation.proposed(citation.section(), citation.quote(), "GAP-04");
  }

  @Override
  KnownAbsence checkedFact() {
    return KnownAbsence.AFFILIATIONS;
  }

  @Override
  Seq<Evidence> policyEvidence() {
    return policy;
  }

  @Override
  Optional<Finding> contradiction(EligibilityFacts facts, LocalDate asOf) {
    Seq<Affiliation> found = active(facts, asOf).filter(a -> scope.covers(a.subject()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(notSatisfied(affiliated, policy.prepend(Evidence.of("affiliations", describe(found))),
        found.size(), organisations(found)));
  }

  @Override
  public Seq<Finding> warnings(EligibilityFacts facts, LocalDate asOf) {
    Seq<Affiliation> outside = active(facts, asOf).filter(a -> !scope.covers(a.subject()));
    return outside.isEmpty() ? List.empty()
        : List.of(warning(outOfScopeSource, outOfScope,
            policy.prepend(Evidence.of("affiliations.outOfScope", describe(outside))), organisations(outside)));
  }

  private Seq<Affiliation> active(EligibilityFacts facts, LocalDate asOf) {
    return Matching.of(facts.record().affiliations(), a -> a.kind() == kind && a.isActiveOn(asOf));
  }

  /** @return e.g. {@code "Partai Contoh (BOARD_MEMBER S*** A***); Partai Lain (KIM)"}, sorted */
  private static String describe(Seq<Affiliation> affiliations) {
    return affiliations
        .map(a -> a.organisation() + " (" + a.subject().name() + a.person().map(p -> " " + p.masked()).orElse("") + ")")
        .sorted().mkString("; ");
  }

  private static String organisations(Seq<Affiliation> affiliations) {
    return affiliations.map(Affiliation::organisation).distinct().sorted().mkString(", ");
  }
}
