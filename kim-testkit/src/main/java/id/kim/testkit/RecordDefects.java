package id.kim.testkit;

import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.BadText.rule;

import id.kim.core.community.KimRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Single defects of a whole record: every profile defect under {@code profile}, and every defect of
 * the decree, board, members, declaration, affiliations, assessments and dissolution notice, each
 * inside an otherwise valid record, with the rule the record's attribute cites (MAP-ENTRY-3,
 * MAP-ENTRY-4, TERM-3, PARTNER-ADMIN-DECL, PARTNER-ADMIN-3, TERM-7).
 */
final class RecordDefects {
  private RecordDefects() {}

  static List<Defect<KimRecord>> record() {
    Sampler<KimRecord> host = RecordSamplers.record();
    List<Defect<KimRecord>> out = new ArrayList<>();
    out.addAll(Defect.allWithin(ProfileDefects.profile(), "KimRecord", "profile", noRule(), host,
        KimRecord::withProfile));
    out.addAll(Defect.allWithin(DocumentDefects.villageDecree(), "KimRecord", "decree", rule("MAP-ENTRY-3"), host,
        KimRecord::withDecree));
    out.addAll(Defect.allWithin(OrganisationDefects.board(), "KimRecord", "board", rule("MAP-ENTRY-4"), host,
        KimRecord::withBoard));
    out.addAll(Defect.allWithin(OrganisationDefects.member(), "KimRecord", "members[0]", rule("TERM-3"), host,
        (r, m) -> r.withMembers(ProfileDefects.replaceFirst(r.members(), m))));
    out.addAll(Defect.allWithin(DocumentDefects.declaration(), "KimRecord", "declaration", rule("PARTNER-ADMIN-DECL"),
        host,
        KimRecord::withDeclaration));
    out.addAll(Defect.allWithin(OrganisationDefects.affiliation(), "KimRecord", "affiliations[0]",
        rule("PARTNER-ADMIN-3"), host,
        (r, a) -> r.withAffiliations(ProfileDefects.replaceFirst(r.affiliations(), a))));
    out.addAll(Defect.allWithin(AssessmentDefects.assessment(), "KimRecord", "assessments[0]", noRule(), host,
        (r, a) -> r.withAssessments(ProfileDefects.replaceFirst(r.assessments(), a))));
    out.addAll(Defect.allWithin(DocumentDefects.dissolutionNotice(), "KimRecord", "dissolution", rule("TERM-7"), host,
        KimRecord::withDissolution));
    out.addAll(AbsenceDefects.record(host));
    return List.copyOf(out);
  }
}
