package id.kim.rules.termination;

import id.kim.core.agency.Officer;
import id.kim.rules.explain.Evidence;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing a trigger check found in a record: the ground, whom it is about, an identity key (to tell
 * a new finding from one already present in an earlier version of the record) and the evidence.
 * Internal: callers see {@link Indication}s and findings.
 */
final class Hit {
  /** Total order: by subject, identity key, then evidence (two people may share a name). */
  static final Comparator<Hit> ORDER = Comparator.<Hit, TriggerSubject>comparing(h -> h.subject)
      .thenComparing(h -> h.key)
      .thenComparing(h -> h.evidence.mkString("; "));

  final TerminationTrigger trigger;
  final TriggerSubject subject;
  /** Identity of what was found, e.g. "BOARD_MEMBER|Siti Aminah"; never printed (it may hold a name). */
  final String key;
  final Seq<Evidence> evidence;

  Hit(TerminationTrigger trigger, TriggerSubject subject, String key, Seq<Evidence> evidence) {
    this.trigger = trigger;
    this.subject = subject;
    this.key = key;
    this.evidence = evidence;
  }

  boolean sameAs(Hit other) {
    return trigger == other.trigger && subject == other.subject && key.equals(other.key);
  }

  Indication detected(Officer by, LocalDate on) {
    return Indication.builder().trigger(trigger).subject(subject).source(IndicationSource.DETECTED)
        .evidence(evidence).reportedBy(by).reportedOn(on).build();
  }
}
