package id.kim.rules.collaboration;

import id.kim.rules.explain.Message;

/**
 * The message bundle of the collaboration family, {@code id/kim/rules/collaboration/Messages}
 * (Indonesian, the default) and {@code Messages_en} (English). Keys are stable; callers may translate
 * further by key.
 */
public final class CollaborationMessages {
  /** The bundle's base name. */
  public static final String BUNDLE = "id.kim.rules.collaboration.Messages";

  private CollaborationMessages() {}

  /**
   * @param key a key of the bundle
   * @param args the arguments, already masked where personal
   * @return the message
   */
  public static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
