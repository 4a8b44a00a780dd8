package id.kim.rules.explain;

import id.kim.core.i18n.Lang;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What one rule concluded, and why: the rule's ID and juknis citation, the outcome, the evidence it
 * used, a message in Indonesian and English and — when the outcome is not satisfied or unknown — what
 * to bring to fix it. Every rule family (eligibility, termination, mapping, evaluation) answers in
 * findings of this one kind.
 */
@Value.Immutable
public abstract class Finding {

  /** @return the rule's RULES.md ID */
  public abstract RuleId ruleId();

  /** @return where the rule comes from */
  public abstract Citation citation();

  /** @return what the rule concluded */
  public abstract Outcome outcome();

  /** @return whether this finding can change a decision */
  @Value.Default
  public Severity severity() {
    return Severity.REQUIREMENT;
  }

  /** @return the facts used */
  @Value.Default
  public Seq<Evidence> evidence() {
    return List.empty();
  }

  /** @return why, in words */
  public abstract Message message();

  /** @return what to bring or do to satisfy the rule, when there is something to do */
  @Value.Default
  public Option<Message> remedy() {
    return Option.none();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if this is a requirement that is not satisfied */
  public boolean isFailure() {
    return severity() == Severity.REQUIREMENT && outcome() == Outcome.NOT_SATISFIED;
  }

  /**
   * @param lang the language
   * @return one line, e.g. {@code "PARTNER-LEGAL-1 Tidak terpenuhi: SK … berakhir 2026-06-30"}
   */
  public String summary(Lang lang) {
    return ruleId() + " " + outcome().label(lang) + ": " + message().render(lang);
  }

  @Override
  public String toString() {
    return summary(Lang.EN);
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
