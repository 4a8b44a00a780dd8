package id.kim.json.rules;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimRef;
import id.kim.core.contact.PersonName;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.json.Codec;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.ContactCodecs;
import id.kim.json.core.ProfileCodecs;
import id.kim.json.core.RegionCodecs;
import id.kim.rules.mapping.issue.ActorRole;
import id.kim.rules.mapping.issue.IssueActor;
import id.kim.rules.mapping.issue.IssueDossier;
import id.kim.rules.mapping.issue.IssueDuration;
import id.kim.rules.mapping.issue.IssueSource;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.issue.UnderstandingLevel;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * JSON of a row of Tabel 3.2 — a {@link PublicIssue} with its sources (ISSUE-SRC-1..5, X), the
 * Dinas' priority and crisis flags (ISSUE-CLASS, GAP-19), its area, the KIM named in column "Nama
 * KIM", and its {@link IssueDossier} of the six aspects (ISSUE-ASPECT-1..6).
 */
public final class IssueCodecs {
  private static final Field<IssueActor, Optional<PersonName>> A_PERSON = Field.optional("person", IssueActor::person,
      ContactCodecs.PERSON_NAME);
  private static final Field<IssueActor, Optional<String>> A_ORG = Field.optional("organisation",
      IssueActor::organisation, Scalars.TEXT);
  private static final Field<IssueActor, ActorRole> A_ROLE = Field.required("role", IssueActor::role,
      Scalars.code(ActorRole.class));
  private static final Field<IssueActor, Optional<String>> A_CAPACITY = Field.optional("capacity", IssueActor::capacity,
      Scalars.TEXT);
  private static final Field<IssueActor, Boolean> A_INVOLVE = Field.defaulted("toBeInvolved", IssueActor::toBeInvolved,
      Scalars.BOOLEAN, false);
  /** Who is involved in an issue (ISSUE-ASPECT-2): exactly one of a person and an organisation. */
  public static final Codec<IssueActor> ACTOR = ObjectCodec.of("IssueActor",
      List.of(A_PERSON, A_ORG, A_ROLE, A_CAPACITY, A_INVOLVE),
      IssueCodecs::actor);

  private static final Field<IssueDuration, LocalDate> U_EMERGED = Field.required("emergedOn", IssueDuration::emergedOn,
      Scalars.DATE);
  private static final Field<IssueDuration, Optional<LocalDate>> U_EXPOSED = Field.optional("exposedOn",
      IssueDuration::exposedOn, Scalars.DATE);
  private static final Field<IssueDuration, Optional<LocalDate>> U_FADE =
      Field.optional("expectedFadeOn", IssueDuration::expectedFadeOn, Scalars.DATE);
  /** The duration of an issue (ISSUE-ASPECT-5): "muncul, terekspose, berpotensi untuk menghilang". */
  public static final Codec<IssueDuration> DURATION = ObjectCodec.of("IssueDuration",
      List.of(U_EMERGED, U_EXPOSED, U_FADE),
      d -> IssueDuration.of(d.get(U_EMERGED)).withExposedOn(d.get(U_EXPOSED)).withExpectedFadeOn(d.get(U_FADE)));

  private static final Field<IssueDossier, Optional<String>> D_BACKGROUND = Field.optional("background",
      IssueDossier::background, Scalars.TEXT);
  private static final Field<IssueDossier, List<IssueActor>> D_ACTORS = Field.array("actors", IssueDossier::actors,
      ACTOR);
  private static final Field<IssueDossier, Optional<String>> D_IN = Field.optional("scopeIncluded",
      IssueDossier::scopeIncluded, Scalars.TEXT);
  private static final Field<IssueDossier, Optional<String>> D_OUT = Field.optional("scopeExcluded",
      IssueDossier::scopeExcluded, Scalars.TEXT);
  private static final Field<IssueDossier, List<String>> D_ADMIN = Field.array("administration",
      IssueDossier::administration, Scalars.TEXT);
  private static final Field<IssueDossier, Optional<IssueDuration>> D_DURATION = Field.optional("duration",
      IssueDossier::duration, DURATION);
  private static final Field<IssueDossier, Optional<UnderstandingLevel>> D_UNDERSTANDING =
      Field.optional("understanding", IssueDossier::understanding, Scalars.code(UnderstandingLevel.class));
  /** The six aspects of issue management (ISSUE-ASPECT-1..6), each optional. */
  public static final Codec<IssueDossier> DOSSIER = ObjectCodec.of("IssueDossier",
      List.of(D_BACKGROUND, D_ACTORS, D_IN, D_OUT, D_ADMIN, D_DURATION, D_UNDERSTANDING),
      d -> IssueDossier.builder().background(d.get(D_BACKGROUND)).actors(d.get(D_ACTORS)).scopeIncluded(d.get(D_IN))
          .scopeExcluded(d.get(D_OUT)).administration(d.get(D_ADMIN)).duration(d.get(D_DURATION))
          .understanding(d.get(D_UNDERSTANDING))
          .build());

