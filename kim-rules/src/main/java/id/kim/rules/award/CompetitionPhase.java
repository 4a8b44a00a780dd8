package id.kim.rules.award;

import id.kim.rules.checklist.Stage;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The phases the Dinas goes through: for a self-organised competition, Gambar 4.4 "Tahapan
 * Penyelenggaraan Kompetisi Mandiri" (COMP-MANDIRI-PHASE-1..3); for an external one, Gambar 4.5
 * "Tahapan Pendampingan Kompetisi Ikut Serta" (COMP-IKUT-PHASE-1..3). Each lists its tasks as printed.
 */
public enum CompetitionPhase implements Stage {
  /** COMP-MANDIRI-PHASE-1 Perencanaan. */
  SELF_PLANNING(CompetitionKind.SELF_ORGANISED, "COMP-MANDIRI-PHASE-1", "Perencanaan",
      "Kegiatan kompetisi/ lomba dijadwalkan dan dianggarakan", "Mempersiapkan mekanisme kompetisi", "Menetapkan juri",
      "Menetapkan timeline"),
  /** COMP-MANDIRI-PHASE-2 Pelaksanaan. */
  SELF_EXECUTION(CompetitionKind.SELF_ORGANISED, "COMP-MANDIRI-PHASE-2", "Pelaksanaan",
      "Mempublikasikan kompetisi", "Meregistrasi peserta", "Melaksanakan penilaian hasil karya",
      "Memilih dan mengumumkan pemenang"),
  /** COMP-MANDIRI-PHASE-3 Pelaporan. */
  SELF_REPORTING(CompetitionKind.SELF_ORGANISED, "COMP-MANDIRI-PHASE-3", "Pelaporan",
      "Membuat laporan kegiatan kompetisi", "Mendata peserta kompetisi/lomba", "Mendokumentasikan hasil karya"),
  /** COMP-IKUT-PHASE-1 Persiapan. */
  PARTICIPATION_PREPARATION(CompetitionKind.PARTICIPATION, "COMP-IKUT-PHASE-1", "Persiapan",
      "Dinas menyeleksi KIM yang akan diikutsertakan", "Dinas melakukan pendaftaran & persiapan mengikuti kompetisi"),
  /** COMP-IKUT-PHASE-2 Pelaksanaan. */
  PARTICIPATION_EXECUTION(CompetitionKind.PARTICIPATION, "COMP-IKUT-PHASE-2", "Pelaksanaan",
      "Dinas mendampingi KIM dalam mengikuti kompetisi"),
  /** COMP-IKUT-PHASE-3 Pelaporan. */
  PARTICIPATION_REPORTING(CompetitionKind.PARTICIPATION, "COMP-IKUT-PHASE-3", "Pelaporan",
      "Dinas melaporkan aktivitas pendampingan dan mengevaluasi hasil keikutsertaan kompetisi");

  private final CompetitionKind kind;
  private final String ruleId;
  private final String label;
  private final List<String> tasks;

  CompetitionPhase(CompetitionKind kind, String ruleId, String label, String... tasks) {
    this.kind = kind;
    this.ruleId = ruleId;
    this.label = label;
    this.tasks = List.of(tasks);
  }

  /** @return the kind of competition the phase belongs to */
  public CompetitionKind kind() {
    return kind;
  }

  @Override
  public String ruleId() {
    return ruleId;
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the tasks of the phase, as printed in the figure */
  public Seq<String> tasks() {
    return tasks;
  }
}
