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
  @Value.Parameter
  public abstract RuleId ruleId();

  /** @return where the rule comes from */
  @Value.Parameter
  public abstract Citation citation();

  /** @return what the rule concluded */
  @Value.Parameter
  public abstract Outcome outcome();

  /** @return whether this finding can change a decision ({@code REQUIREMENT} unless a builder sets it) */
  @Value.Parameter
  public abstract Severity severity();

  /** @return the facts used (none unless a builder sets them) */
  @Value.Parameter
  public abstract Seq<Evidence> evidence();

  /** @return why, in words */
  @Value.Parameter
  public abstract Message message();

  /** @return what to bring or do to satisfy the rule, when there is something to do (none unless set) */
  @Value.Parameter
  public abstract Option<Message> remedy();

  /**
   * @param ruleId the rule's ID
   * @param citation where the rule comes from
   * @param outcome what it concluded
   * @param severity whether the finding can change a decision
   * @param evidence the facts used
   * @param message why, in words
   * @param remedy what to bring or do, if anything
   * @return the finding
   */
  public static Finding of(RuleId ruleId, Citation citation, Outcome outcome, Severity severity,
      Seq<Evidence> evidence, Message message, Option<Message> remedy) {
    return ImmutableFinding.of(ruleId, citation, outcome, severity, evidence, message, remedy);
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

  /**
   * Builds a {@link Finding}: severity {@code REQUIREMENT}, no evidence and no remedy unless set.
   * (Defaults are set here rather than as Immutables defaults, so a finding carries no
   * initialisation state: rule sets build thousands of them per second.)
   */
  public static final class Builder extends ImmutableFinding.Builder {
    public Builder() {
      severity(Severity.REQUIREMENT);
      evidence(List.empty());
      remedy(Option.none());
    }
  }
}
