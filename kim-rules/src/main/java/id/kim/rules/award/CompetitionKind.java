package id.kim.rules.award;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The two kinds of competition (IV.E.1: "terdapat 2 (jenis) kompetisi"), each with its own phases.
 */
public enum CompetitionKind {
  /** COMP-KIND-1 Kompetisi mandiri — "kompetisi diselenggarakan oleh Pemerintah Daerah melalui Dinas Kominfo". */
  SELF_ORGANISED("COMP-KIND-1", "Kompetisi mandiri"),
  /**
   * COMP-KIND-2 Kompetisi ikut serta — "mengikuti kompetisi di lingkup lebih luas misalnya di Provinsi atau Nasional";
   * the Dinas mentors.
   */
  PARTICIPATION("COMP-KIND-2", "Kompetisi ikut serta");

  private final String ruleId;
  private final String label;

  CompetitionKind(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /** @return the RULES.md ID */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Indonesian name */
  public String label() {
    return label;
  }

  /** @return the phases of this kind, in order (Gambar 4.4 or 4.5) */
  public Seq<CompetitionPhase> phases() {
    return List.of(CompetitionPhase.values()).filter(p -> p.kind() == this);
  }
}
