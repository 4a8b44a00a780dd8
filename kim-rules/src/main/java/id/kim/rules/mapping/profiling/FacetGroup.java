package id.kim.rules.mapping.profiling;

import id.kim.core.community.KimRef;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * The KIM of a census that share one value of a facet — e.g. every KIM using "Media digital"
 * (MAP-RULE-b). A KIM with several values (several media) is in several groups; a KIM whose field is
 * not filled is in the group {@link #NOT_RECORDED}, so no KIM is left out.
 */
@Value.Immutable
public abstract class FacetGroup {
  /** The value of the group of KIM whose field is not filled. */
  public static final String NOT_RECORDED = "-";

  /** @return the facet */
  @Value.Parameter
  public abstract Facet facet();

  /** @return the value, an Indonesian label, or {@link #NOT_RECORDED} */
  @Value.Parameter
  public abstract String value();

  /** @return the KIM with that value, ordered by ref */
  @Value.Parameter
  public abstract Seq<KimRef> kims();

  /**
   * @param facet the facet
   * @param value the value
   * @param kims the KIM
   * @return the group
   */
  public static FacetGroup of(Facet facet, String value, Seq<KimRef> kims) {
    return ImmutableFacetGroup.of(facet, value, kims.sorted());
  }

  @Override
  public String toString() {
    return facet() + "=" + value() + ": " + kims().mkString(", ");
  }
}
