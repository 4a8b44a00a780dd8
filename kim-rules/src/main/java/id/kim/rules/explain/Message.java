package id.kim.rules.explain;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * A message by reference: a bundle, a stable key and its arguments. It is rendered only when read,
 * in Indonesian (default) or English; callers may translate further by key. Arguments are text
 * (already masked when personal), placed with {@link java.text.MessageFormat} as {@code {0}},
 * {@code {1}} ….
 */
@Value.Immutable
public abstract class Message {

  /** @return the bundle base name, e.g. {@code "id.kim.rules.eligibility.Messages"} */
  public abstract String bundle();

  /** @return the stable key, e.g. {@code "PARTNER-LEGAL-1.expired"} */
  public abstract String key();

  /** @return the arguments */
  public abstract Seq<String> args();

  /**
   * @param bundle bundle base name
   * @param key message key
   * @param args arguments; rendered with {@code String.valueOf}
   * @return the message
   */
  public static Message of(String bundle, String key, Object... args) {
    String[] texts = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = ValueText.of(args[i]);
    }
    return ImmutableMessage.builder().bundle(bundle).key(key).args(List.of(texts)).build();
  }

  /**
   * @param lang the language
   * @return the text
   */
  public String render(Lang lang) {
    Object[] texts = new Object[args().size()];
    int i = 0;
    for (String arg : args()) {
      texts[i++] = arg;
    }
    return Bundles.format(bundle(), key(), lang, texts);
  }

  @Override
  public String toString() {
    return render(Lang.ID);
  }
}
