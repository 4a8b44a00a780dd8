package id.kim.rules.eligibility;

import id.kim.core.community.KnownAbsence;
import id.kim.core.document.AdministrativeDeclaration;
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
 * An administrative requirement (syarat administratif, juknis II.B.4 — PARTNER-ADMIN-1..4), which
 * "dinyatakan dengan membuat surat pernyataan yang ditandatangani oleh pengurus KIM". In order:
 * <ol>
 *   <li>facts on record that contradict it (a board member who is ASN, a party affiliation) → not
 *       satisfied, whatever the letter says — the letter is trusted only where nothing contradicts it
 *       (RULES.md PARTNER-ADMIN-DECL, GAP-06);</li>
 *   <li>no letter signed by the as-of day → unknown; the letter recorded as none
 *       ({@link KnownAbsence#DECLARATION}, tercatat tidak ada) → not satisfied, remedy: the board signs
 *       the surat pernyataan;</li>
 *   <li>a letter that does not make this statement → not satisfied;</li>
 *   <li>facts the statement is about that are not on record (e.g. no board to check) → unknown;</li>
 *   <li>otherwise satisfied.</li>
 * </ol>
 * The Dinas' own check recorded as none ({@link #checkedFact()}: no ASN status, criminal case or
 * affiliation) does not replace the letter, the form of proof the juknis asks for; it is shown as
 * evidence beside it.
 * Whether the letter is properly signed is PARTNER-ADMIN-DECL's question, not this rule's. Keys:
 * {@code <ID>.satisfied}, {@code .noDeclaration}, {@code .recordedAsNone}, {@code .notDeclared}.
 *
 * <p>The juknis' closing chapter calls these requirements "legalitas" (Penutup 3); the SDK follows
 * section II.B.4, where they are "administratif" (RULES.md GAP-01).
 */
abstract class DeclaredRequirement extends EligibilityRule {
  private final FindingKey satisfied;
  private final FindingKey noDeclaration;
  private final FindingKey notDeclared;
  private final FindingKey recordedAsNone;

  DeclaredRequirement(RuleId id, Citation citation) {
    super(id, citation);
    recordedAsNone = Keys.failing(id.value() + ".recordedAsNone");
    satisfied = Keys.plain(id.value() + ".satisfied");
    noDeclaration = Keys.failing(id.value() + ".noDeclaration");
    notDeclared = Keys.failing(id.value() + ".notDeclared");
  }

  /** @return true if the letter makes this rule's statement */
  abstract boolean declares(AdministrativeDeclaration declaration);

  /** @return the name of that statement, for evidence, e.g. {@code "declaration.boardNotCivilServants"} */
  abstract String statement();

  /** @return a not-satisfied finding if facts on record contradict the statement on the as-of day */
  Optional<Finding> contradiction(EligibilityFacts facts, LocalDate asOf) {
    return Optional.empty();
  }

  /** @return the fact the Dinas may have checked itself and recorded as none (the subject of the statement) */
  abstract KnownAbsence checkedFact();

  /**
   * @param facts the facts
   * @param evidence the evidence of the letter
   * @return a finding if the facts the statement is about are not on record (or recorded as none)
   */
  Optional<Finding> unverifiable(EligibilityFacts facts, Seq<Evidence> evidence) {
    return Optional.empty();
  }

  /** @return evidence of the policy the rule applied, if any */
  Seq<Evidence> policyEvidence() {
    return List.empty();
  }

  @Override
  public final Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<Finding> contrary = contradiction(facts, asOf);
    if (contrary.isPresent()) {
      return contrary.get();
    }
    Optional<AdministrativeDeclaration> letter = signedBy(facts, asOf);
    if (letter.isEmpty()) {
      Seq<Evidence> none = policyEvidence().prepend(Evidence.of("declaration", "-"));
      return facts.record().isRecordedAsNone(KnownAbsence.DECLARATION)
          ? notSatisfied(recordedAsNone, none.append(Evidence.of("recordedAsNone", "declaration")))
          : unknown(noDeclaration, none);
    }
    AdministrativeDeclaration d = letter.get();
    Seq<Evidence> policy = policyEvidence();
    Evidence signedOn = Evidence.of("declaration.signedOn", d.signedOn());
    Evidence declared = Evidence.of(statement(), declares(d));
    Seq<Evidence> letterEvidence = policy.isEmpty() ? Array.of(signedOn, declared)
        : policy.size() == 1 ? Array.of(signedOn, declared, policy.head())
        : policy.prepend(declared).prepend(signedOn);
    KnownAbsence checked = checkedFact();
    Seq<Evidence> evidence = facts.record().isRecordedAsNone(checked)
        ? letterEvidence.append(Evidence.of("recordedAsNone", checked.fieldName())) : letterEvidence;
    if (!declares(d)) {
      return notSatisfied(notDeclared, evidence);
    }
    Optional<Finding> missing = unverifiable(facts, evidence);
    return missing.isPresent() ? missing.get() : satisfied(satisfied, evidence);
  }

  /** @return the statement letter if it had been signed by the as-of day */
  static Optional<AdministrativeDeclaration> signedBy(EligibilityFacts facts, LocalDate asOf) {
    return facts.record().declaration().filter(d -> !d.signedOn().isAfter(asOf));
  }
}
