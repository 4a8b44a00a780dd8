package id.kim.testkit;

import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.BadText.rule;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import java.util.List;

/**
 * Single defects of facts recorded as none (tercatat tidak ada, {@link KnownAbsence}): a value present
 * although recorded as none (reported on the value's field, with its rule), and a fact recorded on the
 * wrong level (a record fact on the profile, a profile fact on the record). The level is a rule of the
 * SDK's structure, not of the juknis: those findings cite no rule, and are defects of a record (a
 * profile alone cannot tell which level a Dinas meant).
 */
final class AbsenceDefects {
  private AbsenceDefects() {}

  static List<Defect<KimProfile>> profile(Sampler<KimProfile> host) {
    return List.of(
        Defect.<KimProfile>builder().type("KimProfile").path("communityNumber")
            .problem("a Nomor Induk Komunitas although recorded as none").messageKey("kim.absence.contradicted")
            .ruleId(rule("PROFILE-c"))
            .sampler(d -> host.sample(d).withCommunityNumber(ProfileSamplers.communityNumber().sample(d))
                .withRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER))
            .build());
  }

  static List<Defect<KimRecord>> record(Sampler<KimRecord> host) {
    return List.of(
        Defect.<KimRecord>builder().type("KimRecord").path("decree")
            .problem("an SK Kepala Desa/Lurah although recorded as none").messageKey("kim.absence.contradicted")
            .ruleId(rule("MAP-ENTRY-3"))
            .sampler(d -> {
              KimRecord r = host.sample(d);
              return r.withDecree(r.decree().orElseGet(() -> DocumentSamplers.villageDecree().sample(d)))
                  .withRecordedAsNone(KnownAbsence.DECREE);
            })
            .build(),
        Defect.<KimRecord>builder().type("KimRecord").path("recordedAsNone[]")
            .problem("a Tabel 3.1 fact recorded as none on the record, not on its profile")
            .messageKey("kim.absence.profileFactOnRecord").ruleId(noRule())
            .sampler(d -> host.sample(d).withRecordedAsNone(KnownAbsence.OTHER_DISSEMINATION_MEANS))
            .build(),
        Defect.<KimRecord>builder().type("KimRecord").path("profile.recordedAsNone[]")
            .problem("a fact of documents or checks recorded as none on the profile, not on the record")
            .messageKey("kim.absence.recordFactOnProfile").ruleId(noRule())
            .sampler(d -> {
              KimRecord r = host.sample(d);
              return r.withProfile(r.profile().withRecordedAsNone(recordFact(d)));
            })
            .build());
  }

  private static KnownAbsence recordFact(Draw d) {
    List<KnownAbsence> facts = List.of(KnownAbsence.values()).stream().filter(f -> !f.isProfileFact()).toList();
    return facts.get(d.index(facts.size()));
  }
}
