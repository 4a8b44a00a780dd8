package id.kim.json.core;

import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.LegacyStakeholderCategory;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.Member;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** JSON of everything a Dinas holds about one KIM ({@link KimRecord}) and of the officers' assessments (GAP-07). */
public final class RecordCodecs {
  private static final Field<Assessment, AssessedCriterion> CRITERION =
      Field.required("criterion", Assessment::criterion, Scalars.code(AssessedCriterion.class));
  private static final Field<Assessment, AssessmentResult> RESULT =
      Field.required("result", Assessment::result, Scalars.code(AssessmentResult.class));
  private static final Field<Assessment, Officer> BY = Field.required("assessedBy", Assessment::assessedBy,
      AgencyCodecs.OFFICER);
  private static final Field<Assessment, LocalDate> ON = Field.required("assessedOn", Assessment::assessedOn,
      Scalars.DATE);
  private static final Field<Assessment, Optional<LocalDate>> UNTIL = Field.optional("validUntil",
      Assessment::validUntil, Scalars.DATE);
  private static final Field<Assessment, Optional<String>> NOTE = Field.optional("note", Assessment::note,
      Scalars.TEXT);
  /** A recorded judgement about one criterion. */
  public static final Codec<Assessment> ASSESSMENT = ObjectCodec.of("Assessment",
      List.of(CRITERION, RESULT, BY, ON, UNTIL, NOTE),
      d -> Assessment.builder().criterion(d.get(CRITERION)).result(d.get(RESULT)).assessedBy(d.get(BY))
          .assessedOn(d.get(ON))
          .validUntil(d.get(UNTIL)).note(d.get(NOTE)).build());

  private static final Field<KimRecord, KimProfile> PROFILE = Field.required("profile", KimRecord::profile,
      KimProfileCodec.PROFILE);
  private static final Field<KimRecord, Optional<VillageDecree>> DECREE = Field.optional("decree", KimRecord::decree,
      DocumentCodecs.DECREE);
  private static final Field<KimRecord, Optional<Board>> BOARD = Field.optional("board", KimRecord::board,
      OrganisationCodecs.BOARD);
  private static final Field<KimRecord, List<Member>> MEMBERS = Field.array("members", KimRecord::members,
      OrganisationCodecs.MEMBER);
  private static final Field<KimRecord, Optional<AdministrativeDeclaration>> DECLARATION =
      Field.optional("declaration", KimRecord::declaration, DocumentCodecs.DECLARATION);
  private static final Field<KimRecord, Optional<DissolutionNotice>> DISSOLUTION =
      Field.optional("dissolution", KimRecord::dissolution, DocumentCodecs.DISSOLUTION);
  private static final Field<KimRecord, List<Affiliation>> AFFILIATIONS =
      Field.array("affiliations", KimRecord::affiliations, OrganisationCodecs.AFFILIATION);
  private static final Field<KimRecord, List<Assessment>> ASSESSMENTS = Field.array("assessments",
      KimRecord::assessments, ASSESSMENT);
  private static final Field<KimRecord, Optional<LegacyStakeholderCategory>> LEGACY =
      Field.optional("legacyOrigin", KimRecord::legacyOrigin, Scalars.code(LegacyStakeholderCategory.class));
  private static final Field<KimRecord, List<KnownAbsence>> NONE =
      Field.array("recordedAsNone", KimRecord::recordedAsNone, AbsenceCodecs.RECORD_FACT);
  /**
   * The record: profile, documents, board, members, dissolution notice, affiliations, assessments, legacy
   * origin, facts recorded as none.
   */
  public static final Codec<KimRecord> RECORD = ObjectCodec.of("KimRecord",
      List.of(PROFILE, DECREE, BOARD, MEMBERS, DECLARATION, DISSOLUTION, AFFILIATIONS, ASSESSMENTS, LEGACY, NONE),
      d -> KimRecord.builder().profile(d.get(PROFILE)).decree(d.get(DECREE)).board(d.get(BOARD)).members(d.get(MEMBERS))
          .declaration(d.get(DECLARATION)).dissolution(d.get(DISSOLUTION)).affiliations(d.get(AFFILIATIONS))
          .assessments(d.get(ASSESSMENTS))
          .legacyOrigin(d.get(LEGACY)).recordedAsNone(d.get(NONE)).build());

  private RecordCodecs() {}
}
