package id.kim.cli;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.report.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Which KIM a command answers for: all, or the ones named with {@code --kim}. */
final class Selection {
  @Option(names = "--kim", paramLabel = "NAME", description = "Only this KIM (repeatable); default all.")
  List<String> names;

  /**
   * @param records every record, in order
   * @param lang the language of the problem
   * @return the records named, in the records' order; every record if no {@code --kim} is given
   * @throws CliFailure if a name matches no record
   */
  List<KimRecord> of(List<KimRecord> records, Lang lang) {
    if (names == null || names.isEmpty()) {
      return records;
    }
    List<KimRecord> out = new ArrayList<>();
    for (String name : names) {
      boolean found = false;
      for (KimRecord r : records) {
        if (r.profile().name().strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
          found = true;
          if (!out.contains(r)) {
            out.add(r);
          }
        }
      }
      if (!found) {
        throw CliFailure.badInput(Texts.get(lang, "cli.unknownKim", name));
      }
    }
    out.sort(Dataset.ORDER);
    return out;
  }
}
