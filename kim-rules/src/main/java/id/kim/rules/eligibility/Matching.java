package id.kim.rules.eligibility;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.function.Predicate;

/**
 * The recorded items a rule is looking for — civil servants on the board, active affiliations,
 * partnership periods outlasting the SK — in recorded order. Most records have none, so nothing is
 * allocated until an item matches.
 */
final class Matching {
  private Matching() {}

  /**
   * @param recorded the items on record, a list of a kim-core value
   * @param test what the rule looks for
   * @return the items that pass, in recorded order; empty if none
   */
  static <T> Seq<T> of(java.util.List<T> recorded, Predicate<? super T> test) {
    // read by index, allocating no iterator per rule: the lists come from kim-core values, which hold
    // every list as Immutables' unmodifiable copy of an array list (random access). No RandomAccess
    // test: an interface test per call thrashes the class's one-entry supertype cache.
    ArrayList<T> found = null;
    for (int i = 0; i < recorded.size(); i++) {
      T item = recorded.get(i);
      if (test.test(item)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(item);
      }
    }
    return found == null ? List.empty() : Array.ofAll(found);
  }
}
