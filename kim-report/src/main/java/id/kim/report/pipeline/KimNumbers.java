package id.kim.report.pipeline;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.validation.MissingValueException;
import id.kim.report.KimEntry;
import id.kim.report.data.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one numbering of the KIM in a report: the order of the Tabel 3.1 import (the Dinas' own rows, rejected
 * rows left out), then any KIM the CSV does not hold in the records' order. The same data always number the
 * same way, and the grid, its legend, the matrix and every table show these numbers. Immutable and thread-safe once
 * built.
 */
public final class KimNumbers {
  private final Map<String, Integer> byName = new HashMap<>();
  private final List<KimEntry> entries = new ArrayList<>();

  private KimNumbers(List<KimRecord> records, List<KimProfile> imported) {
    for (KimProfile p : imported) {
      add(p.name());
    }
    for (KimRecord r : records) {
      add(r.profile().name());
    }
  }

  /**
   * @param data the inputs
   * @return the numbering of the data's KIM
   */
  public static KimNumbers of(Dataset data) {
    MissingValueException.requireNonNull(data, "data");
    List<KimProfile> imported = data.profileImport().map(i -> i.profiles()).orElse(List.of());
    return new KimNumbers(data.records(), imported);
  }

  private void add(String name) {
    byName.computeIfAbsent(key(name), k -> {
      entries.add(KimEntry.of(entries.size() + 1, name));
      return entries.size();
    });
  }

  /** @return every KIM with its number, by number */
  public List<KimEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * @param record a record of the data
   * @return its number
   */
  public int of(KimRecord record) {
    return of(record.profile().name());
  }

  /**
   * @param kim a KIM of the data
   * @return its number
   */
  public int of(KimRef kim) {
    return of(kim.name());
  }

  /**
   * @param name the name of a KIM of the data
   * @return its number
   * @throws IllegalArgumentException if no KIM of the data has that name
   */
  public int of(String name) {
    Integer n = byName.get(key(MissingValueException.requireNonNull(name, "name")));
    if (n == null) {
      throw new IllegalArgumentException("no KIM named \"" + name + "\" in the data");
    }
    return n;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
