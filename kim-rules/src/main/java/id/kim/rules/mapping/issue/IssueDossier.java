package id.kim.rules.mapping.issue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the Dinas has recorded about an issue under the six aspects of issue management
 * (ISSUE-ASPECT-1..6, III.B). Every aspect is optional — a dossier grows while the issue is
 * managed — and {@link #missingAspects()} says which are still open.
 */
@Value.Immutable
public abstract class IssueDossier {

  /** @return ISSUE-ASPECT-1: how and why the issue arose, how it concerns the Dinas, how to engage */
  public abstract Optional<String> background();

  /** @return ISSUE-ASPECT-2: who is involved, who is expert, who is the reference */
  public abstract java.util.List<IssueActor> actors();

  /** @return ISSUE-ASPECT-3: what is within the issue and must be assessed */
  public abstract Optional<String> scopeIncluded();

  /** @return ISSUE-ASPECT-3: what is outside it and need not be assessed */
  public abstract Optional<String> scopeExcluded();

  /** @return ISSUE-ASPECT-4: notes recorded about the issue */
  public abstract java.util.List<String> administration();

  /** @return ISSUE-ASPECT-5: emergence, exposure and expected fading */
  public abstract Optional<IssueDuration> duration();

  /** @return ISSUE-ASPECT-6: the Dinas' level of understanding */
  public abstract Optional<UnderstandingLevel> understanding();

  /** @return a dossier with nothing recorded yet */
  public static IssueDossier empty() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param aspect an aspect
   * @return true if something is recorded for it; administration counts notes and the capacities
   *     recorded for actors ("berserta kapasitas masing-masing")
   */
  public boolean isRecorded(IssueAspect aspect) {
    return switch (aspect) {
      case BACKGROUND -> background().filter(s -> !s.isBlank()).isPresent();
      case INVOLVED -> !actors().isEmpty();
      case SCOPE -> scopeIncluded().isPresent() || scopeExcluded().isPresent();
      case ADMINISTRATION ->
          !administration().isEmpty() || actors().stream().anyMatch(a -> a.capacity().isPresent());
      case DURATION -> duration().isPresent();
      default -> understanding().isPresent();
    };
  }

  /** @return the aspects with nothing recorded, in the juknis' order */
  public Seq<IssueAspect> missingAspects() {
    return List.of(IssueAspect.values()).filter(a -> !isRecorded(a));
  }

  /** Builds an {@link IssueDossier}. */
  public static final class Builder extends ImmutableIssueDossier.Builder {}
}
