package id.kim.examples;

import static id.kim.rules.mapping.grid.Level.HIGH;
import static id.kim.rules.mapping.grid.Level.LOW;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.document.VillageDecree;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.entry.NotAdmitted;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.priority.PriorityDecision;
import id.kim.rules.mapping.report.MappingReport;
import java.time.LocalDate;
import java.util.List;

/**
 * A small mapping (pemetaan, juknis III): the Dinas Kominfo Kabupaten Jembrana holds six KIM records; five meet
 * the mapping-entry requirements (II.B.3, MAP-ENTRY-1..4) and one, KIM Sinar Pagi, whose SK was revoked, does not.
 * The Dinas has assessed the interest (ketertarikan), power (kekuatan) and influence (pengaruh) of all six and runs
 * the five stages (MAP-STAGE-A..E) as of 31 March 2026 over the KIM admitted. Tabel 3.3 (GRID-1..4), III.D
 * (PRIORITY-1/2), REPORT-1.
 *
 * <p>What the reader learns: {@link MappingEntrants#decide} admits a KIM only on its ELIGIBLE mapping-entry
 * decision and lists the others apart; {@link MappingInput#admitted} and {@link Mapping#run} turn the admitted
 * KIM and {@link GridAssessment}s into a {@link MappingReport} — KIM Sinar Pagi, assessed high on all three, is
 * neither placed nor prioritised; four KIM fall in the four rows of Tabel 3.3, and one (high, high, low) is a
 * combination the table does not name — it is placed by the {@link MixedCasePolicy} (GAP-14, PROPOSED:
 * category 3 under the default BOTH_HIGH, category 1 under EITHER_HIGH), and every placement says whether
 * it is an exact juknis match; the ranking prioritises categories 1–3 and involves 1 and 3 (GAP-18).
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.MappingExample}
 */
public final class MappingExample {
  /** The as-of date of the mapping. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final String ROW = "%-3s %-19s %-13s %-9s %-9s %-9s %-19s %s%n";

  private MappingExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * @return six records of the Dinas' register: five that meet MAP-ENTRY-1..4 and KIM Sinar Pagi, whose SK was
   *     revoked (MAP-ENTRY-3)
   */
  public static List<KimRecord> records() {
    KimRecord sinarPagi = record(kim("KIM Sinar Pagi", "KIM/5101/0006"));
    VillageDecree revoked = sinarPagi.decree().orElseThrow().withRevokedOn(LocalDate.of(2026, 2, 1));
    return List.of(record(kim("Indonesia Bisa", "KIM/5101/0001")), record(kim("KIM Radio Jembrana", "KIM/5101/0002")),
        record(Gumbrih.profile()), record(kim("KIM Makata", "KIM/5101/0004")), record(kim("KIM Pahlawan",
            "KIM/5101/0005")), sinarPagi.withDecree(revoked));
  }

  /** @return the register split by the mapping-entry decisions as of {@link #AS_OF} (II.B.3, MAP-ENTRY-1..4) */
  public static MappingEntrants entrants() {
    return MappingEntrants.decide(Gumbrih.DINAS, records(), AS_OF);
  }

  /** @return the admitted KIM and the three assessed levels of each (interest, power, influence) */
  public static MappingInput input() {
    MappingInput.Builder input = MappingInput.admitted(entrants());
    assess(input, "Indonesia Bisa", HIGH, HIGH, HIGH);
    assess(input, "KIM Radio Jembrana", LOW, HIGH, HIGH);
    assess(input, "KIM Gumbrih", HIGH, LOW, LOW);
    assess(input, "KIM Makata", LOW, LOW, LOW);
    assess(input, "KIM Pahlawan", HIGH, HIGH, LOW);
    assess(input, "KIM Sinar Pagi", HIGH, HIGH, HIGH);
    return input.build();
  }

  /** @return the report, with {@code mixedCase} for the combinations Tabel 3.3 does not name (GAP-14) */
  public static MappingReport report(MixedCasePolicy mixedCase) {
    MappingPolicy standard = MappingPolicy.standard();
    MappingPolicy policy = standard.withLevel(standard.level().withMixedCase(mixedCase));
    return Mapping.run(input(), policy, AS_OF).get();
  }

  /** @return what {@link #main} prints: the ranking under BOTH_HIGH, then the mixed case under EITHER_HIGH */
  public static String run() {
    MappingReport report = report(MixedCasePolicy.BOTH_HIGH);
    StringBuilder out = new StringBuilder(String.format(ROW, "No", "KIM", "Ketertarikan", "Kekuatan", "Pengaruh",
        "Kategori", "Dasar", "Prioritas"));
    for (PriorityDecision d : report.ranking().decisions()) {
      GridPlacement p = d.placement();
      out.append(String.format(ROW, d.rank(), p.kim().name(), p.interest().level().label(Lang.ID),
          p.power().level().label(Lang.ID), p.influence().level().label(Lang.ID), d.category().ruleId().value(),
          p.juknisExactMatch() ? "juknis" : p.classification().appliedPolicy().get() + " (GAP-14)",
          d.prioritised() ? (d.involved() ? "diprioritaskan, dilibatkan" : "diprioritaskan") : "-"));
    }
    out.append("Matriks REPORT-1: ").append(report.rows().size()).append(" dari ")
        .append(report.census().size()).append(" KIM, yang diprioritaskan (GAP-18)\n");
    GridPlacement pahlawan = report(MixedCasePolicy.EITHER_HIGH).grid().placements()
        .find(p -> p.kim().name().equals("KIM Pahlawan")).get();
    out.append("EITHER_HIGH: KIM Pahlawan → ").append(pahlawan.category().ruleId().value()).append(", ")
        .append(pahlawan.category().label(Lang.ID)).append('\n');
    for (NotAdmitted n : report.notAdmitted()) {
      out.append("Tidak masuk pemetaan: ").append(n.record().profile().name()).append(" — ").append(n.label(Lang.ID))
          .append(" (").append(n.reasons().map(f -> f.ruleId().value()).mkString(", ")).append(")\n");
    }
    return out.toString();
  }

  private static KimProfile kim(String name, String number) {
    return KimProfile.builder().name(name).communityNumber(CommunityNumber.of(number, Gumbrih.JEMBRANA))
        .seat(Village.of("Banjar Tengah", VillageKind.KELURAHAN, District.of("Negara"))).build();
  }

  /** @return the record of a KIM that meets MAP-ENTRY-1..4: SK in force, board, "met" assessments of 2026-03-10 */
  private static KimRecord record(KimProfile kim) {
    return Gumbrih.record(LocalDate.of(2027, 12, 31), LocalDate.of(2026, 3, 10)).withProfile(kim);
  }

  /** The Dinas assessed every KIM of its register, admitted or not; only the admitted are placed. */
  private static void assess(MappingInput.Builder input, String name, Level interest, Level power, Level influence) {
    KimProfile kim = records().stream().map(KimRecord::profile).filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow();
    input.addAssessments(assessed(kim, GridVariable.INTEREST, interest), assessed(kim, GridVariable.POWER, power),
        assessed(kim, GridVariable.INFLUENCE, influence));
  }

  private static GridAssessment assessed(KimProfile kim, GridVariable variable, Level level) {
    return GridAssessment.builder().kim(KimRef.from(kim)).variable(variable).level(level).assessedBy(Gumbrih.OFFICER)
        .assessedOn(LocalDate.of(2026, 3, 10)).rationale("Penilaian tim pemetaan Dinas, rapat 10 Maret 2026").build();
  }
}
