package id.kim.csv;

import static id.kim.csv.Tabel31Column.*;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.media.KimMedium;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link KimProfile} from the cells of one row, reporting every unreadable cell. Column h
 * comes from the Dinas' own regency/city when the file has none (PROFILE-h, GAP-22).
 */
final class ProfileAssembler {
  private final Tabel31Options options;
  private final VillageKind unstatedVillageKind;
  private final ContactRole contactRole;
  private final RegionCodeCells regionCodes;

  ProfileAssembler(Tabel31Options options, Tabel31Header header) {
    this.options = options;
    this.unstatedVillageKind = unstatedVillageKind(options, header);
    this.regionCodes = new RegionCodeCells(options);
    String contact = Tabel31Column.normalise(header.header(CONTACT));
    this.contactRole = contact.startsWith("narahubung") || contact.equals("namanarahubung")
        ? ContactRole.CONTACT_PERSON : ContactRole.CHAIR;
  }

  /** @return the profile if every cell could be read (problems are left in {@code cells}) */
  Optional<KimProfile> assemble(RowCells cells) {
    Optional<String> name = cells.text(NAME);
    if (name.isEmpty()) {
      cells.problem(NAME, "csv.required");
    }
    RegionCodeCells.Codes codes = regionCodes.resolve(cells);
    Optional<RegencyCity> regencyCity = (cells.text(REGENCY_CITY).isPresent()
        ? cells.read(REGENCY_CITY, t -> RegionCells.regencyCity(t, options.dinas()))
        : options.dinas().regencyCity()).map(rc -> coded(rc, codes.regencyCity()));
    KimProfile.Builder b = KimProfile.builder().name(name.orElse("-"));
    b.type(cells.read(TYPE, ProfileCells::type));
    Set<KnownAbsence> none = EnumSet.noneOf(KnownAbsence.class);
    Optional<String> number = absence(cells, NUMBER, none, KnownAbsence.COMMUNITY_NUMBER);
    number.ifPresent(n -> regencyCity.ifPresentOrElse(
        rc -> b.communityNumber(CommunityNumber.of(n, rc)), () -> {
          if (cells.text(REGENCY_CITY).isEmpty()) {
            cells.problem(NUMBER, "csv.number.noIssuer", cells.header(REGENCY_CITY));
          }
        }));
    b.contactPerson(cells.read(CONTACT, t -> ContactPerson.of(PersonName.of(CellText.strip(t)), contactRole)));
    Optional<RtRw> rtRw = cells.read(RT_RW, RegionCells::rtRw);
    b.address(cells.read(ADDRESS, t -> RegionCells.address(t, rtRw)));
    if (rtRw.isPresent() && cells.text(ADDRESS).isEmpty()) {
      cells.problem(ADDRESS, "csv.address.needsStreet", cells.header(RT_RW));
    }
    SeatCells seat = seat(cells, regencyCity, codes);
    b.seat(seat.village()).districtSeat(seat.district()).regencyCitySeat(seat.regencyCity());
    b.fixedLine(cells.read(PHONE, PhoneNumber::of)).whatsapp(cells.read(WHATSAPP, PhoneNumber::of));
    b.email(cells.read(EMAIL, t -> EmailAddress.of(CellText.strip(t))));
    if (cells.text(AUDIENCE).isPresent() || cells.text(SOCIO_ECONOMIC).isPresent()
        || cells.text(AUDIENCE_VILLAGES).isPresent()) {
      b.targetAudience(TargetAudience.builder().coverage(cells.text(AUDIENCE).map(CellText::strip))
          .socioEconomicStatus(cells.text(SOCIO_ECONOMIC).map(CellText::strip))
          .villages(cells.read(AUDIENCE_VILLAGES, t -> audienceVillages(t, seat, regencyCity)).orElse(List.of()))
          .build());
    }
    List<KimMedium> media = absence(cells, MEDIA, none, KnownAbsence.MEDIA, KnownAbsence.OTHER_DISSEMINATION_MEANS)
        .map(t -> cells.read(MEDIA, MediaCells::media).orElse(List.of())).orElse(List.of());
    b.media(media);
    b.fieldsOfActivity(cells.read(FIELDS, ProfileCells::fields).orElse(List.of()));
    b.publicIssues(cells.read(ISSUES, ProfileCells::issues).orElse(List.of()));
    b.frequency(cells.read(FREQUENCY, ProfileCells::frequency));
    b.contentTypes(cells.read(CONTENT, ProfileCells::contentTypes).orElse(List.of()));
    b.partnershipPeriods(cells.read(PERIODS, ProfileCells::periods).orElse(List.of()));
    Optional<LocalDate> observedOn = cells.read(OBSERVED_ON, DateCells::parse).or(options::observedOn);
    if (observedOn.isEmpty() && (cells.text(REACH).isPresent() || cells.text(RESPONSES).isPresent())) {
      cells.problem(cells.text(REACH).isPresent() ? REACH : RESPONSES, "csv.figure.noDate");
    } else {
      observedOn.ifPresent(on -> {
        b.reach(cells.read(REACH, t -> MediaCells.reach(t, media, on)).orElse(List.of()));
        b.responses(cells.read(RESPONSES, t -> MediaCells.responses(t, media, on)).orElse(List.of()));
      });
    }
    b.recordedAsNone(none);
    return cells.problems().isEmpty() ? Optional.of(b.build()) : Optional.empty();
  }

