package id.kim.csv;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is wrong with one cell of a Tabel 3.1 row: the column as the file names it, the rule it breaks
 * (the profile field it fills, PROFILE-a..t, or the validation rule; {@value #ROW_RULE} when the row
 * itself cannot be split into cells) and a message in Indonesian or English. It never repeats the
 * cell's content, which may be personal data (GAP-49).
 */
@Value.Immutable
public abstract class CellProblem {
  static final String BUNDLE = "id.kim.csv.Messages";
  private static final String VALIDATION_BUNDLE = "id.kim.core.validation.Messages";
  /**
   * The rule of a row that cannot be split into cells (a broken quote, a record over the limit, cells
   * past the last header): the profile list holds, as far as possible, every KIM of the area, so the
   * row is reported rather than dropped or guessed at.
   */
  static final String ROW_RULE = "MAP-A-1";

  /** @return the column's header as written in the file, e.g. {@code "No. WhatsApp"} */
  public abstract String column();

  /**
   * @return the rule the cell breaks, e.g. {@code "PROFILE-i"} (the field the column fills), a
   *     validation rule, or {@value #ROW_RULE} for a row that cannot be split; always present
   */
  public abstract Optional<String> ruleId();

  /** @return the message bundle */
  public abstract String bundle();

  /** @return the stable message key */
  public abstract String messageKey();

  /** @return positional message arguments (never cell contents) */
  public abstract List<String> args();

  /** @return named attributes of a validation message, e.g. {@code max=150} */
  public abstract Map<String, String> attributes();

  static CellProblem of(Tabel31Column column, String header, String key, String... args) {
    return ImmutableCellProblem.builder().column(header).ruleId(column.ruleId()).bundle(BUNDLE).messageKey(key)
        .addArgs(args).build();
  }

  /**
   * @param header the column's header as written
   * @param ruleId the rule the cell breaks, e.g. {@code REGION-CODE-2}
   * @return a problem under that rule rather than the column's field
   */
  static CellProblem ofRule(String header, String ruleId, String key, String... args) {
    return ImmutableCellProblem.builder().column(header).ruleId(ruleId).bundle(BUNDLE).messageKey(key)
        .addArgs(args).build();
  }

  /**
   * @param header the header of the cell where the row broke, or {@code #n} past the last header
   * @return a problem of the row's structure ({@value #ROW_RULE})
   */
  static CellProblem ofRow(String header, String key, String... args) {
    return ImmutableCellProblem.builder().column(header).ruleId(ROW_RULE).bundle(BUNDLE).messageKey(key)
        .addArgs(args).build();
  }

  static CellProblem ofViolation(Tabel31Column column, String header, FieldViolation violation) {
    return ImmutableCellProblem.builder().column(header).ruleId(violation.ruleId().or(column::ruleId))
        .bundle(VALIDATION_BUNDLE).messageKey(violation.messageKey()).attributes(violation.attributes()).build();
  }

  /**
   * @param lang the language
   * @return what is wrong with the cell
   */
  public String message(Lang lang) {
    String text = Bundles.format(bundle(), messageKey(), lang, args().toArray());
    for (Map.Entry<String, String> a : attributes().entrySet()) {
      text = text.replace("{" + a.getKey() + "}", a.getValue());
    }
    return text;
  }

  /**
   * @param lang the language
   * @return e.g. {@code Kolom "WhatsApp": bukan nomor seluler … (PROFILE-i)}
   */
  public String describe(Lang lang) {
    return (lang == Lang.ID ? "kolom \"" : "column \"") + column() + "\": " + message(lang)
        + ruleId().map(r -> " (" + r + ")").orElse("");
  }

  @Override
  public String toString() {
    return describe(Lang.EN);
  }
}
