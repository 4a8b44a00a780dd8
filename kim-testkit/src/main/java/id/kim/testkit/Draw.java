package id.kim.testkit;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A source of bounded choices — the only randomness a {@link Sampler} sees. Two implementations
 * exist: one over a QuickTheories {@link RandomnessSource} (so every choice is recorded and a
 * failing example shrinks towards the lower bound of each choice), and one over any
 * {@link RandomGenerator} (so any other framework, or a plain loop, can drive the same samplers).
 *
 * <p>Convention that makes shrinking meaningful: the lower bound of every choice is the "simplest"
 * one — the first entry of a table, an absent optional, an empty list, the earliest date.
 */
@FunctionalInterface
public interface Draw {


  /**
   * @param min smallest allowed value
   * @param max largest allowed value, inclusive, {@code >= min}
   * @return a value in {@code [min, max]}
   */
  long between(long min, long max);

  /**
   * @param min smallest allowed value
   * @param max largest allowed value, inclusive
   * @return an int in {@code [min, max]}
   */
  default int intBetween(int min, int max) {
    return (int) between(min, max);
  }

  /**
   * @param size number of items, {@code > 0}
   * @return an index in {@code [0, size)}; shrinks to 0
   */
  default int index(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive, was " + size);
    }
    return (int) between(0, size - 1L);
  }

  /**
   * @param percent chance of {@code true}, 0–100
   * @return true with the given chance; shrinks to {@code false}
   */
  default boolean chance(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a chance is 0-100 percent, was " + percent);
    }
    return between(0, 99) >= 100 - percent;
  }

  /**
   * @param items candidates, not empty
   * @param <T> their type
   * @return one of them; shrinks to the first
   */
  default <T> T pick(List<T> items) {
    return items.get(index(items.size()));
  }

  /**
   * @param type an enum type
   * @param <E> the enum
   * @return one of its constants; shrinks to the first
   */
  default <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = EnumConstants.of(type);
    return constants[index(constants.length)];
  }

  /**
   * @param from first allowed day
   * @param to last allowed day, inclusive, not before {@code from}
   * @return a day in {@code [from, to]}; shrinks to {@code from}
   */
  default LocalDate date(LocalDate from, LocalDate to) {
    long first = from.toEpochDay();
    return LocalDate.ofEpochDay(first + between(0, to.toEpochDay() - first));
  }

  /**
   * @param count number of digits
   * @return {@code count} decimal digits, each drawn on its own; shrinks to zeros
   */
  default String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + between(0, 9)));
    }
    return out.toString();
  }

  /**
   * @param random any Java random generator, e.g. {@code new SplittableRandom(seed)}
   * @return choices drawn from it
   */
  static Draw from(RandomGenerator random) {
    requireNonNull(random, "random");
    return new RandomDraw(random);
  }

  /**
   * @param source the randomness QuickTheories hands to a {@code Gen}
   * @return choices recorded by QuickTheories, so that failures shrink
   */
  static Draw from(RandomnessSource source) {
    requireNonNull(source, "source");
    return (min, max) -> source.next(Constraint.between(min, max));
  }
}
