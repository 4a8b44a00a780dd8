package id.kim.testkit;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * A recipe for one kind of value, written once against {@link Draw} and usable from any
 * property-testing framework:
 *
 * <ul>
 *   <li>QuickTheories: {@link #gen()} — failures shrink, runs are repeatable with a fixed seed;</li>
 *   <li>anything that hands out a {@link RandomGenerator} (jqwik, junit-quickcheck, a plain loop
 *       over {@code new SplittableRandom(seed)}): {@link #from(RandomGenerator)}.</li>
 * </ul>
 *
 * <p>A sampler is a pure function of its draws: the same choices give an equal value.
 *
 * @param <T> the type of value produced
 */
@FunctionalInterface
public interface Sampler<T> {

  /**
   * @param draw the source of choices
   * @return a value built only through the public API of kim-core
   */
  T sample(Draw draw);

  /**
   * @param random a seeded random generator
   * @return a value; equal seeds give equal values
   */
  default T from(RandomGenerator random) {
    return sample(Draw.from(random));
  }

  /** @return this sampler as a QuickTheories generator, whose failures shrink */
  default Gen<T> gen() {
    return source -> sample(Draw.from(source));
  }

  /**
   * @param f a function of the value
   * @param <R> its result type
   * @return a sampler of {@code f(value)}
   */
  default <R> Sampler<R> map(Function<? super T, ? extends R> f) {
    return draw -> f.apply(sample(draw));
  }

  /**
   * @param f a function choosing the next sampler from this one's value
   * @param <R> its result type
   * @return a sampler that draws this value, then the value of the sampler chosen by {@code f}
   */
  default <R> Sampler<R> flatMap(Function<? super T, Sampler<R>> f) {
    return draw -> f.apply(sample(draw)).sample(draw);
  }

  /**
   * @param value a value
   * @param <T> its type
   * @return a sampler that always gives it
   */
  static <T> Sampler<T> constant(T value) {
    requireNonNull(value, "value");
    return draw -> value;
  }

  /**
   * @param element sampler of one element
   * @param min smallest size
   * @param max largest size, inclusive
   * @param <T> element type
   * @return unmodifiable lists of {@code min..max} elements; shrinks to {@code min}; a sample of
   *     {@code element} that is null is refused with {@link MissingValueException}
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  static <T> Sampler<List<T>> listOf(Sampler<T> element, int min, int max) {
    requireNonNull(element, "element");
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("list sizes must satisfy 0 <= min <= max, were " + min + ".." + max);
    }
    return draw -> {
      int size = draw.intBetween(min, max);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(
            MissingValueException.requireNonNull(
                element.sample(draw), "listOf: element sample[" + i + "]"));
      }
      return Collections.unmodifiableList(out); // not copied: nothing else holds `out`
    };
  }

  /**
   * @param element sampler of the value
   * @param percentPresent chance that a value is present, 0–100
   * @param <T> value type
   * @return optional values; shrinks to empty
   */
  static <T> Sampler<Optional<T>> optional(Sampler<T> element, int percentPresent) {
    return draw -> draw.chance(percentPresent) ? Optional.of(element.sample(draw)) : Optional.empty();
  }

  /**
   * @param choices samplers to choose from, not empty
   * @param <T> value type
   * @return a sampler that picks one of them, then samples it; shrinks to the first
   */
  static <T> Sampler<T> oneOf(List<Sampler<T>> choices) {
    List<Sampler<T>> copy = List.copyOf(choices);
    return draw -> draw.pick(copy).sample(draw);
  }
}
