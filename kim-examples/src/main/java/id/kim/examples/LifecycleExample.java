package id.kim.examples;

import static id.kim.examples.Gumbrih.DINAS;
import static id.kim.examples.Gumbrih.OFFICER;

import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Decision;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Categorise;
import id.kim.rules.lifecycle.ClearReview;
import id.kim.rules.lifecycle.Designate;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.Lifecycle;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.OpenReview;
import id.kim.rules.lifecycle.ProvenTrigger;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Terminate;
import id.kim.rules.lifecycle.Transition;
import id.kim.rules.mapping.entry.AdmittedKim;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerDetector;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * A partnership through its lifecycle: juknis II.B.6 "Peninjauan atau Penghentian Kemitraan dengan KIM"
 * (TERM-1..7, TERM-PROC-1/2), steps T1–T9 of RULES.md §3. KIM Gumbrih becomes a partner on an ELIGIBLE
 * decision; its SK expires on 30 April 2026, so on 1 May TERM-1 is indicated and the Dinas opens a review.
 *
 * <p>What the reader learns: a ground found in the data only opens a review (TERM-PROC-1);
 * {@link Lifecycle#apply} answers {@code Either<Rejection, Transition>} and refuses what the state does not
 * allow (a termination without review), saying why in id and en; states are values, so a review cleared (T7,
 * GAP-37) and one ending in termination on a proven ground (T6, TERM-PROC-2) branch from the same trail; the
 * {@link AuditTrail} records who did what, when, under which rules; {@link AuditTrail#replay()} derives the
 * same state from the entries alone.
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.LifecycleExample}
 */
public final class LifecycleExample {
  /** KIM Gumbrih: SK valid until 2026-04-30, qualifications assessed on 2026-01-25. */
  public static final KimRecord RECORD = Gumbrih.record(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 1, 25));
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
  private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);

  private LifecycleExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return the trail from candidate to partner (T1–T4), each event recorded on its own day */
  public static AuditTrail partner() {
    LocalDate feb10 = LocalDate.of(2026, 2, 10);
    PartnershipPeriod period = PartnershipPeriod.of(Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)),
        "Sosialisasi Program Desa Digital");
    Decision eligible = Eligibility.partnership(EligibilityFacts.of(RECORD, DINAS), feb10).get();
    LocalDate jan25 = LocalDate.of(2026, 1, 25);
    // T2 rests on the mapping entry: only a KIM admitted by MAP-ENTRY-1..4 enters the mapping (II.B.3)
    AdmittedKim admitted = MappingEntrants.admit(RECORD, DINAS, jan25)
        .getOrElseThrow(left -> new IllegalStateException(left.explain(Lang.EN)));
    AuditTrail trail = AuditTrail.start("KIM Gumbrih", DINAS, LocalDate.of(2026, 1, 5));
    for (LifecycleEvent e : List.of(Register.of(OFFICER, LocalDate.of(2026, 1, 10), Gumbrih.NUMBER),
        EnterMapping.of(OFFICER, jan25, admitted), Categorise.of(OFFICER, LocalDate.of(2026, 2, 1)),
        Designate.of(OFFICER, feb10, period, eligible))) {
      trail = trail.record(e, e.on()).getOrElseThrow(refused -> new IllegalStateException(refused.explain(Lang.EN)));
    }
    return trail;
  }

  /** @return what {@link #main} prints */
  public static String run() {
    AuditTrail partner = partner();
    Seq<Indication> found = TriggerDetector.standard().detect(RECORD, DINAS, MAY_1, OFFICER);
    StringBuilder out = new StringBuilder("Indikasi " + MAY_1 + ": ")
        .append(found.map(i -> i.ruleId().value() + " " + i.trigger().label(Lang.ID)).mkString(", ")).append('\n');
    Either<Rejection, Transition> refused = Lifecycle.standard().apply(partner.state().get(), terminate(), MAY_20);
    out.append("Ditolak: ").append(refused.getLeft().explain(Lang.ID)).append('\n');
    AuditTrail underReview = partner.record(OpenReview.of(OFFICER, MAY_1, found), MAY_1).get();
    ClearReview clear = ClearReview.of(OFFICER, MAY_20, "SK Kepala Desa diperpanjang sampai 2028-12-31");
    Transition cleared = Lifecycle.standard().apply(underReview.state().get(), clear, MAY_20).get();
    Transition terminated = Lifecycle.standard().apply(underReview.state().get(), terminate(), MAY_20).get();
    out.append(String.format("Cabang A: %s → %s%nCabang B: %s → %s%n", cleared.step().label(),
        cleared.after().status(), terminated.step().label(), terminated.after().status()));
    AuditTrail trail = underReview.append(terminated).get();
    trail.entries().forEach(e -> out.append(String.format("#%d %-3s %s %-13s %-26s %s%n", e.sequence(),
        e.step().label(), e.on(), e.status(), e.event().kind().label(Lang.ID), e.rules().mkString(", "))));
    LifecycleState replayed = trail.replay().get();
    return out.append("Replay: ").append(replayed.status()).append(replayed.equals(trail.state().get()) ? ", sama"
        : ", BEDA").append(" dengan status tercatat\n").toString();
  }

  private static Terminate terminate() {
    return Terminate.of(OFFICER, MAY_20, List.of(ProvenTrigger.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED,
        DocumentRef.of("arsip/2026/berita-acara-peninjauan.pdf"))));
  }
}
