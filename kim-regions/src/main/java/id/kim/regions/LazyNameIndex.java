package id.kim.regions;

import org.jspecify.annotations.Nullable;

/**
 * The {@link NameIndex} of one level, built on the first lookup by name at that level (villages: about
 * 84,000 names) and kept; built once even when threads ask together (double-checked, volatile).
 */
final class LazyNameIndex {
  private final LevelTable table;
  private volatile @Nullable NameIndex index;

  LazyNameIndex(LevelTable table) {
    this.table = table;
  }

  NameIndex get() {
    NameIndex built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = new NameIndex(table);
          index = built;
        }
      }
    }
    return built;
  }
}
