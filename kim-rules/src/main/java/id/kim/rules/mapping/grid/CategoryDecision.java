package id.kim.rules.mapping.grid;

import id.kim.core.agency.Officer;
import id.kim.core.community.KimRef;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * The Dinas' recorded decision of the category of a KIM whose power and influence differ, under
 * {@link MixedCasePolicy#MANUAL} (GAP-14). It applies only to a KIM that would otherwise be
 * {@link GridCategory#UNCLASSIFIED}; the latest decision on or before the as-of date counts (same
 * day: the higher row number — the weaker or, for rows 2 and 3, the later row — then the rationale).
 */
@Value.Immutable
public abstract class CategoryDecision implements WithCategoryDecision {
  /** Precedence of two decisions for one KIM. */
  static final Comparator<CategoryDecision> PRECEDENCE = Comparator.comparing(CategoryDecision::decidedOn)
      .thenComparing(CategoryDecision::category)
      .thenComparing(CategoryDecision::rationale)
      .thenComparing(d -> d.decidedBy().name().value());

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return the category decided, one of the four rows */
  public abstract GridCategory category();

  /** @return the officer who decided */
  public abstract Officer decidedBy();

  /** @return the day of the decision */
  public abstract LocalDate decidedOn();

  /** @return why */
  public abstract String rationale();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** One of the four rows, with reasons. */
  @Value.Check
  protected void check() {
    if (category() == GridCategory.UNCLASSIFIED) {
      throw new IllegalArgumentException("CategoryDecision for " + kim() + " must name one of the four Tabel 3.3 "
          + "categories, not UNCLASSIFIED (GAP-14)");
    }
    if (rationale().isBlank()) {
      throw new IllegalArgumentException("CategoryDecision.rationale for " + kim() + " must not be blank (GAP-14)");
    }
  }

  @Override
  public String toString() {
    return "CategoryDecision[" + kim() + " " + category() + " by " + decidedBy().name() + " on " + decidedOn() + "]";
  }

  /** Builds a {@link CategoryDecision}. */
  public static final class Builder extends ImmutableCategoryDecision.Builder {}
}
