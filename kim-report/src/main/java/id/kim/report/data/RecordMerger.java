package id.kim.report.data;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the profiles of a Tabel 3.1 CSV with the JSON records of the same KIM (documents, board,
 * declaration, assessments). A JSON record names its KIM by {@code profile.name} only — the profile
 * comes from the CSV — and is matched by name, ignoring case and surrounding spaces. A profile
 * without a JSON record becomes a record of its profile alone. Nothing is dropped silently: a JSON
 * record whose KIM is not in the CSV, or that carries more than the name, is a problem — unless its
 * KIM's row was rejected by the import, which reports that row already.
 */
public final class RecordMerger {
  private RecordMerger() {}

  /**
   * @param profiles the profiles of the CSV, names unique
   * @param documents the JSON records
   * @param rejected names of KIM whose CSV rows were rejected
   * @param source the JSON input's name, for problems
   * @param lang the language of problems
   * @return the records in CSV order, or the first problem
   */
  public static Either<String, List<KimRecord>> merge(List<KimProfile> profiles, List<KimRecord> documents,
      Set<String> rejected, String source, Lang lang) {
    Map<String, KimRecord> byName = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      KimRecord d = documents.get(i);
      if (!d.profile().equals(KimProfile.builder().name(d.profile().name()).build())) {
        return Either.left(source + ": " + Texts.get(lang, "merge.profileInJson", "$[" + i + "].profile"));
      }
      if (byName.put(key(d.profile().name()), d) != null) {
        return Either.left(source + ": " + Texts.get(lang, "merge.duplicate", "$[" + i + "].profile.name"));
      }
    }
    List<KimRecord> out = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (KimProfile p : profiles) {
      if (seen.put(key(p.name()), true) != null) {
        return Either.left(Texts.get(lang, "merge.duplicateProfile", p.name()));
      }
      KimRecord d = byName.remove(key(p.name()));
      out.add(d == null ? KimRecord.of(p) : d.withProfile(p));
    }
    rejected.forEach(name -> byName.remove(key(name)));
    if (!byName.isEmpty()) {
      String first = byName.values().iterator().next().profile().name();
      return Either.left(source + ": " + Texts.get(lang, "merge.unmatched", first, byName.size()));
    }
    return Either.right(out);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
