package id.kim.rules.collaboration;

import id.kim.core.agency.Officer;
import id.kim.core.media.KimMedium;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;

/**
 * The documented total orders this family sorts by, so that no result depends on the order in which
 * facts were recorded. Officers order by name, then Dinas, then position; absent values come before
 * present ones; sequences compare element by element, a shorter prefix first.
 */
public final class CanonicalOrder {

  /** Officers: by name, then the Dinas's name, then position (absent first). */
  public static final Comparator<Officer> OFFICER = Comparator
      .comparing((Officer o) -> o.name().value())
      .thenComparing(o -> o.dinas().name())
      .thenComparing(o -> o.dinas().regencyCity().map(r -> r.fullName()).orElse(""))
      .thenComparing(o -> o.position().orElse(""));

  /** Media: by platform, then name, then URL (absent first). */
  public static final Comparator<KimMedium> MEDIUM = Comparator
      .comparing(KimMedium::platform)
      .thenComparing(m -> m.name().orElse(""))
      .thenComparing(m -> m.url().orElse(""));

  private CanonicalOrder() {}

  /**
   * @param inner the order of present values
   * @param <T> the value type
   * @return an order of options: none first, then present values by {@code inner}
   */
  public static <T> Comparator<Option<T>> option(Comparator<? super T> inner) {
    return (a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : -1) : b.isEmpty() ? 1 : inner.compare(a.get(), b.get());
  }

  /**
   * @param inner the order of elements
   * @param <T> the element type
   * @return the lexicographic order of sequences
   */
  public static <T> Comparator<Seq<T>> seq(Comparator<? super T> inner) {
    return (a, b) -> {
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        int c = inner.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    };
  }
}
