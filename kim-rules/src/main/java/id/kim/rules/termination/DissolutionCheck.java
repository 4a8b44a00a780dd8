package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-7 "Membubarkan diri": the record holds a {@link id.kim.core.document.DissolutionNotice} in
 * effect on the as-of day (dissolved on or before it). A notice dated later is not yet in effect.
 */
final class DissolutionCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.SELF_DISSOLUTION;
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return Option.ofOptional(record.dissolution()).filter(n -> n.isEffectiveOn(asOf))
        .map(n -> new Hit(trigger(), TriggerSubject.KIM, "dissolved|" + n.dissolvedOn(),
            List.of(Evidence.of("dissolution.dissolvedOn", n.dissolvedOn()),
                Evidence.of("dissolution.document", n.document()))))
        .toList();
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    return message("TERM-7.indicated", record.dissolution().orElseThrow().dissolvedOn());
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    return Option.none();
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-7.clear", asOf);
  }
}
