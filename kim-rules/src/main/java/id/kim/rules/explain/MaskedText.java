package id.kim.rules.explain;

import id.kim.core.privacy.Mask;

/**
 * A free text that may name people — an officer's note, a report — kept as evidence only by its
 * length ({@link Mask#text}, e.g. {@code ***(42)}): the text itself is never written.
 */
final class MaskedText {
  private final String text;

  MaskedText(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return Mask.text(text);
  }
}
