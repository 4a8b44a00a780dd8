package id.kim.testkit;

import id.kim.core.style.KimStyle;
import org.immutables.value.Value;

/**
 * A defective value together with the {@link Defect} it carries, so a test can check that
 * validation reports exactly that defect.
 *
 * @param <T> the value's type
 */
@Value.Immutable
@KimStyle
public abstract class Defective<T> {

  /** @return the value, valid except for one defect */
  @Value.Parameter
  public abstract T value();

  /** @return its defect */
  @Value.Parameter
  public abstract Defect<T> defect();

  /**
   * @param value the value
   * @param defect its defect
   * @param <T> the value's type
   * @return the pair
   */
  public static <T> Defective<T> of(T value, Defect<T> defect) {
    return ImmutableDefective.of(value, defect);
  }

  @Override
  public String toString() {
    return defect().name() + " ← " + value();
  }
}
