package id.kim.rules.region;

import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Citation;
import io.vavr.collection.List;

/**
 * The region-code rules as a rule set — project rules, PROPOSED: the juknis records regions by name
 * only (Tabel 3.1 f "nama kelurahan tempat KIM berdomisili", g, h), while government systems key them
 * by the Kemendagri kode wilayah.
 * <ul>
 *   <li>REGION-CODE-1: a code is of its region's level (a kelurahan/desa's has 10 digits…);</li>
 *   <li>REGION-CODE-2: a code exists in the supplied register;</li>
 *   <li>REGION-CODE-3: the codes nest, kelurahan/desa ⊂ kecamatan ⊂ kabupaten/kota ⊂ provinsi (whether
 *       the seat lies in the Dinas' own kabupaten/kota is decided by MAP-ENTRY-2 and TERM-5, by code
 *       where both sides have one);</li>
 *   <li>REGION-CODE-4: the name recorded beside a code is its official name, and a kabupaten/kota's kind
 *       (Kabupaten/Kota) is the official one.</li>
 * </ul>
 * REGION-CODE-1 and -3 need no register; -2 and -4 are not evaluated without one. A value without any
 * code satisfies all four: names are never guessed into codes.
 */
public final class RegionCodeRules {
  /** The rule set's name. */
  public static final String NAME = "region-codes";
  /** Its version: the first set of the rules (issue 17). */
  public static final String VERSION = "1";

  private static final String FIELDS = "Tabel 3.1 f–h";
  private static final String SEAT = "f. Kelurahan: nama kelurahan tempat KIM berdomisili; "
      + "g. Kecamatan: nama kecamatan tempat KIM berdomisili";

  /** REGION-CODE-1..4, in that order. */
  public static final RuleSet<RegionCodeFacts> RULES = RuleSet.of(NAME, VERSION, List.of(
      new RegionCodeRule("REGION-CODE-1", Citation.proposed(FIELDS, SEAT), false),
      new RegionCodeRule("REGION-CODE-2", Citation.proposed(FIELDS, SEAT), true),
      new RegionCodeRule("REGION-CODE-3", Citation.proposed("II.B.3, " + FIELDS,
          "b. Berkedudukan di Kelurahan /Desa/Kampung atau yang disebut dengan nama lain"), false),
      new RegionCodeRule("REGION-CODE-4", Citation.proposed(FIELDS, SEAT), true)));

  private RegionCodeRules() {}
}
