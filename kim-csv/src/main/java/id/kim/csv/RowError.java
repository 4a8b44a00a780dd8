package id.kim.csv;

import id.kim.core.i18n.Lang;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Why one row of a Tabel 3.1 file did not become a profile: its spreadsheet row number (the header
 * is row 1), the line it starts on, and every problem found in its cells. Other rows are not
 * affected.
 */
@Value.Immutable
public abstract class RowError {

  /** @return the row number as a spreadsheet shows it (header = 1, first data row = 2) */
  public abstract int row();

  /** @return the physical line of the file the row starts on (differs from the row after cells with line breaks) */
  public abstract int line();

  /** @return the name of the KIM in the row, when it could be read — to find the row again */
  public abstract Optional<String> kimName();

  /** @return the problems, in column order; never empty */
  public abstract List<CellProblem> problems();

  /**
   * @param lang the language
   * @return one line per problem, prefixed by the row, e.g. {@code baris 7: kolom "Tipe KIM": …}
   */
  public String describe(Lang lang) {
    String line = line() == row() ? "" : " (" + (lang == Lang.ID ? "baris berkas " : "line ") + line() + ")";
    String prefix = (lang == Lang.ID ? "baris " : "row ") + row() + line + ": ";
    return problems().stream().map(p -> prefix + p.describe(lang)).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return describe(Lang.EN);
  }
}
