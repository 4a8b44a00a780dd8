package id.kim.rules.mapping.issue;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Finding;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * One issue linked to one KIM, with every reason that holds and the finding that explains it — a
 * name in column "Nama KIM" of Tabel 3.2 (ISSUE-MATRIX), made or confirmed by the link rule of
 * MAP-RULE-c.
 */
@Value.Immutable
public abstract class IssueLink {

  /** @return the issue's title (Isu Strategis) */
  public abstract String issueTitle();

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return the reasons that hold, in the order of {@link LinkReason} */
  public abstract Seq<LinkReason> reasons();

  /** @return the explanation: rule, citation, evidence, message */
  public abstract Finding explanation();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if the Dinas named the KIM itself */
  public boolean isRecorded() {
    return reasons().contains(LinkReason.RECORDED_BY_DINAS);
  }

  /** @return true if both a topic and an audience reason hold */
  public boolean isMatched() {
    return reasons().exists(r -> r.kind() == LinkReason.Kind.TOPIC)
        && reasons().exists(r -> r.kind() == LinkReason.Kind.AUDIENCE);
  }

  @Override
  public String toString() {
    return "IssueLink[" + issueTitle() + " -> " + kim() + ": " + reasons().mkString(", ") + "]";
  }

  /** Builds an {@link IssueLink}. */
  public static final class Builder extends ImmutableIssueLink.Builder {}
}
