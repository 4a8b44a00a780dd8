package id.kim.rules.checklist;

/** One stage of a juknis process: its RULES.md ID, its Indonesian name, and whether it may be skipped. */
public interface Stage {

  /** @return the RULES.md ID, e.g. {@code "SOLUTION-STAGE-1"} */
  String ruleId();

  /** @return the Indonesian name, e.g. "Penetapan Tema" */
  String label();

  /** @return true if the stage may be skipped (e.g. SOLUTION-FIG's participant selection, GAP-31) */
  default boolean optional() {
    return false;
  }
}
