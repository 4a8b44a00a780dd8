package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-2 "Berafiliasi dengan partai politik/Lembaga Swadaya Masyarakat (LSM)": a known affiliation
 * with a political party or an NGO, in force on the as-of day, held by a subject the
 * {@link TriggerPolicy} counts (default the KIM and its board members, RULES.md GAP-04/05). Whether an
 * NGO link really disqualifies an empowerment community (GAP-46) is for the review to judge: the SDK
 * flags, the Dinas decides. With no affiliation on record the ground is clear; the Dinas' own check
 * recorded as none ({@link KnownAbsence#AFFILIATIONS}) is shown as evidence.
 */
final class AffiliationCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.PARTY_OR_NGO_AFFILIATION;
  }

  @Override
  Option<KnownAbsence> checkedFact() {
    return Option.some(KnownAbsence.AFFILIATIONS);
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return List.ofAll(record.affiliations())
        .filter(a -> a.kind() != AffiliationKind.OTHER && a.isActiveOn(asOf))
        .filter(a -> policy.covers(trigger(), subjectOf(a)))
        .map(a -> new Hit(trigger(), subjectOf(a), key(a), evidence(a)));
  }

  private static TriggerSubject subjectOf(Affiliation a) {
    return switch (a.subject()) {
      case BOARD_MEMBER -> TriggerSubject.BOARD_MEMBER;
      case MEMBER -> TriggerSubject.MEMBER;
      default -> TriggerSubject.KIM;
    };
  }

  private static String key(Affiliation a) {
    return a.organisation() + "|" + a.kind() + "|" + a.subject() + "|" + a.person().map(p -> p.value()).orElse("");
  }

  private static Seq<Evidence> evidence(Affiliation a) {
    return List.of(Evidence.of("affiliation.organisation", a.organisation()),
        Evidence.of("affiliation.kind", a.kind().label()), Evidence.of("affiliation.subject", a.subject()),
        Evidence.of("affiliation.person", a.person()), Evidence.of("affiliation.since", a.since()));
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    return message("TERM-2.indicated", hits.size(), asOf);
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    return Option.none();
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-2.clear", asOf);
  }
}
