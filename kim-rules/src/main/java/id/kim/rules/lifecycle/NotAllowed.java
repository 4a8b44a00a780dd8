package id.kim.rules.lifecycle;

import id.kim.rules.explain.Message;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The rejection of an event in a state that does not allow it: the reason says what has to happen
 * first, and cites the rules that order the steps (e.g. TERM-PROC-1/2 for a termination without review,
 * INV-7 for a review of a non-partner).
 */
final class NotAllowed {
  private NotAllowed() {}

  static Rejection of(EventKind kind, Status state) {
    String key = state == Status.DEREGISTERED ? "notAllowed.final" : "notAllowed." + kind.name();
    return Rejection.of(kind, state, Option.none(), rules(kind), Message.of(Rejection.BUNDLE, key));
  }

  private static Seq<RuleId> rules(EventKind kind) {
    return switch (kind) {
      case REGISTER -> ids("PARTNER-LEGAL-2");
      case DESIGNATE -> ids("MAP-RULE-0", "INV-1");
      case OPEN_REVIEW -> ids("TERM-PROC-1", "INV-7");
      case TERMINATE -> ids("TERM-PROC-1", "TERM-PROC-2", "INV-3");
      case DEREGISTER -> ids("INV-7");
      default -> List.empty();
    };
  }

  private static Seq<RuleId> ids(String... ids) {
    return List.of(ids).map(RuleId::of);
  }
}
