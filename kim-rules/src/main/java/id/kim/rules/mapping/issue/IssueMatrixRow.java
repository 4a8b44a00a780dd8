package id.kim.rules.mapping.issue;

import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * One row of Tabel 3.2 (ISSUE-MATRIX): No., Isu Strategis, Bidang, Sumber Informasi and Nama KIM —
 * here the issue itself, its phase as of the matrix' date (ISSUE-ASPECT-5) and its links.
 */
@Value.Immutable
public abstract class IssueMatrixRow {

  /** @return column 1, No., from 1 */
  public abstract int number();

  /** @return the issue (columns 2–4) */
  public abstract PublicIssue issue();

  /** @return the issue's phase on the as-of date */
  public abstract IssuePhase phase();

  /** @return column 5: the linked KIM, ordered by ref */
  public abstract Seq<IssueLink> links();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssueMatrixRow}. */
  public static final class Builder extends ImmutableIssueMatrixRow.Builder {}
}
