package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import id.kim.core.region.RegencyCity;
import id.kim.rules.fixtures.Kims;
import id.kim.testkit.Draw;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.Sampler;
import id.kim.testkit.TimeSamplers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Facts for the termination laws. The records are kim-testkit's (decrees that expire or are revoked,
 * board members and members who are or become ASN, affiliations of every kind, reputation-decline
 * assessments, seats anywhere in Indonesia, dissolutions); the shaping is the detectors' own: the
 * Dinas of the partnership is the one of the KIM's regency/city or Jembrana's (so the seat lies in
 * and out of its area, TERM-5), and the as-of day lies next to one of the record's own dates — two
 * days before to two days after — so that every edge of every ground is met.
 */
final class TerminationCases {
  private TerminationCases() {}

  /** A record, the Dinas of the partnership and the day of the scan. */
  record Case(KimRecord record, Dinas dinas, LocalDate asOf) {}

  static Gen<Case> cases() {
    Sampler<Case> cases = d -> caseOf(RecordSamplers.record().sample(d), d);
    return cases.gen();
  }

  private static Case caseOf(KimRecord r, Draw d) {
    Optional<RegencyCity> area = r.profile().seat().flatMap(v -> v.regencyCity())
        .or(() -> r.profile().communityNumber().map(n -> n.issuedBy()));
    Dinas dinas = area.filter(a -> d.chance(50)).map(a -> Dinas.regencyCity("Dinas Kominfo " + a.fullName(), a))
        .orElse(Kims.DINAS);
    return new Case(r, dinas, nearAnEdge(r, d));
  }

  /** @return a day next to one of the record's dates, now and then any day of kim-testkit's window */
  private static LocalDate nearAnEdge(KimRecord r, Draw d) {
    List<LocalDate> edges = edges(r);
    if (edges.isEmpty() || d.chance(10)) {
      return TimeSamplers.date().sample(d);
    }
    return d.pick(edges).plusDays(d.between(-2, 2));
  }

  private static List<LocalDate> edges(KimRecord r) {
    List<LocalDate> out = new ArrayList<>();
    r.decree().ifPresent(x -> {
      out.add(x.issuedOn());
      x.validUntil().ifPresent(out::add);
      x.revokedOn().ifPresent(out::add);
    });
    r.board().ifPresent(b ->
        b.members().stream().map(BoardMember::civilServantSince).flatMap(Optional::stream).forEach(out::add));
    r.members().stream().map(Member::civilServantSince).flatMap(Optional::stream).forEach(out::add);
    r.affiliations().forEach(a -> {
      a.since().ifPresent(out::add);
      a.until().ifPresent(out::add);
    });
    r.assessments().forEach(a -> {
      out.add(a.assessedOn());
      a.validUntil().ifPresent(out::add);
    });
    r.dissolution().ifPresent(n -> out.add(n.dissolvedOn()));
    r.profile().partnershipPeriods().forEach(p -> out.add(p.period().start()));
    return out;
  }
}
