package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.document.VillageDecree;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-1 "Habis masa berlaku Surat Keputusan Kepala Desa/Lurah … atau pencabutan Surat Keputusan":
 * the decree has expired (its last valid day is before the as-of day) or has been revoked (on or
 * before the as-of day). A decree is still in force on its last valid day. Without a stated expiry a
 * decree never expires by itself (RULES.md GAP-09); without a decree in the data TERM-1 is unknown.
 */
final class DecreeCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.SK_EXPIRED_OR_REVOKED;
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return Option.ofOptional(record.decree())
        .filter(d -> d.isRevokedOn(asOf) || d.isExpiredOn(asOf))
        .map(d -> new Hit(trigger(), TriggerSubject.KIM, "decree|" + d.number() + "|"
            + (d.isRevokedOn(asOf) ? "revoked" : "expired"),
            List.of(Evidence.of("decree.number", d.number()), Evidence.of("decree.validUntil", d.validUntil()),
                Evidence.of("decree.revokedOn", d.revokedOn()))))
        .toList();
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    VillageDecree d = record.decree().orElseThrow();
    return d.isRevokedOn(asOf)
        ? message("TERM-1.revoked", d.number(), d.revokedOn().orElseThrow(), asOf)
        : message("TERM-1.expired", d.number(), d.validUntil().orElseThrow(), asOf);
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    return record.decree().isPresent() ? Option.none() : Option.some(message("TERM-1.unknown"));
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-1.clear", record.decree().orElseThrow().number(), asOf);
  }
}
