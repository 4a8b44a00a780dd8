package id.kim.report;

import java.util.List;
import org.immutables.value.Value;

/** One public issue of Tabel 3.2 in the report: title, field, flags, phase, and the KIM linked to it (MAP-RULE-c). */
@Value.Immutable
public abstract class IssueRow {

  /** @return the issue */
  public abstract String title();

  /** @return its field, priority or crisis flag and phase, in words */
  public abstract String facts();

  /** @return the KIM linked (MAP-RULE-c), by their numbers, grouped by the same reasons: one line per group */
  public abstract List<String> links();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssueRow}. */
  public static final class Builder extends ImmutableIssueRow.Builder {}
}
