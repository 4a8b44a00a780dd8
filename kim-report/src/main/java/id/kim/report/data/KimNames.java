package id.kim.report.data;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completes the KIM named in the further files (grid assessments, issues, decisions, monitoring) from
 * the records: a {@code KimRef} given by name alone — {@code {"name": "KIM Mekar Sari"}} — is the KIM
 * of that name in the records (ignoring case and surrounding spaces), with its Nomor Induk Komunitas
 * and seat ({@code KimRef.from(profile)}), so a file need not repeat them. A full reference is kept as
 * written. Either way the KIM must be one of the records: a reference to no KIM is a problem, never
 * dropped.
 */
final class KimNames {
  private final Map<String, KimRef> byName = new HashMap<>();
  private final List<KimRef> known;

  KimNames(List<KimRecord> records) {
    this.known = records.stream().map(r -> KimRef.from(r.profile())).toList();
    known.forEach(ref -> byName.put(key(ref.name()), ref));
  }

  /**
   * @param ref a reference as read
   * @param where the input and JSONPath, for the problem
   * @param lang the language of the problem
   * @return the KIM of the records it names, or why there is none
   */
  Either<String, KimRef> resolve(KimRef ref, String where, Lang lang) {
    if (ref.communityNumber().isEmpty() && ref.seat().isEmpty()) {
      KimRef named = byName.get(key(ref.name()));
      return named != null ? Either.right(named) : unknown(ref, where, lang);
    }
    return known.contains(ref) ? Either.right(ref) : unknown(ref, where, lang);
  }

  private static Either<String, KimRef> unknown(KimRef ref, String where, Lang lang) {
    return Either.left(where + ": " + Texts.get(lang, "input.unknownKim", ref.name()));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
