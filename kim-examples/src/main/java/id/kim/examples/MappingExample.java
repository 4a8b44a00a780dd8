package id.kim.examples;

import static id.kim.rules.mapping.grid.Level.HIGH;
import static id.kim.rules.mapping.grid.Level.LOW;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.priority.PriorityDecision;
import id.kim.rules.mapping.report.MappingReport;
import java.time.LocalDate;

/**
 * A small mapping (pemetaan, juknis III): the Dinas Kominfo Kabupaten Jembrana has assessed the interest
 * (ketertarikan), power (kekuatan) and influence (pengaruh) of five KIM and runs the five stages
 * (MAP-STAGE-A..E) as of 31 March 2026. Tabel 3.3 (GRID-1..4), III.D (PRIORITY-1/2), REPORT-1.
 *
 * <p>What the reader learns: {@link Mapping#run} turns profiles and {@link GridAssessment}s into a
 * {@link MappingReport}; four KIM fall in the four rows of Tabel 3.3, and one (high, high, low) is a
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

  /** @return five profiles and the three assessed levels of each (interest, power, influence) */
  public static MappingInput input() {
    MappingInput.Builder input = MappingInput.builder().dinas(Gumbrih.DINAS);
    add(input, kim("Indonesia Bisa", "KIM/5101/0001"), HIGH, HIGH, HIGH);
    add(input, kim("KIM Radio Jembrana", "KIM/5101/0002"), LOW, HIGH, HIGH);
    add(input, Gumbrih.profile(), HIGH, LOW, LOW);
    add(input, kim("KIM Makata", "KIM/5101/0004"), LOW, LOW, LOW);
    add(input, kim("KIM Pahlawan", "KIM/5101/0005"), HIGH, HIGH, LOW);
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
    return out.append("EITHER_HIGH: KIM Pahlawan → ").append(pahlawan.category().ruleId().value()).append(", ")
        .append(pahlawan.category().label(Lang.ID)).append('\n').toString();
  }

  private static KimProfile kim(String name, String number) {
    return KimProfile.builder().name(name).communityNumber(CommunityNumber.of(number, Gumbrih.JEMBRANA))
        .seat(Village.of("Banjar Tengah", VillageKind.KELURAHAN, District.of("Negara"))).build();
  }

  private static void add(MappingInput.Builder input, KimProfile kim, Level interest, Level power, Level influence) {
    input.addProfiles(kim).addAssessments(assessed(kim, GridVariable.INTEREST, interest),
        assessed(kim, GridVariable.POWER, power), assessed(kim, GridVariable.INFLUENCE, influence));
  }

  private static GridAssessment assessed(KimProfile kim, GridVariable variable, Level level) {
    return GridAssessment.builder().kim(KimRef.from(kim)).variable(variable).level(level).assessedBy(Gumbrih.OFFICER)
        .assessedOn(LocalDate.of(2026, 3, 10)).rationale("Penilaian tim pemetaan Dinas, rapat 10 Maret 2026").build();
  }
}
