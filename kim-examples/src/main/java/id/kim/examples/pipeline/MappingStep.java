package id.kim.examples.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.examples.data.GridInput;
import java.util.Optional;

/**
 * The mapping family behind the pipeline (MAP-STAGE-C/D, GRID-1..4, PRIORITY-*): the category and
 * approach of a KIM from its assessed interest, power and influence. Until the family lands the grid
 * is drawn from the assessments alone and categories stay empty.
 */
public interface MappingStep {

  /**
   * @param assessment the Dinas' assessment of one KIM
   * @param lang the language of the label
   * @return e.g. "GRID-3 · pembinaan dan peningkatan kapasitas", or empty if unclassified
   */
  Optional<String> category(GridInput assessment, Lang lang);
}
