package id.kim.server;

import id.kim.core.i18n.Lang;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: {@code ?lang=id|en} if given, else the first of Indonesian and English
 * the {@code Accept-Language} header prefers, else Indonesian (the juknis' language, the default).
 */
final class Language {
  private static final List<Locale> OFFERED = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

  private Language() {}

  /**
   * @param ctx the request
   * @return the language asked for
   * @throws ProblemException 400 if {@code ?lang=} is neither {@code id} nor {@code en}
   */
  static Lang of(Context ctx) {
    String param = ctx.queryParam("lang");
    if (param != null) {
      return switch (param) {
        case "id" -> Lang.ID;
        case "en" -> Lang.EN;
        default -> throw new ProblemException(Problems.badRequest(Lang.ID, "server.detail.lang"));
      };
    }
    return accepted(ctx.header("Accept-Language"));
  }

  /** @return the language asked for; Indonesian when the request's is unusable (for problem documents) */
  static Lang lenient(Context ctx) {
    try {
      return of(ctx);
    } catch (RuntimeException e) {
      return Lang.ID;
    }
  }

  /** @return the language an {@code Accept-Language} header prefers among id and en; id by default */
  static Lang accepted(String header) {
    if (header == null || header.isBlank()) {
      return Lang.ID;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(header), OFFERED);
      return best != null && best.getLanguage().equals("en") ? Lang.EN : Lang.ID;
    } catch (RuntimeException e) { // the JDK's parser throws more than IllegalArgumentException on "-"
      return Lang.ID;
    }
  }
}
