package id.kim.examples;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import java.time.LocalDate;

/**
 * README's worked example: KIM Gumbrih has everything in order except its SK Kepala Desa, valid until
 * 30 June 2026; on 1 July 2026 the Dinas asks whether it may partner. Juknis II.B.4 (PARTNER-LEGAL-1:
 * "Surat Keputusan dari Kepala Desa/Lurah") and II.B.5 (QUAL-1..7, judged only after the legal and
 * administrative requirements: QUAL-ORDER).
 *
 * <p>What the reader learns: the verdict TIDAK LAYAK (NOT_ELIGIBLE) comes from one failed rule, which
 * the decision names ({@link Decision#failures()}), quotes, backs with its evidence and turns into what
 * to bring; the qualifications, though assessed as met, are NOT_EVALUATED because QUAL-ORDER gates them
 * behind PARTNER-LEGAL-1; a day earlier the same record is eligible — every decision is a pure function
 * of its facts and an explicit as-of date. The Indonesian text is exactly README's block.
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.WorkedExample}
 */
public final class WorkedExample {
  /** The day the Dinas asks: the day after the SK's last valid day. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

  private WorkedExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return KIM Gumbrih's record: SK valid until 2026-06-30, qualifications assessed as met on 2026-05-10 */
  public static KimRecord record() {
    return Gumbrih.record(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 5, 10));
  }

  /**
   * @param asOf the day the Dinas asks
   * @return the partnership decision on that day (the record is valid, so there is always one)
   */
  public static Decision decision(LocalDate asOf) {
    return Eligibility.partnership(EligibilityFacts.of(record(), Gumbrih.DINAS), asOf).get();
  }

  /** @return what {@link #main} prints: the explanation, the failed rules, and the verdict a day earlier */
  public static String run() {
    Decision d = decision(AS_OF);
    StringBuilder out = new StringBuilder(d.explain(Lang.ID)).append('\n');
    for (Finding f : d.failures()) {
      out.append("Gagal / failed: ").append(f.ruleId().value()).append(" — ").append(f.message().render(Lang.EN))
          .append('\n');
    }
    long gated = d.findings().count(f -> f.outcome() == Outcome.NOT_EVALUATED);
    out.append("Tidak dinilai (QUAL-ORDER) / not evaluated: ").append(gated).append(" aturan / rules\n");
    Decision dayBefore = decision(AS_OF.minusDays(1));
    out.append("Per ").append(dayBefore.asOf()).append(": ").append(dayBefore.verdict().label(Lang.ID))
        .append(" / ").append(dayBefore.verdict().label(Lang.EN)).append('\n');
    return out.toString();
  }
}