  /**
   * Reads the marker "Tidak ada" of a cell (docs/csv.md): the whole cell → the facts are recorded as
   * none and the cell holds no value; beside other items → a problem on the cell.
   *
   * @return the cell's text when it holds a value to read, else empty
   */
  private static Optional<String> absence(RowCells cells, Tabel31Column column, Set<KnownAbsence> none,
      KnownAbsence... facts) {
    Optional<String> text = cells.text(column);
    if (text.isPresent() && AbsenceCells.isMarker(text.get())) {
      none.addAll(List.of(facts));
      return Optional.empty();
    }
    if (text.isPresent() && AbsenceCells.mixesMarker(text.get())) {
      cells.problem(column, "csv.absence.mixed", AbsenceCells.MARKER);
      return Optional.empty();
    }
    return text;
  }

  /** Villages reached: "Desa X (Kecamatan Y)"; without a kecamatan, the seat's (PROPOSED, QUAL-4). */
  private List<Village> audienceVillages(String cell, SeatCells seat, Optional<RegencyCity> regencyCity) {
    List<Village> out = new ArrayList<>();
    for (String item : CellText.items(cell)) {
      Optional<String[]> parts = CellText.bracketed(item);
      District district;
      String village = item;
      if (parts.isPresent()) {
        village = parts.get()[0];
        district = district(parts.get()[1], regencyCity);
      } else {
        district = seat.village().map(Village::district).or(seat::district)
            .orElseThrow(() -> new CellFormatException("csv.audienceVillage.district"));
      }
      out.add(RegionCells.village(village, unstatedVillageKind, district));
    }
    return out;
  }