  private static final Field<PublicIssue, String> I_TITLE = Field.required("title", PublicIssue::title, Scalars.TEXT);
  private static final Field<PublicIssue, GovernmentAffair> I_FIELD =
      Field.required("field", PublicIssue::field, Scalars.code(GovernmentAffair.class));
  private static final Field<PublicIssue, List<IssueSource>> I_SOURCES = Field.array("sources", PublicIssue::sources,
      Scalars.code(IssueSource.class));
  private static final Field<PublicIssue, List<String>> I_OTHER = Field.array("otherSources", PublicIssue::otherSources,
      Scalars.TEXT);
  private static final Field<PublicIssue, Boolean> I_PRIORITY = Field.defaulted("priority", PublicIssue::priority,
      Scalars.BOOLEAN, false);
  private static final Field<PublicIssue, Boolean> I_CRISIS =
      Field.defaulted("crisisIndicated", PublicIssue::crisisIndicated, Scalars.BOOLEAN, false);
  private static final Field<PublicIssue, IssueDossier> I_DOSSIER =
      Field.defaulted("dossier", PublicIssue::dossier, DOSSIER, IssueDossier.empty());
  private static final Field<PublicIssue, List<Village>> I_VILLAGES = Field.array("villages", PublicIssue::villages,
      RegionCodecs.VILLAGE);
  private static final Field<PublicIssue, List<District>> I_DISTRICTS = Field.array("districts", PublicIssue::districts,
      RegionCodecs.DISTRICT);
  private static final Field<PublicIssue, Optional<String>> I_AUDIENCE = Field.optional("audience",
      PublicIssue::audience, Scalars.TEXT);
  private static final Field<PublicIssue, List<KimRef>> I_KIMS = Field.array("recordedKims", PublicIssue::recordedKims,
      ProfileCodecs.KIM_REF);
  /** One row of Tabel 3.2. */
  public static final Codec<PublicIssue> ISSUE = ObjectCodec.of("PublicIssue",
      List.of(I_TITLE, I_FIELD, I_SOURCES, I_OTHER, I_PRIORITY, I_CRISIS, I_DOSSIER, I_VILLAGES, I_DISTRICTS,
          I_AUDIENCE, I_KIMS),
      d -> PublicIssue.builder().title(d.get(I_TITLE)).field(d.get(I_FIELD)).sources(d.get(I_SOURCES))
          .otherSources(d.get(I_OTHER))
          .priority(d.get(I_PRIORITY)).crisisIndicated(d.get(I_CRISIS)).dossier(d.get(I_DOSSIER))
          .villages(d.get(I_VILLAGES))
          .districts(d.get(I_DISTRICTS)).audience(d.get(I_AUDIENCE)).recordedKims(new LinkedHashSet<>(d.get(I_KIMS)))
          .build());

  private IssueCodecs() {}

  private static IssueActor actor(Decoded d) {
    Optional<PersonName> person = d.get(A_PERSON);
    Optional<String> organisation = d.get(A_ORG);
    if (person.isPresent() == organisation.isPresent()) {
      throw DecodeFailure.of(d.path(A_PERSON), JsonProblem.Kind.INVALID_VALUE, "json.issueActor.oneOf");
    }
    IssueActor actor = person.map(p -> IssueActor.person(p, d.get(A_ROLE)))
        .orElseGet(() -> IssueActor.organisation(organisation.get(), d.get(A_ROLE)));
    return actor.withCapacity(d.get(A_CAPACITY)).withToBeInvolved(d.get(A_INVOLVE));
  }
}
