package id.kim.csv;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.SecretariatKind;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Export then import, and what a profile looks like once it has been through Tabel 3.1: the details
 * the table cannot carry (docs/csv.md, "What the table cannot carry") set as the reader sets them.
 */
final class RoundTrip {
  private RoundTrip() {}

  static byte[] write(List<KimProfile> profiles, Tabel31Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Tabel31Writer writer = Tabel31Writer.open(out, format)) {
      profiles.forEach(writer::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static List<Either<RowError, KimProfile>> read(byte[] csv, Tabel31Options options) {
    return Fixtures.rows(Fixtures.open(csv, options));
  }

  /** @return a provincial Dinas that reads the profile's kabupaten/kota from the file */
  static Dinas dinasFor(KimProfile p) {
    return ProfileText.regencyCity(p).map(rc -> Dinas.provincial("Dinas Kominfo Provinsi " + rc.province().name(),
        rc.province())).orElse(Fixtures.PROVINCIAL);
  }

  /** @return the profile as Tabel 3.1 carries it */
  static KimProfile asTableCarriesIt(KimProfile p) {
    Optional<RegencyCity> rc = ProfileText.regencyCity(p);
    List<KimMedium> media = p.media().stream()
        .map(m -> m.name().isPresent() ? KimMedium.of(m.platform(), m.name().get()) : m).collect(Collectors.toList());
    Optional<LocalDate> day = p.reach().stream().map(ReachObservation::observedOn).findFirst()
        .or(() -> p.responses().stream().map(ResponseObservation::observedOn).findFirst());
    return KimProfile.builder().from(p)
        .communityNumber(p.communityNumber().map(n -> CommunityNumber.of(n.value(), rc.orElseThrow())))
        .contactPerson(p.contactPerson().map(c -> ContactPerson.of(c.name(), ContactRole.CHAIR)))
        .address(p.address().map(a -> Address.builder().from(a).secretariat(SecretariatKind.OWN_SECRETARIAT).build()))
        .seat(p.seat().map(v -> rc.map(v::withRegencyCity).orElse(v)))
        .districtSeat(p.districtSeat().map(d -> rc.map(d::withRegencyCity).orElse(d)))
        .targetAudience(p.targetAudience().filter(a -> !a.villages().isEmpty() || a.coverage().isPresent()
            || a.socioEconomicStatus().isPresent()).map(a -> TargetAudience.builder().from(a)
            .villages(a.villages().stream().map(v -> v.withDistrict(district(v.district().name(), rc)))
            .collect(Collectors.toList())).build()))
        .media(media)
        .recordedAsNone(carriedAsNone(p))
        .reach(p.reach().stream()
            .map(o -> ReachObservation.of(medium(o.medium(), media), o.metric(), o.value(), day.get()))
            .collect(Collectors.toList()))
        .responses(p.responses().stream()
            .map(o -> ResponseObservation.of(medium(o.medium(), media), o.metric(), o.value(), day.get()))
            .collect(Collectors.toList()))
        .build();
  }

  /** @return the names of the attributes in which two profiles differ (no values: they may be personal data) */
  static List<String> differences(KimProfile a, KimProfile b) {
    Map<String, Function<KimProfile, Object>> parts = new LinkedHashMap<>();
    parts.put("name", KimProfile::name);
    parts.put("type", KimProfile::type);
    parts.put("communityNumber", KimProfile::communityNumber);
    parts.put("contactPerson", KimProfile::contactPerson);
    parts.put("address", KimProfile::address);
    parts.put("seat", KimProfile::seat);
    parts.put("districtSeat", KimProfile::districtSeat);
    parts.put("regencyCitySeat", KimProfile::regencyCitySeat);
    parts.put("fixedLine", KimProfile::fixedLine);
    parts.put("whatsapp", KimProfile::whatsapp);
    parts.put("email", KimProfile::email);
    parts.put("targetAudience", KimProfile::targetAudience);
    parts.put("media", KimProfile::media);
    parts.put("fieldsOfActivity", KimProfile::fieldsOfActivity);
    parts.put("publicIssues", KimProfile::publicIssues);
    parts.put("frequency", KimProfile::frequency);
    parts.put("contentTypes", KimProfile::contentTypes);
    parts.put("partnershipPeriods", KimProfile::partnershipPeriods);
    parts.put("reach", KimProfile::reach);
    parts.put("responses", KimProfile::responses);
    parts.put("recordedAsNone", KimProfile::recordedAsNone);
    return parts.entrySet().stream().filter(e -> !e.getValue().apply(a).equals(e.getValue().apply(b)))
        .map(Map.Entry::getKey).collect(Collectors.toList());
  }

  /**
   * The marker "Tidak ada" carries the number recorded as none, and in "Jenis Media" media and other
   * means together: one of them alone is not carried.
   */
  private static Set<KnownAbsence> carriedAsNone(KimProfile p) {
    Set<KnownAbsence> out = EnumSet.noneOf(KnownAbsence.class);
    if (p.isRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER)) {
      out.add(KnownAbsence.COMMUNITY_NUMBER);
    }
    if (p.isRecordedAsNone(KnownAbsence.MEDIA) && p.isRecordedAsNone(KnownAbsence.OTHER_DISSEMINATION_MEANS)) {
      out.add(KnownAbsence.MEDIA);
      out.add(KnownAbsence.OTHER_DISSEMINATION_MEANS);
    }
    return out;
  }

  /** The reader gives a village of "Cakupan Wilayah" the row's kabupaten/kota, if any. */
  private static District district(String name, Optional<RegencyCity> rc) {
    return rc.map(r -> District.of(name, r)).orElse(District.of(name));
  }

  /** The reader gives a figure the row's only medium of its platform, else the bare platform. */
  private static KimMedium medium(KimMedium counted, List<KimMedium> media) {
    List<KimMedium> same = media.stream().filter(m -> m.platform() == counted.platform()).collect(Collectors.toList());
    return same.size() == 1 ? same.get(0) : KimMedium.of(counted.platform());
  }

}
