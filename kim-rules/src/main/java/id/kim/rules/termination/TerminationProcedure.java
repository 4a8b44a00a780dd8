package id.kim.rules.termination;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * The two steps of juknis II.B.6 that turn a ground into a decision: an <em>indicated</em> ground
 * opens a review (peninjauan, TERM-PROC-1), a <em>proven</em> ground leads to termination
 * (penghentian, TERM-PROC-2). The chapeau makes termination a power of the regency/city Dinas
 * ("dapat menghentikan"), while TERM-PROC-2 phrases it as what the Dinas does; the SDK records it as
 * a Dinas decision and never terminates on its own (RULES.md GAP-37).
 */
public final class TerminationProcedure {

  /** TERM-PROC-1 — an indicated ground opens a review of the partnership. */
  public static final RuleId TERM_PROC_1 = RuleId.of("TERM-PROC-1");

  /** TERM-PROC-2 — a proven ground leads to termination of the partnership. */
  public static final RuleId TERM_PROC_2 = RuleId.of("TERM-PROC-2");

  /** Juknis II.B.6, TERM-PROC-1. */
  public static final Citation REVIEW = Citation.of(TerminationTrigger.SECTION,
      "Bagi KIM yang terindikasi mengalami salah satu poin tersebut di atas, maka Dinas Kominfo akan melakukan "
          + "peninjauan terhadap kemitraan dengan KIM.");

  /** Juknis II.B.6, TERM-PROC-2. */
  public static final Citation TERMINATION = Citation.of(TerminationTrigger.SECTION,
      "Selanjutnya, apabila KIM terbukti mengalami salah satu poin sebagaimana tersebut di atas, Dinas Kominfo "
          + "melakukan penghentian kemitraan dengan KIM.");

  /** Juknis II.B.6, the chapeau: the power to terminate lies with the regency/city Dinas, on proof. */
  public static final Citation POWER = Citation.of(TerminationTrigger.SECTION,
      "Dalam perjalanannya Dinas Kominfo Kabupaten/ Kota dapat menghentikan kemitraan dengan KIM, jika terbukti "
          + "melakukan kegiatan berikut:");

  private TerminationProcedure() {}
}
