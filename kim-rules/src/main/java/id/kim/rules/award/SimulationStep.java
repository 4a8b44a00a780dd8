package id.kim.rules.award;

import id.kim.rules.checklist.Stage;

/**
 * The optional simulation of competition and appreciation (IV.E: "Simulasi kompetisi dan apresiasi ini dapat dilakukan
 * dengan langkah-langkah berikut").
 */
public enum SimulationStep implements Stage {
  /** COMP-SIM-1 "Pemantauan KIM yang akan diikutsertakan dalam kompetisi dan apresiasi." */
  MONITOR_CANDIDATES("COMP-SIM-1", "Pemantauan KIM yang akan diikutsertakan"),
  /** COMP-SIM-2 "Pengolahan umpan balik (feedback) dari KIM yang akan dilibatkan dalam kompetisi dan apresiasi." */
  PROCESS_FEEDBACK("COMP-SIM-2", "Pengolahan umpan balik (feedback) dari KIM"),
  /**
   * COMP-SIM-3 "Penetapan KIM yang siap untuk mengikuti kompetisi dan dinilai aktivitasnya untuk diapresiasi oleh Dinas
   * Kominfo."
   */
  DESIGNATE_READY_KIM("COMP-SIM-3", "Penetapan KIM yang siap");

  private final String ruleId;
  private final String label;

  SimulationStep(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  @Override
  public String ruleId() {
    return ruleId;
  }

  @Override
  public String label() {
    return label;
  }
}
