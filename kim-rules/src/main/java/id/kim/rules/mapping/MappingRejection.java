package id.kim.rules.mapping;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * Why a mapping could not be made: who may not map (MAP-RULE-a) or which data would make the result
 * ambiguous (the same KIM or issue recorded twice) — with the stage that stopped and the findings.
 */
@Value.Immutable
public abstract class MappingRejection {

  /** @return the stage that stopped */
  @Value.Parameter
  public abstract MappingStage stage();

  /** @return why */
  @Value.Parameter
  public abstract Seq<Finding> reasons();

  /**
   * @param stage the stage
   * @param reasons the findings
   * @return the rejection
   */
  public static MappingRejection of(MappingStage stage, Seq<Finding> reasons) {
    return ImmutableMappingRejection.of(stage, reasons);
  }

  /**
   * @param lang the language
   * @return one line per reason, with its remedy
   */
  public String explain(Lang lang) {
    return stage().ruleId() + ":\n" + reasons().map(f -> "  " + f.summary(lang)
        + f.remedy().map(r -> "\n    -> " + r.render(lang)).getOrElse("")).mkString("\n");
  }

  @Override
  public String toString() {
    return explain(Lang.EN);
  }
}
