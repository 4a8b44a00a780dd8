package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link RegionDirectory#of(Map)}: a Dinas' own table of codes and official names, copied once. */
final class TableDirectory implements RegionDirectory {
  private final TreeMap<RegionCode, String> names;

  TableDirectory(Map<RegionCode, String> names) {
    this.names = new TreeMap<>(MissingValueException.requireNonNull(names, "officialNames"));
    this.names.forEach((code, name) -> MissingValueException.requireNonNull(name, "officialNames[" + code + "]"));
  }

  @Override
  public Optional<String> officialName(RegionCode code) {
    return Optional.ofNullable(names.get(MissingValueException.requireNonNull(code, "code")));
  }

  @Override
  public List<RegionCode> codesWithin(Optional<RegionCode> within, RegionLevel level) {
    MissingValueException.requireNonNull(level, "level");
    return names.keySet().stream()
        .filter(code -> code.level() == level)
        .filter(code -> MissingValueException.requireNonNull(within, "within").map(code::isWithin).orElse(true))
        .toList();
  }

  @Override
  public String toString() {
    return "RegionDirectory of " + names.size() + " codes";
  }
}
