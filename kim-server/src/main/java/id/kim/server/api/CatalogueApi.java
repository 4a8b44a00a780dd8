package id.kim.server.api;

import id.kim.core.i18n.Lang;
import id.kim.rules.engine.Rule;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.RuleTitles;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import java.io.IOException;
import java.util.Optional;

/**
 * The catalogue: {@code GET /v1/rule-sets}, {@code GET /v1/rule-sets/{name}/{version}} and
 * {@code GET /v1/rules/{id}} — each rule's ID, its short title in the request's language, its juknis
 * section and quote, and whether it is a
 * PROPOSED resolution of a gap the juknis leaves open (RULES.md §0.2).
 */
public final class CatalogueApi {
  private CatalogueApi() {}

  /** @return {@code GET /v1/rule-sets}: name, version and number of rules of each rule set */
  public static Endpoint ruleSets() {
    return request -> {
      try (JsonAnswer j = new JsonAnswer(request.lang())) {
        j.startObject().startArray("ruleSets");
        for (RuleSet<?> s : Catalogue.SETS) {
          j.element(s.ref());
        }
        j.endArray().endObject();
        return j.answer();
      }
    };
  }

  /** @return {@code GET /v1/rule-sets/{name}/{version}}: the rule set with its rules; 404 if none */
  public static Endpoint ruleSet() {
    return request -> {
      RuleSet<?> s = Catalogue.set(request.pathParam("name"), request.pathParam("version"))
          .orElseThrow(() -> new ProblemException(Problems.notFound(request.lang())));
      try (JsonAnswer j = new JsonAnswer(request.lang())) {
        j.startObject().field("name", s.ref().name()).field("version", s.ref().version()).startArray("rules");
        for (Rule<?> r : s.rules()) {
          rule(j, r, request.lang());
        }
        j.endArray().endObject();
        return j.answer();
      }
    };
  }

  /** @return {@code GET /v1/rules/{id}}: the rule and the rule sets that hold it; 404 if none */
  public static Endpoint rule() {
    return request -> {
      String id = request.pathParam("id");
      Rule<?> r = Catalogue.rule(id).orElseThrow(() -> new ProblemException(Problems.notFound(request.lang())));
      try (JsonAnswer j = new JsonAnswer(request.lang())) {
        j.startObject().field("id", r.id().value());
        title(j, r, request.lang());
        j.value("citation", r.citation()).field("proposed", r.citation().proposed()).startArray("ruleSets");
        for (RuleSet<?> s : Catalogue.setsOf(id)) {
          j.element(s.ref());
        }
        j.endArray().endObject();
        return j.answer();
      }
    };
  }

  private static void rule(JsonAnswer j, Rule<?> r, Lang lang) throws IOException {
    j.startObject().field("id", r.id().value());
    title(j, r, lang);
    j.value("citation", r.citation()).field("proposed", r.citation().proposed()).endObject();
  }

  /** The rule's short title in the request's language (RuleTitles); every rule of the catalogue has one. */
  private static void title(JsonAnswer j, Rule<?> r, Lang lang) throws IOException {
    Optional<String> title = RuleTitles.of(r.id(), lang).toJavaOptional();
    if (title.isPresent()) {
      j.field("title", title.get());
    }
  }
}
