package id.kim.rules.lifecycle;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Why an event was not applied — never an exception, never a silent no-op. It names the event, the
 * state it met, the states that allow it, the step and rules whose guard refused it, and the reason in
 * Indonesian and English; when it comes from {@linkplain AuditTrail#replay() replaying} a stored trail,
 * also the entry where the trail breaks. The state it met is left unchanged.
 */
@Value.Immutable
public abstract class Rejection {
  static final String BUNDLE = "id.kim.rules.lifecycle.Messages";

  /** @return the event refused */
  public abstract EventKind event();

  /** @return the state the event met */
  public abstract Status state();

  /** @return the step whose guard refused it, when the state allows the event */
  @Value.Default
  public Option<Step> step() {
    return Option.none();
  }

  /** @return the RULES.md rules and invariants behind the refusal */
  @Value.Default
  public Seq<RuleId> rules() {
    return List.empty();
  }

  /** @return why */
  public abstract Message reason();

  /** @return the 1-based position in an audit trail where replay failed, if from a replay */
  @Value.Default
  public Option<Integer> entry() {
    return Option.none();
  }

  /** @return the states in which the event is allowed (its guards permitting) */
  public Seq<Status> allowedIn() {
    return event().allowedIn();
  }

  /**
   * @param lang the language
   * @return one sentence an officer can read, e.g. "Penghentian kemitraan ditolak pada status PARTNER …"
   */
  public String explain(Lang lang) {
    String allowed = allowedIn().isEmpty() ? Bundles.format(BUNDLE, "rejection.none", lang)
        : allowedIn().map(s -> s.name() + " (" + s.label(lang) + ")").mkString(", ");
    String text = Bundles.format(BUNDLE, "rejection", lang, event().label(lang), state().name(), state().label(lang),
        reason().render(lang), allowed);
    String cited = step().map(Step::label).toList().appendAll(rules().map(RuleId::value)).mkString(", ");
    String full = cited.isEmpty() ? text : text + Bundles.format(BUNDLE, "rejection.rules", lang, cited);
    return entry().map(n -> Bundles.format(BUNDLE, "rejection.entry", lang, n) + full).getOrElse(full);
  }

  static Rejection of(EventKind event, Status state, Option<Step> step, Seq<RuleId> rules, Message reason) {
    return ImmutableRejection.builder().event(event).state(state).step(step).rules(rules).reason(reason).build();
  }

  Rejection atEntry(int position) {
    return ImmutableRejection.builder().from(this).entry(Option.some(position)).build();
  }

  /**
   * @return a builder — the SDK makes a rejection only in {@link Lifecycle#apply} and {@link AuditTrail#replay()}; the
   * builder is public to reload a
   *     stored one (kim-json), and a stored history is trustworthy only through {@link AuditTrail#replay()}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Rejection[" + explain(Lang.EN) + "]";
  }

  /** Builds a {@link Rejection}. */
  public static final class Builder extends ImmutableRejection.Builder {}
}
