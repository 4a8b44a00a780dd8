package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-5 "Berpindah ke Kabupaten/Kota lain": the KIM's seat (PROFILE-f..h) lies in a regency/city
 * other than the Dinas' own. A move to another village or district of the same regency/city is not a
 * ground (RULES.md GAP-39): it only calls for an updated decree. A seat recorded without its
 * regency/city (field h, which a regency/city Dinas leaves empty, GAP-22) lies in the Dinas' own area.
 * A seat recorded above the village (a kecamatan or only a kabupaten/kota, MAP-ENTRY-2) is compared by
 * the kabupaten/kota it names, like a village seat: the ground is the move, whatever the level.
 */
final class RelocationCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.MOVED_TO_OTHER_REGENCY_CITY;
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    Option<RegencyCity> own = Option.ofOptional(dinas.regencyCity());
    return seatRegency(record)
        .filter(seat -> own.isDefined() && !seat.equals(own.get()))
        .map(seat -> new Hit(trigger(), TriggerSubject.KIM, "seat|" + seat,
            List.of(Evidence.of("seat.regencyCity", seat.fullName()), Evidence.of("seat.province", seat.province().name()),
                Evidence.of("dinas.regencyCity", own.get().fullName()))))
        .toList();
  }

  private static Option<RegencyCity> seatRegency(KimRecord record) {
    return Option.ofOptional(record.profile().seatRegencyCity());
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    return message("TERM-5.indicated", seatRegency(record).get().fullName(), dinas.regencyCity().orElseThrow().fullName());
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
