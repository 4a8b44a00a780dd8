package id.kim.report;

import org.immutables.value.Value;

/** One KIM of the report with its number: the numbering every table, the grid and the legend share. */
@Value.Immutable
public abstract class KimEntry {

  /** @return the number, from 1, in the order of the Tabel 3.1 import (the records' order without a CSV) */
  @Value.Parameter
  public abstract int number();

  /** @return the KIM's name (PROFILE-a) */
  @Value.Parameter
  public abstract String name();

  /**
   * @param number the number, from 1
   * @param name the name
   * @return the entry
   */
  public static KimEntry of(int number, String name) {
    return ImmutableKimEntry.of(number, name);
  }
}
