package id.kim.rules.eligibility;

import id.kim.rules.explain.Message;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A message key of a finding and, when something can be done about it, the key of its remedy
 * ({@code key + ".remedy"}, "what to bring to fix it"). Keys are stable, e.g.
 * {@code PARTNER-LEGAL-1.expired} and {@code PARTNER-LEGAL-1.expired.remedy}. Declared once as a
 * constant beside its rule; messages without arguments are built once.
 */
@Value.Immutable
public abstract class FindingKey {

  /** @return the bundle base name, e.g. {@code "id.kim.rules.eligibility.Messages"} */
  @Value.Parameter
  public abstract String bundle();

  /** @return the message key */
  @Value.Parameter
  public abstract String key();

  /** @return true if the bundle has a remedy under {@code key + ".remedy"} */
  @Value.Parameter
  public abstract boolean hasRemedy();

  /**
   * @param bundle bundle base name
   * @param key message key
   * @return a key whose bundle also has {@code key.remedy}
   */
  public static FindingKey of(String bundle, String key) {
    return ImmutableFindingKey.of(bundle, key, true);
  }

  /**
   * @param bundle bundle base name
   * @param key message key
   * @return a key without remedy (a satisfied outcome, or a warning there is nothing to bring for)
   */
  public static FindingKey withoutRemedy(String bundle, String key) {
    return ImmutableFindingKey.of(bundle, key, false);
  }

  /**
   * @param args the message arguments; the remedy may use any of them too
   * @return the message
   */
  public Message message(Object... args) {
    return args.length == 0 ? plainMessage() : Message.of(bundle(), key(), args);
  }

  /**
   * @param args the message arguments
   * @return the remedy, if the key has one
   */
  public Option<Message> remedy(Object... args) {
    if (!hasRemedy()) {
      return Option.none();
    }
    return args.length == 0 ? plainRemedy() : Option.some(Message.of(bundle(), remedyKey(), args));
  }

  @Value.Lazy
  Message plainMessage() {
    return Message.of(bundle(), key());
  }

  @Value.Lazy
  Option<Message> plainRemedy() {
    return Option.some(Message.of(bundle(), remedyKey()));
  }

  /** @return {@code key + ".remedy"}, built once */
  @Value.Lazy
  String remedyKey() {
    return key() + ".remedy";
  }

  @Override
  public String toString() {
    return key();
  }
}
