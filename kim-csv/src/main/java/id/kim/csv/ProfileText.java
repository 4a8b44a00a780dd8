package id.kim.csv;

import id.kim.core.community.Frequency;
import id.kim.core.community.KimProfile;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text of each Tabel 3.1 cell of a profile, in the syntax the cell readers accept, so that
 * writing and reading again gives the same values (see docs/csv.md for what the table cannot carry).
 */
final class ProfileText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
  private static final Map<ReachMetric, String> REACH = Map.of(ReachMetric.FOLLOWERS, "pengikut",
      ReachMetric.SUBSCRIBERS, "pelanggan", ReachMetric.GROUP_MEMBERS, "anggota", ReachMetric.VISITORS, "pengunjung",
      ReachMetric.MEETING_PARTICIPANTS, "peserta", ReachMetric.OTHER, "pendengar");
  private static final Map<ResponseMetric, String> RESPONSE = Map.of(ResponseMetric.LIKES, "suka",
      ResponseMetric.SHARES, "dibagikan", ResponseMetric.COMMENTS, "komentar",
      ResponseMetric.DISCUSSION_PARTICIPANTS, "peserta diskusi", ResponseMetric.OTHER, "tanggapan");

  private ProfileText() {}

  /**
   * @param column a column of the table
   * @param p the profile
   * @return the cell's text, empty when the profile has no value there
   */
  static String cell(Tabel31Column column, KimProfile p) {
    return switch (column) {
      case NAME -> p.name();
      case TYPE -> p.type().map(t -> t.label()).orElse("");
      case NUMBER -> p.communityNumber().map(n -> n.value()).orElseGet(() -> AbsenceCells.number(p));
      case CONTACT -> p.contactPerson().map(c -> c.name().value()).orElse("");
      case ADDRESS -> p.address().map(ProfileText::street).orElse("");
      case RT_RW -> p.address().flatMap(Address::rtRw).map(r -> r.rt() + "/" + r.rw()).orElse("");
      case VILLAGE -> p.seat().map(ProfileText::village).orElse(aboveVillage(p) ? AbsenceCells.MARKER : "");
      case DISTRICT -> p.seat().map(v -> v.district().name()).or(() -> p.districtSeat().map(d -> d.name()))
          .orElse(p.regencyCitySeat().isPresent() ? AbsenceCells.MARKER : "");
      case REGENCY_CITY -> regencyCity(p).map(RegencyCity::fullName).orElse("");
      case VILLAGE_CODE -> p.seat().flatMap(Village::code).map(RegionCode::toString).orElse("");
      case DISTRICT_CODE -> p.seat().map(Village::district).or(p::districtSeat).flatMap(District::code)
          .map(RegionCode::toString).orElse("");
      case REGENCY_CITY_CODE -> regencyCity(p).flatMap(RegencyCity::code).map(RegionCode::toString).orElse("");
      case PHONE -> p.fixedLine().map(n -> n.value()).orElse("");
      case WHATSAPP -> p.whatsapp().map(n -> n.value()).orElse("");
      case EMAIL -> p.email().map(e -> e.value()).orElse("");
      case AUDIENCE -> p.targetAudience().flatMap(a -> a.coverage()).orElse("");
      case SOCIO_ECONOMIC -> p.targetAudience().flatMap(a -> a.socioEconomicStatus()).orElse("");
      case AUDIENCE_VILLAGES -> items(column, p.targetAudience().map(a -> a.villages().stream()
          .map(v -> village(v) + " (" + v.district().name() + ")").toList()).orElse(List.of()));
      case MEDIA -> AbsenceCells.noMeans(p) ? AbsenceCells.MARKER
          : items(column, p.media().stream().map(ProfileText::medium).toList());
      case FIELDS -> items(column, p.fieldsOfActivity().stream().map(f -> f.indonesianName()).toList());
      case ISSUES -> items(column, p.publicIssues().stream().map(ProfileText::issue).toList());
      case FREQUENCY -> p.frequency().map(ProfileText::frequency).orElse("");
      case CONTENT -> p.contentTypes().stream().map(c -> c.label()).collect(Collectors.joining(", "));
      case PERIODS -> items(column, p.partnershipPeriods().stream().map(ProfileText::period).toList());
      case REACH -> items(column, p.reach().stream().map(ProfileText::reach).toList());
      case RESPONSES -> items(column, p.responses().stream().map(ProfileText::response).toList());
      case OBSERVED_ON -> observedOn(p).map(DAY::format).orElse("");
      case ROW_NUMBER, MEDIA_KIND -> "";
    };
  }

  /** @return the kabupaten/kota of the seat at any level, else the issuer of the Nomor Induk Komunitas (PROFILE-h) */
  static Optional<RegencyCity> regencyCity(KimProfile p) {
    return p.seatRegencyCity().or(() -> p.communityNumber().map(n -> n.issuedBy()));
  }

  /** @return true if the seat is recorded at kecamatan or kabupaten/kota level: the village cell says "Tidak ada" */
  private static boolean aboveVillage(KimProfile p) {
    return p.seat().isEmpty() && p.seatLevel().isPresent();
  }

  /**
   * @return the one day of the row's PROFILE-s/t figures ("Tanggal Pendataan")
   * @throws IllegalArgumentException if the figures were taken on different days: one row has one date
   */
  static Optional<LocalDate> observedOn(KimProfile p) {
    List<LocalDate> days = Stream.concat(p.reach().stream().map(ReachObservation::observedOn),
        p.responses().stream().map(ResponseObservation::observedOn)).distinct().toList();
    if (days.size() > 1) {
      throw new IllegalArgumentException("PROFILE-s/t: the figures of one row must share one \"Tanggal Pendataan\"; "
          + "this profile's were taken on " + days.size() + " different days");
    }
    return days.stream().findFirst();
  }

  private static String street(Address a) {
    return a.street() + a.number().map(n -> " No. " + n).orElse("");
  }

  private static String village(Village v) {
    String kind = v.kind() == VillageKind.OTHER_LOCAL_NAME ? v.localKindName().orElse("") : v.kind().label();
    return kind.isEmpty() ? v.name() : kind + " " + v.name();
  }

  private static String medium(KimMedium m) {
    return m.platform().label() + m.name().or(() -> m.url()).map(n -> " " + n).orElse("");
  }

  private static String issue(ProfileIssue i) {
    return i.title() + i.field().map(f -> " (" + f.indonesianName() + ")").orElse("");
  }

  private static String frequency(Frequency f) {
    return f.count() + " kali " + switch (f.period()) {
      case WEEKLY -> "seminggu";
      case MONTHLY -> "sebulan";
      case YEARLY -> "setahun";
    };
  }

  private static String period(PartnershipPeriod p) {
    return DAY.format(p.period().start()) + " s.d. " + DAY.format(p.period().end()) + ": " + p.programmeOrPolicy();
  }

  private static String reach(ReachObservation o) {
    return o.medium().platform().label() + " " + o.value() + " " + REACH.get(o.metric());
  }

  private static String response(ResponseObservation o) {
    return o.medium().platform().label() + " " + o.value() + " " + RESPONSE.get(o.metric());
  }

  /**
   * Joins the items of a multi-item cell with {@code "; "}; a single item with a comma gets a
   * trailing {@code ;} so that it is not split at its commas.
   *
   * @throws IllegalArgumentException if an item holds {@code ;}, {@code |} or a line break, which
   *     separate items
   */
  private static String items(Tabel31Column column, Collection<String> items) {
    for (String item : items) {
      if (item.chars().anyMatch(c -> CellText.isStrong((char) c))) {
        throw new IllegalArgumentException(column.ruleId().orElse("-") + " (" + column.label()
            + "): an item holds ';', '|' or a line break, which separate the items of this cell");
      }
    }
    String joined = String.join("; ", items);
    return items.size() == 1 && joined.indexOf(',') >= 0 ? joined + ";" : joined;
  }
}
