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
import java.util.ArrayList;
import java.util.List;

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
  private static final String ROW = "%-3s %-19s %-5s %-5s %-5s %-9s %-19s %s%n";
  private static final Village BANJAR_TENGAH =
      Village.of("Banjar Tengah", VillageKind.KELURAHAN, District.of("Negara"));

  private MappingExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return five profiles and the three assessed levels of each (interest, power, influence) */
  public static MappingInput input() {
    List<KimProfile> kims = new ArrayList<>();
    List<GridAssessment> levels = new ArrayList<>();
    add(kims, levels, kim("Indonesia Bisa", "KIM/5101/0001", BANJAR_TENGAH), HIGH, HIGH, HIGH);
    add(kims, levels, kim("KIM Radio Jembrana", "KIM/5101/0002", BANJAR_TENGAH), LOW, HIGH, HIGH);
    add(kims, levels, Gumbrih.profile(), HIGH, LOW, LOW);
    add(kims, levels, kim("KIM Makata", "KIM/5101/0004", BANJAR_TENGAH), LOW, LOW, LOW);
    add(kims, levels, kim("KIM Pahlawan", "KIM/5101/0005", BANJAR_TENGAH), HIGH, HIGH, LOW);
    return MappingInput.builder().dinas(Gumbrih.DINAS).addAllProfiles(kims).addAllAssessments(levels).build();
  }

  /**
   * @param mixedCase the policy for the combinations Tabel 3.3 does not name
   * @return the report (a regency/city Dinas' mapping is never refused)
   */
  public static MappingReport report(MixedCasePolicy mixedCase) {
    MappingPolicy standard = MappingPolicy.standard();
    MappingPolicy policy = standard.withLevel(standard.level().withMixedCase(mixedCase));
    return Mapping.run(input(), policy, AS_OF).get();
  }

  /** @return what {@link #main} prints: the ranking under BOTH_HIGH, then the mixed case under EITHER_HIGH */
  public static String run() {
    MappingReport report = report(MixedCasePolicy.BOTH_HIGH);
    StringBuilder out = new StringBuilder(String.format(ROW, "No", "KIM", "Ket.", "Kek.", "Peng.", "Kategori", "Dasar",
        "Prioritas"));
    for (PriorityDecision d : report.ranking().decisions()) {
      GridPlacement p = d.placement();
      out.append(String.format(ROW, d.rank(), p.kim().name(), letter(p.interest().level()), letter(p.power().level()),
          letter(p.influence().level()), d.category().ruleId().value(),
          p.juknisExactMatch() ? "juknis" : p.classification().appliedPolicy().get() + " (GAP-14)",
          d.prioritised() ? (d.involved() ? "diprioritaskan, dilibatkan" : "diprioritaskan") : "-"));
    }
    out.append("(T = tinggi, R = rendah) Matriks REPORT-1: ").append(report.rows().size()).append(" dari ")
        .append(report.census().size()).append(" KIM, yang diprioritaskan (GAP-18)\n");
    GridPlacement pahlawan = report(MixedCasePolicy.EITHER_HIGH).grid().placements()
        .find(p -> p.kim().name().equals("KIM Pahlawan")).get();
    return out.append("EITHER_HIGH: KIM Pahlawan → ").append(pahlawan.category().ruleId().value()).append(", ")
        .append(pahlawan.category().label(Lang.ID)).append('\n').toString();
  }

  private static String letter(Level level) {
    return level == HIGH ? "T" : "R";
  }

  private static KimProfile kim(String name, String number, Village seat) {
    return KimProfile.builder().name(name).communityNumber(CommunityNumber.of(number, Gumbrih.JEMBRANA)).seat(seat)
        .build();
  }

  private static void add(List<KimProfile> kims, List<GridAssessment> levels, KimProfile kim, Level interest,
      Level power, Level influence) {
    kims.add(kim);
    levels.add(assessed(kim, GridVariable.INTEREST, interest));
    levels.add(assessed(kim, GridVariable.POWER, power));
    levels.add(assessed(kim, GridVariable.INFLUENCE, influence));
  }

  private static GridAssessment assessed(KimProfile kim, GridVariable variable, Level level) {
    return GridAssessment.builder().kim(KimRef.from(kim)).variable(variable).level(level).assessedBy(Gumbrih.OFFICER)
        .assessedOn(LocalDate.of(2026, 3, 10)).rationale("Penilaian tim pemetaan Dinas, rapat 10 Maret 2026").build();
  }
}
