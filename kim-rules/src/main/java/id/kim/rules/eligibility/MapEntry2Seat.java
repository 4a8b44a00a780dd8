package id.kim.rules.eligibility;

import id.kim.core.community.KimProfile;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.SeatLevel;
import id.kim.core.region.Village;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * MAP-ENTRY-2 — seated in a kelurahan/desa/kampung (berkedudukan di Kelurahan/Desa/Kampung, juknis
 * II.B.3 b): the profile records the village where the KIM is seated (PROFILE-f, -g).
 *
 * <p>The seat must also lie in the deciding Dinas' regency/city, because the mapping a community
 * must enter is the one "dilakukan oleh Dinas Kominfo tingkat Kabupaten/Kota" (MAP-RULE-a) over the
 * KIM "di wilayah kabupaten/kota sesuai dengan kewenangan Dinas" (MAP-A-1). A seat recorded without
 * its regency/city (Tabel 3.1 field h is left out by a regency/city Dinas, RULES.md GAP-22) is taken
 * to be in the Dinas' own area.
 *
 * <p>Outcomes, in this order: no seat at any level → UNKNOWN ({@code noSeat}); a seat, at any level,
 * in another regency/city → NOT_SATISFIED ({@code outsideArea}); a seat recorded at kecamatan or
 * kabupaten/kota level ({@link KimProfile#districtSeat()}, {@link KimProfile#regencyCitySeat()}) →
 * NOT_SATISFIED ({@code districtSeat}, {@code regencyCitySeat}): the Dinas knows where the group sits,
 * and it is not a village — a kecamatan forum of KIM, say, is not a KIM under II.B.3 b; a village seat
 * in the area → SATISFIED. A seat below the village (dusun, RW, RT) is recorded as its village.
 */
final class MapEntry2Seat extends EligibilityRule {
  static final RuleId ID = RuleId.of("MAP-ENTRY-2");
  static final Citation CITATION =
      Citation.of("II.B.3", "b. Berkedudukan di Kelurahan /Desa/Kampung atau yang disebut dengan nama lain");

  private static final FindingKey SATISFIED = Keys.plain("MAP-ENTRY-2.satisfied");
  private static final FindingKey OUTSIDE_AREA = Keys.failing("MAP-ENTRY-2.outsideArea");
  private static final FindingKey NO_SEAT = Keys.failing("MAP-ENTRY-2.noSeat");
  private static final FindingKey DISTRICT_SEAT = Keys.failing("MAP-ENTRY-2.districtSeat");
  private static final FindingKey REGENCY_CITY_SEAT = Keys.failing("MAP-ENTRY-2.regencyCitySeat");

  MapEntry2Seat() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    KimProfile profile = facts.profile();
    Optional<Village> seat = profile.seat();
    if (seat.isEmpty()) {
      return profile.seatLevel().map(level -> aboveVillage(facts, level))
          .orElseGet(() -> unknown(NO_SEAT, Array.of(Evidence.of("seat", "-"))));
    }
    Village village = seat.get();
    RegencyCity area = facts.area();
    Seq<Evidence> evidence = withCodes(Array.of(
        Evidence.of("seat", village),
        Evidence.of("seat.kind", village.kind().name()),
        Evidence.of("seat.regencyCity", village.regencyCity().map(RegencyCity::fullName)),
        Evidence.of("dinas.area", area.fullName())), profile, area);
    if (profile.isSeatedOutside(area)) {
      return notSatisfied(OUTSIDE_AREA, evidence, village, facts.dinas().name(), seatRegencyCity(profile));
    }
    return satisfied(SATISFIED, evidence, village);
  }

  /** A seat recorded at kecamatan or kabupaten/kota level: outside the area, else not a village. */
  private Finding aboveVillage(EligibilityFacts facts, SeatLevel level) {
    KimProfile profile = facts.profile();
    Object region = level == SeatLevel.DISTRICT ? profile.districtSeat().get() : profile.regencyCitySeat().get();
    Optional<RegencyCity> recorded = profile.seatRegencyCity();
    RegencyCity area = facts.area();
    Seq<Evidence> evidence = withCodes(Array.of(
        Evidence.of("seat.level", level.name()),
        Evidence.of("seat", region),
        Evidence.of("seat.regencyCity", recorded.map(RegencyCity::fullName)),
        Evidence.of("dinas.area", area.fullName())), profile, area);
    if (profile.isSeatedOutside(area)) {
      return notSatisfied(OUTSIDE_AREA, evidence, region, facts.dinas().name(), seatRegencyCity(profile));
    }
    return notSatisfied(level == SeatLevel.DISTRICT ? DISTRICT_SEAT : REGENCY_CITY_SEAT, evidence, region);
  }

  /** The codes compared, when recorded: evidence appears only where a code was used. */
  private static Seq<Evidence> withCodes(Seq<Evidence> evidence, KimProfile profile, RegencyCity area) {
    Optional<RegionCode> seat = profile.seatRegencyCityCode();
    Optional<RegionCode> own = area.code();
    if (seat.isEmpty() || own.isEmpty()) {
      return evidence;
    }
    return evidence.append(Evidence.of("seat.regencyCity.code", seat.get().toString()))
        .append(Evidence.of("dinas.area.code", own.get().toString()));
  }

  /** @return the seat's kabupaten/kota as the message names it: its name, with its code when recorded */
  private static String seatRegencyCity(KimProfile profile) {
    Optional<String> name = profile.seatRegencyCity().map(RegencyCity::fullName);
    Optional<String> code = profile.seatRegencyCityCode().map(RegionCode::toString);
    return name.map(n -> n + code.map(c -> " (" + c + ")").orElse("")).orElseGet(() -> code.orElse("-"));
  }
}
