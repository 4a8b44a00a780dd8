package id.kim.rules.evaluation;

import id.kim.core.i18n.Lang;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The reason a measure has no value, and what it concerns, e.g. "MISSING_BASELINE: Instagram @kim.gumbrih FOLLOWERS".
 */
@Value.Immutable
public abstract class NotMeasurable {

  /** @return why */
  @Value.Parameter
  public abstract NotMeasurableReason reason();

  /** @return what it concerns, when more precise than the measure itself */
  @Value.Parameter
  public abstract Option<String> subject();

  /**
   * @param reason why
   * @return the reason without a subject
   */
  public static NotMeasurable of(NotMeasurableReason reason) {
    return ImmutableNotMeasurable.of(reason, Option.none());
  }

  /**
   * @param reason why
   * @param subject what it concerns
   * @return the reason with its subject
   */
  public static NotMeasurable of(NotMeasurableReason reason, String subject) {
    return ImmutableNotMeasurable.of(reason, Option.some(subject));
  }

  /**
   * @param lang the language
   * @return e.g. "tidak terukur: belum ada nilai awal (Instagram @kim.gumbrih FOLLOWERS)"
   */
  public String render(Lang lang) {
    return reason().label(lang) + subject().map(s -> " (" + s + ")").getOrElse("");
  }

  @Override
  public String toString() {
    return reason() + subject().map(s -> ": " + s).getOrElse("");
  }
}
