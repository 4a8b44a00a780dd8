package id.kim.rules.mapping.profiling;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * "Mengkategorisasi KIM … berdasarkan khalayak sasaran, media yang digunakan, dan jenis konten yang
 * dibuat" (MAP-RULE-b): groups the KIM of a census by one facet and filters them by several.
 */
public final class Categorisation {
  /** MAP-RULE-b — KIM are collected and categorised by target audience, media and content type. */
  public static final RuleId MAP_RULE_B = RuleId.of("MAP-RULE-b");
  /** Citation of MAP-RULE-b. */
  public static final Citation MAP_RULE_B_CITATION = Citation.of("II.B.3.b",
      "mengidentifikasi KIM dengan mengumpulkan dan mengkategorisasi KIM di daerah berdasarkan khalayak "
          + "sasaran, media yang digunakan, dan jenis konten yang dibuat");

  private Categorisation() {}

  /**
   * @param census the census
   * @param facet the facet to group by
   * @return one group per value, ordered by value, the group of KIM without a value last
   */
  public static Seq<FacetGroup> groups(Census census, Facet facet) {
    requireNonNull(census, "census");
    requireNonNull(facet, "facet");
    Seq<Tuple2<String, KimRef>> pairs =
        census
            .entries()
            .flatMap(
                e -> {
                  Seq<String> values = facet.values(e.profile());
                  return (values.isEmpty() ? List.of(FacetGroup.NOT_RECORDED) : values)
                      .map(v -> Tuple.of(v, e.ref()));
                });
    Seq<FacetGroup> groups = pairs.groupBy(t -> t._1).toList()
        .map(g -> FacetGroup.of(facet, g._1, g._2.map(t -> t._2)))
        .sortBy(g -> g.value());
    return groups.filter(g -> !g.value().equals(FacetGroup.NOT_RECORDED))
        .appendAll(groups.filter(g -> g.value().equals(FacetGroup.NOT_RECORDED)));
  }

  /**
   * @param census the census
   * @param filter the criteria
   * @return the entries that match, ordered by ref
   */
  public static Seq<CensusEntry> filter(Census census, ProfileFilter filter) {
    requireNonNull(census, "census");
    requireNonNull(filter, "filter");
    return census.entries().filter(e -> filter.matches(e.profile()));
  }
}
