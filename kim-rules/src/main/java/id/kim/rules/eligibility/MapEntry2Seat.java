package id.kim.rules.eligibility;

import id.kim.core.region.RegencyCity;
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
 */
final class MapEntry2Seat extends EligibilityRule {
  static final RuleId ID = RuleId.of("MAP-ENTRY-2");
  static final Citation CITATION =
      Citation.of("II.B.3", "b. Berkedudukan di Kelurahan /Desa/Kampung atau yang disebut dengan nama lain");

  private static final FindingKey SATISFIED = Keys.plain("MAP-ENTRY-2.satisfied");
  private static final FindingKey OUTSIDE_AREA = Keys.failing("MAP-ENTRY-2.outsideArea");
  private static final FindingKey NO_SEAT = Keys.failing("MAP-ENTRY-2.noSeat");

  MapEntry2Seat() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<Village> seat = facts.profile().seat();
    if (seat.isEmpty()) {
      return unknown(NO_SEAT, Array.of(Evidence.of("seat", "-")));
    }
    Village village = seat.get();
    RegencyCity area = facts.area();
    Seq<Evidence> evidence = Array.of(
        Evidence.of("seat", village),
        Evidence.of("seat.kind", village.kind().name()),
        Evidence.of("seat.regencyCity", village.regencyCity().map(RegencyCity::fullName)),
        Evidence.of("dinas.area", area.fullName()));
    if (village.regencyCity().map(r -> !r.equals(area)).orElse(false)) {
      return notSatisfied(OUTSIDE_AREA, evidence, village, facts.dinas().name(),
          village.regencyCity().get().fullName());
    }
    return satisfied(SATISFIED, evidence, village);
  }
}
