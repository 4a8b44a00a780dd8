package id.kim.rules.mapping.profiling;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.TargetAudience;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Checks one profile field by field (PROFILE-a..t) for mapping stage A.
 *
 * <ul>
 *   <li>e, f, g — address with RT/RW, kelurahan/desa and kecamatan: required (MAP-A-2); a seat recorded
 *       at kecamatan level fills g, not f (MAP-ENTRY-2).</li>
 *   <li>h — regency/city: required in a provincial Dinas' view, not applicable in a regency/city
 *       Dinas' view, where it is the Dinas' own (PROFILE-h, GAP-22).</li>
 *   <li>i — filled by the contact person's WhatsApp number; a fixed line alone is partial.</li>
 *   <li>k — partial unless both coverage (villages or words) and socio-economic status are given.</li>
 *   <li>o — derived from l (GAP-23); r — partners only: both not applicable.</li>
 *   <li>s, t — filled only by an observation made on or before the as-of date.</li>
 *   <li>c, l — also filled when recorded as none (tercatat tidak ada, {@link KnownAbsence}): the Dinas
 *       has recorded the field, and the answer is "none".</li>
 * </ul>
 */
public final class ProfileCompletenessCheck {
  private ProfileCompletenessCheck() {}

  /**
   * @param census a census
   * @param asOf the as-of date
   * @return the completeness of every profile of the census, in the census' order, in its Dinas' view
   */
  public static Seq<ProfileCompleteness> check(Census census, LocalDate asOf) {
    requireNonNull(census, "census");
    requireNonNull(asOf, "asOf");
    return census.entries().map(e -> check(e, census.dinas(), asOf));
  }

  /**
   * @param entry a census entry
   * @param dinas the Dinas whose view it is (its level decides field h)
   * @param asOf the as-of date
   * @return the completeness of the entry's profile
   */
  public static ProfileCompleteness check(CensusEntry entry, Dinas dinas, LocalDate asOf) {
    requireNonNull(entry, "entry");
    requireNonNull(dinas, "dinas");
    requireNonNull(asOf, "asOf");
    KimProfile p = entry.profile();
    SortedMap<ProfileField, FieldStatus> statuses = TreeMap.empty();
    for (ProfileField field : ProfileField.values()) {
      statuses = statuses.put(field, status(field, p, dinas.level(), asOf));
    }
    SortedMap<ProfileField, FieldStatus> all = statuses;
    Seq<Finding> findings = List.of(ProfileField.values())
        .filter(f -> all.get(f).contains(FieldStatus.MISSING) || all.get(f).contains(FieldStatus.PARTIAL))
        .map(f -> finding(entry.ref(), f, all.get(f).get(), asOf));
    return ProfileCompleteness.builder().kim(entry.ref()).asOf(asOf).statuses(statuses).findings(findings).build();
  }

  static FieldStatus status(ProfileField field, KimProfile p, DinasLevel view, LocalDate asOf) {
    return switch (field) {
      case A -> filled(!p.name().isBlank());
      case B -> filled(p.type().isPresent());
      case C ->
          filled(
              p.communityNumber().isPresent() || p.isRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER));
      case D -> filled(p.contactPerson().isPresent());
      case E -> filled(p.address().isPresent());
      case F -> filled(p.seat().isPresent());
      case G ->
          // a kecamatan-level seat (MAP-ENTRY-2) fills g but not f
          filled(p.seat().isPresent() || p.districtSeat().isPresent());
      case H ->
          view == DinasLevel.REGENCY_CITY
              ? FieldStatus.NOT_APPLICABLE
              : filled(p.seatRegencyCity().isPresent());
      case I ->
          p.whatsapp().isPresent()
              ? FieldStatus.FILLED
              : p.fixedLine().isPresent() ? FieldStatus.PARTIAL : FieldStatus.MISSING;
      case J -> filled(p.email().isPresent());
      case K ->
          p.targetAudience().map(ProfileCompletenessCheck::audience).orElse(FieldStatus.MISSING);
      case L -> filled(!p.media().isEmpty() || p.isRecordedAsNone(KnownAbsence.MEDIA));
      case M -> filled(!p.fieldsOfActivity().isEmpty());
      case N -> filled(!p.publicIssues().isEmpty());
      case P -> filled(p.frequency().isPresent());
      case Q -> filled(!p.contentTypes().isEmpty());
      case S -> filled(p.reach().stream().anyMatch(o -> !o.observedOn().isAfter(asOf)));
      case T -> filled(p.responses().stream().anyMatch(o -> !o.observedOn().isAfter(asOf)));
      default ->
          // O derived from L, R partners only
          FieldStatus.NOT_APPLICABLE;
    };
  }

  private static FieldStatus audience(TargetAudience a) {
    boolean coverage = !a.villages().isEmpty() || a.coverage().isPresent();
    boolean status = a.socioEconomicStatus().isPresent();
    return coverage && status ? FieldStatus.FILLED : FieldStatus.PARTIAL;
  }

  private static FieldStatus filled(boolean present) {
    return present ? FieldStatus.FILLED : FieldStatus.MISSING;
  }

  private static Finding finding(KimRef kim, ProfileField field, FieldStatus status, LocalDate asOf) {
    FieldRequirement req = field.requirement();
    String key = field.ruleId().value() + (status == FieldStatus.PARTIAL ? ".partial" : ".missing");
    return Finding.builder().ruleId(field.ruleId()).citation(field.citation())
        .outcome(Outcome.NOT_SATISFIED).severity(req.severity())
        .evidence(List.of(Evidence.of("kim", kim), Evidence.of("field", field.letter()),
            Evidence.of("status", status), Evidence.of("asOf", asOf)))
        .message(Message.of(Census.BUNDLE, key, field.letter(), field.label(Lang.ID)))
        .remedy(Option.of(Message.of(Census.BUNDLE, "profile.remedy." + req.name(), field.letter())))
        .build();
  }
}
