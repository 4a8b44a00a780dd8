package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;

/**
 * TERM-5 "Berpindah ke Kabupaten/Kota lain": the KIM's seat (PROFILE-f..h) lies in a regency/city
 * other than the Dinas' own. A move to another village or district of the same regency/city is not a
 * ground (RULES.md GAP-39): it only calls for an updated decree. A seat recorded without its
 * regency/city (field h, which a regency/city Dinas leaves empty, GAP-22) lies in the Dinas' own area.
 * A seat recorded above the village (a kecamatan or only a kabupaten/kota, MAP-ENTRY-2) is compared by
 * the kabupaten/kota it names, like a village seat: the ground is the move, whatever the level.
 *
 * <p>Where the seat carries a Kemendagri code ({@link KimProfile#seatRegencyCityCode()}: field h's, or
 * the kecamatan's or village's cut to the kabupaten/kota) and the Dinas' regency/city has one, the
 * codes decide ({@link KimProfile#isSeatedOutside}): the same code is the same regency however its
 * name is written ("Kab. Jembrana", "Jembrana"), a different code is a move however alike the names
 * look. Names decide otherwise, as before.
 */
final class RelocationCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.MOVED_TO_OTHER_REGENCY_CITY;
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    Option<RegencyCity> own = Option.ofOptional(dinas.regencyCity());
    KimProfile profile = record.profile();
    if (own.isEmpty() || !profile.isSeatedOutside(own.get())) {
      return List.empty();
    }
    Option<RegencyCity> seat = seatRegency(record);
    Option<RegionCode> seatCode = Option.ofOptional(profile.seatRegencyCityCode());
    Option<RegionCode> ownCode = Option.ofOptional(own.get().code()).filter(c -> seatCode.isDefined());
    Seq<Evidence> evidence = List.of(Evidence.of("seat.regencyCity", seatText(profile)),
        Evidence.of("seat.province", seat.map(s -> s.province().name()).getOrElse("-")),
        Evidence.of("dinas.regencyCity", own.get().fullName()));
    if (ownCode.isDefined()) {
      evidence = evidence.append(Evidence.of("seat.regencyCity.code", seatCode.get().toString()))
          .append(Evidence.of("dinas.regencyCity.code", ownCode.get().toString()));
    }
    // the key stays the recorded kabupaten/kota where there is one, so a code added later is no new move
    return List.of(new Hit(trigger(), TriggerSubject.KIM,
        "seat|" + seat.map(RegencyCity::toString).getOrElse(() -> seatCode.get().toString()), evidence));
  }

  /** @return the seat's kabupaten/kota as a message names it: its name, with its code when recorded */
  private static String seatText(KimProfile profile) {
    Optional<String> name = profile.seatRegencyCity().map(RegencyCity::fullName);
    Optional<String> code = profile.seatRegencyCityCode().map(RegionCode::toString);
    return name.map(n -> n + code.map(c -> " (" + c + ")").orElse("")).orElseGet(() -> code.orElse("-"));
  }

  private static Option<RegencyCity> seatRegency(KimRecord record) {
    return Option.ofOptional(record.profile().seatRegencyCity());
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    return message("TERM-5.indicated", seatText(record.profile()), dinas.regencyCity().orElseThrow().fullName());
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    return record.profile().seatLevel().isEmpty() || dinas.regencyCity().isEmpty()
        ? Option.some(message("TERM-5.unknown")) : Option.none();
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-5.clear", dinas.regencyCity().orElseThrow().fullName());
  }
}
