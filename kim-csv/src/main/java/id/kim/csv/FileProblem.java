package id.kim.csv;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import java.util.List;
import org.immutables.value.Value;

/**
 * Why a file cannot be read as Tabel 3.1 at all: it is empty, not UTF-8 (e.g. UTF-16), or its header
 * lacks a column every row needs. Row-level problems are {@link RowError}s instead.
 */
@Value.Immutable
public abstract class FileProblem {

  /** @return the stable message key */
  public abstract String messageKey();

  /** @return message arguments (header names, never cell contents) */
  public abstract List<String> args();

  static FileProblem of(String key, String... args) {
    return ImmutableFileProblem.builder().messageKey(key).addArgs(args).build();
  }

  /**
   * @param lang the language
   * @return what is wrong and what to do
   */
  public String message(Lang lang) {
    return Bundles.format(CellProblem.BUNDLE, messageKey(), lang, args().toArray());
  }

  @Override
  public String toString() {
    return message(Lang.EN);
  }
}