  /**
   * Fields f, g, h as the seat, at the level the row records it (MAP-ENTRY-2): a kelurahan/desa with
   * its kecamatan → the village; Kelurahan/Desa empty or "Tidak ada" and a kecamatan → a seat at
   * kecamatan level; Kelurahan/Desa empty or "Tidak ada" and Kecamatan "Tidak ada" → a seat at
   * kabupaten/kota level (the row's, else the Dinas' own); all empty → no seat recorded. A lone
   * Kabupaten/Kota is not a seat: it is also the issuer of the Nomor Induk and the provincial view's
   * field h, so it says nothing of the level.
   */
  private SeatCells seat(RowCells cells, Optional<RegencyCity> regencyCity, RegionCodeCells.Codes codes) {
    Optional<String> village = cells.text(VILLAGE);
    Optional<String> district = cells.text(DISTRICT);
    boolean noVillage = village.map(RegionCells::isNone).orElse(true);
    boolean noDistrict = district.map(RegionCells::isNone).orElse(false);
    if (!noVillage) {
      if (district.isEmpty() || noDistrict) {
        cells.problem(DISTRICT, "csv.required.with", cells.header(VILLAGE));
        return SeatCells.NONE;
      }
      District seatDistrict = coded(district(district.get(), regencyCity), codes.district());
      // a village written without "Desa"/"Kelurahan" takes the kind its code gives (1xxx kelurahan, 2xxx desa)
      VillageKind unstated = codes.village().flatMap(RegionCode::villageKind).orElse(unstatedVillageKind);
      Village seatVillage = RegionCells.village(village.get(), unstated, seatDistrict);
      return new SeatCells(Optional.of(codes.village().map(seatVillage::withCode).orElse(seatVillage)),
          Optional.empty(), Optional.empty());
    }
    if (district.isPresent() && !noDistrict) {
      District seatDistrict = coded(district(district.get(), regencyCity), codes.district());
      return new SeatCells(Optional.empty(), Optional.of(seatDistrict), Optional.empty());
    }
    if (noDistrict) {
      if (regencyCity.isEmpty() && cells.text(REGENCY_CITY).isEmpty()) {
        cells.problem(REGENCY_CITY, "csv.seat.regencyCityNeeded", cells.header(DISTRICT));
      }
      return new SeatCells(Optional.empty(), Optional.empty(), regencyCity);
    }
    if (village.isPresent()) {
      cells.problem(DISTRICT, "csv.seat.levelUnstated", cells.header(VILLAGE));
    }
    return SeatCells.NONE;
  }

  /** The seat read from fields f, g, h: at most one level is present. */
  private record SeatCells(Optional<Village> village, Optional<District> district, Optional<RegencyCity> regencyCity) {
    static final SeatCells NONE = new SeatCells(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A kecamatan as written ("Kec. Cibening"), in the row's kabupaten/kota if known (PROFILE-g, PROFILE-h). */
  private static District district(String written, Optional<RegencyCity> regencyCity) {
    String name = RegionCells.districtName(written);
    return regencyCity.map(rc -> District.of(name, rc)).orElseGet(() -> District.of(name));
  }

  private static District coded(District district, Optional<RegionCode> code) {
    return code.map(district::withCode).orElse(district);
  }

  /**
   * @return the kabupaten/kota with its code, and its province with the code's first two digits when the
   *     Dinas recorded none (the province is the Dinas' own; REGION-CODE-3 checked they agree)
   */
  private static RegencyCity coded(RegencyCity regencyCity, Optional<RegionCode> code) {
    if (code.isEmpty()) {
      return regencyCity;
    }
    Province province = regencyCity.province();
    if (province.code().isEmpty()) {
      province = province.withCode(code.get().truncatedTo(RegionLevel.PROVINCE));
      regencyCity = RegencyCity.of(regencyCity.name(), regencyCity.kind(), province);
    }
    return regencyCity.withCode(code.get());
  }

  private static VillageKind unstatedVillageKind(Tabel31Options options, Tabel31Header header) {
    String h = Tabel31Column.normalise(header.header(VILLAGE));
    if (h.equals("kelurahan")) {
      return VillageKind.KELURAHAN;
    } else if (h.equals("desa")) {
      return VillageKind.DESA;
    } else if (h.equals("kampung")) {
      return VillageKind.KAMPUNG;
    }
    return options.villageKindWhenUnstated().orElseGet(() -> options.dinas().regencyCity()
        .map(rc -> rc.kind() == RegencyCityKind.KOTA ? VillageKind.KELURAHAN : VillageKind.DESA)
        .orElse(VillageKind.DESA));
  }
}
