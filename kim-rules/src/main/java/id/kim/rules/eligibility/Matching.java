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
   * @param recorded the items on record
   * @param test what the rule looks for
   * @return the items that pass, in recorded order; empty if none
   */
  static <T> Seq<T> of(java.util.List<T> recorded, Predicate<? super T> test) {
    ArrayList<T> found = null;
    // kim-core's lists are random-access: reading them by index allocates no iterator per rule
    int n = recorded instanceof java.util.RandomAccess ? recorded.size() : -1;
    java.util.Iterator<T> items = n < 0 ? recorded.iterator() : null;
    for (int i = 0; n < 0 ? items.hasNext() : i < n; i++) {
      T item = n < 0 ? items.next() : recorded.get(i);
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
