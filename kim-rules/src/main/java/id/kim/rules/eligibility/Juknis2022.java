package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.rules.engine.Gate;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.engine.Rule;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The eligibility rule sets of the 2022 juknis (Petunjuk Teknis Kemitraan Komunikasi dengan KIM,
 * Jakarta, 30 Agustus 2022), as values:
 * <ul>
 *   <li>{@link #MAPPING_ENTRY} {@code juknis-2022.mapping-entry} — syarat masuk pemetaan (II.B.3):
 *       MAP-ENTRY-1..4;</li>
 *   <li>{@link #PARTNERSHIP} {@code juknis-2022.partnership} — syarat bermitra (II.B.4):
 *       PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL; then the qualifications (II.B.5)
 *       QUAL-1..7, held back by the gate QUAL-ORDER until the legal and administrative requirements
 *       are satisfied.</li>
 * </ul>
 * Both carry version {@value #VERSION}. A region derives its own with {@code with}, {@code without},
 * {@code replacing} and {@code named}; {@link #partnership(EligibilityPolicy)} builds the set under
 * other policies and records them in the version.
 */
public final class Juknis2022 {
  /** Name stem of the juknis' rule sets. */
  public static final String NAME = "juknis-2022";
  /** The juknis' date, as the rule sets' version. */
  public static final String VERSION = "2022.08.30";

  /** QUAL-ORDER — the qualifications are assessed after the legal and administrative requirements. */
  public static final RuleId QUAL_ORDER = RuleId.of("QUAL-ORDER");
  /** QUAL-ORDER's source, juknis II.B.5. */
  public static final Citation QUAL_ORDER_CITATION = Citation.of("II.B.5",
      "Setelah memenuhi syarat legal dan administratif untuk bermitra, maka selanjutnya KIM harus memenuhi kualifikasi "
          + "berikut");

  static final AssessedRequirement MAP_ENTRY_1 = new AssessedRequirement(RuleId.of("MAP-ENTRY-1"),
      Citation.of("II.B.3", "a. Dibentuk oleh, dari, dan untuk masyarakat"),
      AssessedCriterion.FORMED_BY_COMMUNITY, Keys.BUNDLE);
  static final AssessedRequirement QUAL_3 = new AssessedRequirement(RuleId.of("QUAL-3"),
      Citation.of("II.B.5", "c. Memiliki rekam jejak dan reputasi yang baik di masyarakat"),
      AssessedCriterion.TRACK_RECORD_AND_REPUTATION, Keys.BUNDLE);
  static final AssessedRequirement QUAL_5 = new AssessedRequirement(RuleId.of("QUAL-5"),
      Citation.of("II.B.5", "e. Memiliki pemahaman langsung tentang komunitas tertentu atau keadaan di daerahnya"),
      AssessedCriterion.DIRECT_UNDERSTANDING, Keys.BUNDLE);
  static final AssessedRequirement QUAL_7 = new AssessedRequirement(RuleId.of("QUAL-7"),
      Citation.of("II.B.5", "g. Memiliki sumber daya untuk melakukan kegiatan diseminasi."),
      AssessedCriterion.RESOURCES, Keys.BUNDLE);

  /** Syarat masuk pemetaan, MAP-ENTRY-1..4. */
  public static final RuleSet<EligibilityFacts> MAPPING_ENTRY =
      RuleSet.of(NAME + ".mapping-entry", VERSION, mappingEntryRules());

  /** Syarat bermitra and kualifikasi under the default {@link EligibilityPolicy}. */
  public static final RuleSet<EligibilityFacts> PARTNERSHIP = partnership(EligibilityPolicy.defaults());

  private Juknis2022() {}

  /** @return MAP-ENTRY-1..4, in the juknis' order (II.B.3 a–d) */
  public static Seq<Rule<EligibilityFacts>> mappingEntryRules() {
    return List.of(MAP_ENTRY_1, new MapEntry2Seat(), new MapEntry3Decree(), new MapEntry4Board());
  }

  /**
   * @param policy the choices where the juknis is silent
   * @return PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4 and PARTNER-ADMIN-DECL, in the juknis' order (II.B.4)
   */
  public static Seq<Rule<EligibilityFacts>> partnerRequirementRules(EligibilityPolicy policy) {
    return List.of(new PartnerLegal1Decree(), new PartnerLegal2CommunityNumber(policy.communityNumberRegister(),
        policy.communityNumberRegionCode()),
        new PartnerLegal3BoardAcknowledged(),
        new PartnerAdmin1NotCivilServants(policy.asnScope()), new PartnerAdmin2NoCrime(),
        new PartnerAdmin3NoPartyAffiliation(policy.affiliationScope()),
        new PartnerAdmin4NoNgoAffiliation(policy.affiliationScope()),
        new PartnerAdminDeclaration(policy.signatories()));
  }

  /** @return QUAL-1..7, in the juknis' order (II.B.5 a–g) */
  public static Seq<Rule<EligibilityFacts>> qualificationRules() {
    return List.of(new Qual1ClearExistence(), new Qual2RegularActivity(), QUAL_3, new Qual4Reach(), QUAL_5,
        new Qual6Media(), QUAL_7);
  }

  /**
   * @param policy when the legal and administrative requirements hold the qualifications back
   * @return the gate QUAL-ORDER: QUAL-1..7 after PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL
   */
  public static Gate qualificationOrder(GatePolicy policy) {
    return Gate.of(QUAL_ORDER, QUAL_ORDER_CITATION,
        partnerRequirementRules(EligibilityPolicy.defaults()).map(Rule::id),
        qualificationRules().map(Rule::id)).withPolicy(policy);
  }

  /**
   * @param policy the choices where the juknis is silent
   * @return the partnership rule set under that policy; its version is {@value #VERSION} plus
   *     {@link EligibilityPolicy#versionSuffix()}
   */
  public static RuleSet<EligibilityFacts> partnership(EligibilityPolicy policy) {
    return RuleSet.of(NAME + ".partnership", VERSION + policy.versionSuffix(),
        partnerRequirementRules(policy).appendAll(qualificationRules()),
        List.of(qualificationOrder(policy.qualificationGate())));
  }
}
