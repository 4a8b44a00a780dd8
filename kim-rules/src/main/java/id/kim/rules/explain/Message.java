package id.kim.rules.explain;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.privacy.Mask;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * A message by reference: a bundle, a stable key and its arguments. It is rendered only when read,
 * in Indonesian (default) or English; callers may translate further by key. Arguments are text
 * (already masked when personal), placed with {@link java.text.MessageFormat} as {@code {0}},
 * {@code {1}} ….
 *
 * <p>Like {@link Evidence}, a message keeps the arguments it was given when they are immutable
 * values (text, dates, numbers, enum constants, kim-core personal data) and writes them as text when
 * {@link #args()} is read; any other argument is written at once. Two messages are equal
 * when their bundles, keys and argument texts are.
 */
@Value.Immutable
public abstract class Message {

  /** @return the bundle base name, e.g. {@code "id.kim.rules.eligibility.Messages"} */
  @Value.Parameter
  public abstract String bundle();

  /** @return the stable key, e.g. {@code "PARTNER-LEGAL-1.expired"} */
  @Value.Parameter
  public abstract String key();

  /** @return the arguments as given (immutable values), or their texts */
  @Value.Parameter
  @Value.Auxiliary
  abstract Seq<Object> facts();

  /**
   * @return the arguments, each as {@code String.valueOf} of what was given with personal data of a
   *     recognisable shape masked (written on each read)
   */
  public Seq<String> args() {
    return facts().map(Message::shown);
  }

  /** @return an argument as text, its personal data of a recognisable shape masked ({@link Mask#inText}) */
  private static String shown(Object fact) {
    return Mask.inText(ValueText.of(fact));
  }

  /**
   * @param bundle bundle base name
   * @param key message key
   * @param args arguments, none null; rendered with {@code String.valueOf}
   * @return the message
   * @throws MissingValueException if the bundle, the key, the arguments or one of them is null
   */
  public static Message of(String bundle, String key, Object... args) {
    MissingValueException.requireNonNull(bundle, "bundle");
    MissingValueException.requireNonNull(key, "key");
    MissingValueException.requireNonNullElements(args, "args");
    for (int i = 0; i < args.length; i++) {
      if (!FactText.isSettled(args[i])) {
        return ImmutableMessage.of(bundle, key, Array.of(args).map(ValueText::of));
      }
    }
    return ImmutableMessage.of(bundle, key, Array.of(args));
  }

  /**
   * @param lang the language
   * @return the text
   */
  public String render(Lang lang) {
    Seq<Object> facts = facts();
    Object[] texts = new Object[facts.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = shown(facts.get(i));
    }
    return Bundles.format(bundle(), key(), lang, texts);
  }

  /** Messages are equal when their bundles, keys and argument texts are. */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Message that)) {
      return false;
    }
    return key().equals(that.key()) && bundle().equals(that.bundle()) && args().equals(that.args());
  }

  @Override
  public final int hashCode() {
    return (31 * bundle().hashCode() + key().hashCode()) * 31 + args().hashCode();
  }

  @Override
  public String toString() {
    return render(Lang.ID);
  }
}
