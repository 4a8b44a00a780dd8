package id.kim.rules.mapping.issue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.ProfileIssue;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.profiling.CensusEntry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links a public issue to the KIM of a census — "isu publik yang berkaitan dengan khalayak sasaran
 * KIM" (MAP-RULE-c), "yang kemudian dikaitkan dengan KIM" (ISSUE-CLASS).
 *
 * <p>The juknis gives no criterion, so this rule is PROPOSED (GAP-19): a KIM is linked when
 * <em>both</em> its topic and its audience match —
 * <ul>
 *   <li>topic: the issue's field is among the KIM's fields of activity (PROFILE-m), or the KIM lists
 *       the issue (same title) or an issue of the same field among its public issues (PROFILE-n);</li>
 *   <li>audience: the issue concerns the whole region, or one of the villages of the KIM's target
 *       audience (PROFILE-k; when none is recorded, its seat, PROFILE-f) is in the issue's villages or
 *       districts (names compared without regard to case).</li>
 * </ul>
 * A KIM the Dinas named in column "Nama KIM" is always linked (ISSUE-MATRIX). Issue and KIM are
 * many-to-many (GAP-19). Socio-economic audiences are free text and are not matched.
 */
public final class IssueLinker {
  /** MAP-RULE-c — the Dinas identifies public issues related to the KIM's target audiences. */
  public static final RuleId MAP_RULE_C = RuleId.of("MAP-RULE-c");
  /** Citation of MAP-RULE-c. */
  public static final Citation MAP_RULE_C_CITATION = Citation.of("II.B.3.c",
      "Dinas Kominfo mengidentifikasi isu publik yang berkaitan dengan khalayak sasaran KIM.");
  /** The SDK's rule for linking an issue to a KIM by field and audience (PROPOSED, GAP-19). */
  private static final Citation LINK_CITATION = Citation.proposed("III.B; II.B.3.c",
      "isu publik yang berkaitan dengan khalayak sasaran KIM … yang kemudian dikaitkan dengan KIM", "GAP-19");

  private IssueLinker() {}

  /**
   * @param issue an issue
   * @param entry a KIM of the census
   * @return the link, if the KIM is named by the Dinas or matches on topic and audience
   */
  public static Option<IssueLink> link(PublicIssue issue, CensusEntry entry) {
    KimProfile p = entry.profile();
    boolean recorded = issue.recordedKims().contains(entry.ref());
    Seq<LinkReason> topic = topicReasons(p, issue);
    Seq<Village> areaHits = areaHits(p, issue);
    Seq<LinkReason> audience = issue.isRegionWide() ? List.of(LinkReason.REGION_WIDE)
        : areaHits.isEmpty() ? List.empty() : List.of(LinkReason.AUDIENCE_AREA);
    boolean matched = !topic.isEmpty() && !audience.isEmpty();
    if (!recorded && !matched) {
      return Option.none();
    }
    Seq<LinkReason> reasons = (recorded ? List.of(LinkReason.RECORDED_BY_DINAS) : List.<LinkReason>empty())
        .appendAll(topic).appendAll(audience);
    String area = areaHits.map(Village::name).distinct().sorted().mkString(", ");
    return Option.of(IssueLink.builder().issueTitle(issue.title()).kim(entry.ref()).reasons(reasons)
        .explanation(explain(issue, entry, reasons, recorded, matched, area)).build());
  }

  /**
   * The topic reasons of a KIM for an issue (PROFILE-m, PROFILE-n); also the basis of the suggested
   * interest of the grid (GAP-16).
   *
   * @param profile a profile
   * @param issue an issue
   * @return {@link LinkReason#FIELD_OF_ACTIVITY} and/or {@link LinkReason#PROFILE_ISSUE}, or none
   */
  public static Seq<LinkReason> topicReasons(KimProfile profile, PublicIssue issue) {
    Seq<LinkReason> reasons = List.empty();
    if (profile.fieldsOfActivity().contains(issue.field())) {
      reasons = reasons.append(LinkReason.FIELD_OF_ACTIVITY);
    }
    String title = normal(issue.title());
    for (ProfileIssue own : profile.publicIssues()) {
      if (normal(own.title()).equals(title) || own.field().filter(issue.field()::equals).isPresent()) {
        return reasons.append(LinkReason.PROFILE_ISSUE);
      }
    }
    return reasons;
  }

  private static Seq<Village> areaHits(KimProfile p, PublicIssue issue) {
    Seq<Village> audience = p.targetAudience().map(a -> List.ofAll(a.villages())).filter(l -> !l.isEmpty())
        .orElseGet(() -> List.ofAll(p.seat().stream()));
    Set<String> villages = issue.villages().stream().map(IssueLinker::villageKey).collect(Collectors.toSet());
    Set<String> districts = issue.districts().stream().map(District::name).map(IssueLinker::normal)
        .collect(Collectors.toSet());
    return audience.filter(v -> villages.contains(villageKey(v)) || districts.contains(normal(v.district().name())));
  }

  private static Finding explain(PublicIssue issue, CensusEntry entry, Seq<LinkReason> reasons,
      boolean recorded, boolean matched, String area) {
    String key = recorded ? (matched ? "link.recordedMatched" : "link.recorded")
        : issue.isRegionWide() ? "link.matched.region" : "link.matched.area";
    return Finding.builder()
        .ruleId(recorded ? IssueMatrix.ISSUE_MATRIX : MAP_RULE_C)
        .citation(recorded ? IssueMatrix.ISSUE_MATRIX_CITATION : LINK_CITATION)
        .outcome(Outcome.SATISFIED)
        .evidence(List.of(Evidence.of("issue", issue.title()), Evidence.of("kim", entry.ref()),
            Evidence.of("reasons", reasons.mkString(", ")), Evidence.of("field", issue.field().indonesianName()),
            Evidence.of("area", area.isEmpty() ? "-" : area)))
        .message(Message.of(IssueMatrix.BUNDLE, key, issue.title(), entry.ref(), issue.field().indonesianName(), area))
        .build();
  }

  private static String villageKey(Village v) {
    return normal(v.name()) + '\t' + normal(v.district().name());
  }

  private static String normal(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
