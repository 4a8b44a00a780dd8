package id.kim.rules.eligibility;

/** The message bundle of the eligibility rules and short-hands for declaring their keys. */
final class Keys {
  /** Base name of {@code id/kim/rules/eligibility/Messages(_en).properties}. */
  static final String BUNDLE = "id.kim.rules.eligibility.Messages";

  private Keys() {}

  /** @return a key with a remedy in the eligibility bundle */
  static FindingKey failing(String key) {
    return FindingKey.of(BUNDLE, key);
  }

  /** @return a key without remedy in the eligibility bundle */
  static FindingKey plain(String key) {
    return FindingKey.withoutRemedy(BUNDLE, key);
  }
}
