package id.kim.core.regioncheck;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import id.kim.core.region.Village;
import id.kim.core.validation.FieldViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;

/**
 * The register's findings on one region and the regions recorded above it, from the lowest up. Each
 * level's code is its own when recorded (and of its level), else the code of the region below cut to
 * this level; a code is checked for existence (REGION-CODE-2) only where recorded, a name against
 * whichever code names its region (REGION-CODE-4) when the register holds it. Not thread-safe: one
 * instance per check.
 */
final class RegisterFindings implements RegionPlaces.Visitor {
  /* Message templates as constraints write them, so that bundle checks find them; the key is inside the braces. */
  static final String UNKNOWN_CODE = "{kim.region.code.unknown}";
  static final String NOT_OFFICIAL_NAME = "{kim.region.name.notOfficial}";
  static final String NOT_OFFICIAL_KIND = "{kim.region.kind.notOfficial}";

  private final RegionDirectory directory;
  private Seq<FieldViolation> found = List.empty();

  RegisterFindings(RegionDirectory directory) {
    this.directory = directory;
  }

  Seq<FieldViolation> found() {
    return found;
  }

  @Override
  public void region(String path, Object region) {
    if (region instanceof Village v) {
      Optional<RegionCode> below = check(path, RegionLevel.VILLAGE, v.name(), v.code(), Optional.empty());
      district(join(path, "district"), v.district(), below);
    } else if (region instanceof District d) {
      district(path, d, Optional.empty());
    } else if (region instanceof RegencyCity r) {
      regencyCity(path, r, Optional.empty());
    } else if (region instanceof Province p) {
      check(path, RegionLevel.PROVINCE, p.name(), p.code(), Optional.empty());
    }
  }

  private void district(String path, District d, Optional<RegionCode> below) {
    Optional<RegionCode> code = check(path, RegionLevel.DISTRICT, d.name(), d.code(), below);
    d.regencyCity().ifPresent(r -> regencyCity(join(path, "regencyCity"), r, code));
  }

  private void regencyCity(String path, RegencyCity r, Optional<RegionCode> below) {
    Optional<RegionCode> code = check(path, RegionLevel.REGENCY_CITY, r.name(), r.code(), below);
    code.ifPresent(c -> directory.officialName(c).ifPresent(official -> kind(path, r.kind(), c, official)));
    check(join(path, "province"), RegionLevel.PROVINCE, r.province().name(), r.province().code(), code);
  }

  /**
   * @return the code that names this region, for the level above: its own (if of its level), else the one from below
   */
  private Optional<RegionCode> check(String path, RegionLevel level, String name, Optional<RegionCode> own,
      Optional<RegionCode> below) {
    Optional<RegionCode> recorded = own.filter(c -> c.level() == level); // another level: REGION-CODE-1
    if (own.isPresent() && recorded.isEmpty()) {
      return Optional.empty();
    }
    if (recorded.isPresent() && !directory.contains(recorded.get())) {
      add(join(path, "code"), "RegisteredCode", UNKNOWN_CODE, recorded.get().toString(), "REGION-CODE-2",
          recorded.get(), "-");
      return recorded;
    }
    Optional<RegionCode> naming = recorded.or(() -> below.map(c -> c.truncatedTo(level)));
    if (naming.isPresent()) {
      RegionCode code = naming.get();
      directory.officialName(code).filter(official -> !RegionNames.sameName(official, name, level))
          .ifPresent(official -> add(join(path, "name"), "OfficialName", NOT_OFFICIAL_NAME, name, "REGION-CODE-4",
              code, official));
    }
    return naming;
  }

  private void kind(String path, RegencyCityKind kind, RegionCode code, String official) {
    RegionNames.kindPrefix(official).filter(k -> k != kind)
        .ifPresent(k -> add(join(path, "kind"), "OfficialKind", NOT_OFFICIAL_KIND, kind.label(), "REGION-CODE-4",
            code, official));
  }

  private void add(String path, String constraint, String template, String rejected, String rule, RegionCode code,
      String official) {
    String key = template.substring(1, template.length() - 1);
    found = found.append(FieldViolation.builder().path(path).constraint(constraint).messageKey(key)
        .rejectedValue(rejected).ruleId(rule).putAttribute("code", code.toString())
        .putAttribute("official", official).build());
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
