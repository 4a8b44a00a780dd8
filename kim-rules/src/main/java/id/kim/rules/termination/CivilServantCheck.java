package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.contact.PersonName;
import id.kim.core.organisation.Member;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-3 "Pengurus dan/atau anggota menjadi Aparatur Sipil Negara (ASN)", for the people the
 * {@link id.kim.core.organisation.CivilServantScope} of the {@link TriggerPolicy} counts (default board and members,
 * RULES.md GAP-03).
 *
 * <p>In one version of a record the SDK cannot see a person <em>become</em> ASN, only <em>be</em> one.
 * It therefore flags (PROPOSED):
 * <ul>
 *   <li>every board member who is ASN on the as-of day — either they became one, or the signed
 *       declaration of PARTNER-ADMIN-1 was contradicted, which also calls for a review;</li>
 *   <li>every member who is ASN on the as-of day, unless their ASN status is known to predate the
 *       partnership (it began before the first day of the earliest partnership period, PROFILE-r):
 *       members are not checked at entry, so being ASN then is allowed.</li>
 * </ul>
 * Between two versions of a record ({@link #changeHits}) it flags every counted person who is ASN on
 * the as-of day in the later version but was not in the earlier one — "a new ASN status".
 *
 * <p>With neither board nor members on record it is unknown — unless the Dinas recorded, after its own
 * check, that no board member or member is ASN ({@link KnownAbsence#CIVIL_SERVANTS}): then it is clear.
 */
final class CivilServantCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.BECAME_CIVIL_SERVANT;
  }

  @Override
  Option<KnownAbsence> checkedFact() {
    return Option.some(KnownAbsence.CIVIL_SERVANTS);
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    Option<LocalDate> partnershipStart = List.ofAll(record.profile().partnershipPeriods())
        .map(p -> p.period().start()).min();
    Seq<Hit> members = List.ofAll(record.members())
        .filter(m -> m.isCivilServantOn(asOf))
        .filter(m -> partnershipStart.forAll(start -> !m.civilServantSince().orElseThrow().isBefore(start)))
        .map(m -> member(m, partnershipStart));
    return board(record, asOf, partnershipStart).appendAll(members)
        .filter(h -> policy.covers(trigger(), h.subject));
  }

  @Override
  Seq<Hit> changeHits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    Seq<Hit> members = List.ofAll(record.members()).filter(m -> m.isCivilServantOn(asOf))
        .map(m -> member(m, Option.none()));
    return board(record, asOf, Option.none()).appendAll(members).filter(h -> policy.covers(trigger(), h.subject));
  }

  private Seq<Hit> board(KimRecord record, LocalDate asOf, Option<LocalDate> partnershipStart) {
    return List.ofAll(record.board().map(b -> b.members()).orElse(java.util.List.of()))
        .filter(b -> b.isCivilServantOn(asOf))
        .map(b -> hit(TriggerSubject.BOARD_MEMBER, b.name(), b.role().label(), b.civilServantSince().orElseThrow(),
            partnershipStart));
  }

  private Hit member(Member m, Option<LocalDate> partnershipStart) {
    return hit(TriggerSubject.MEMBER, m.name(), "Anggota", m.civilServantSince().orElseThrow(), partnershipStart);
  }

  private Hit hit(TriggerSubject subject, PersonName name, String role, LocalDate since, Option<LocalDate> start) {
    Seq<Evidence> evidence = List.of(Evidence.of("person", name), Evidence.of("person.role", role),
        Evidence.of("person.civilServantSince", since));
    return new Hit(trigger(), subject, subject + "|" + name.value(),
        start.isDefined() ? evidence.append(Evidence.of("partnership.start", start.get())) : evidence);
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    return message("TERM-3.indicated", hits.size(), asOf);
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    boolean noPeople = record.board().isEmpty() && record.members().isEmpty();
    return noPeople && !record.isRecordedAsNone(KnownAbsence.CIVIL_SERVANTS) ? Option.some(message("TERM-3.unknown"))
        : Option.none();
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-3.clear", asOf, policy.asn());
  }
}
