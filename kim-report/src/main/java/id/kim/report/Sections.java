package id.kim.report;

import id.kim.core.i18n.Lang;
import java.util.List;

/** The table sections of the report: import, eligibility, termination reviews with the lifecycle. */
final class Sections {
  private Sections() {}

  static void importSection(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    model.importSummary().ifPresent(summary -> {
      x.start("section", "id", "import").element("h2", Texts.get(lang, "report.import.title"));
      x.element("p", summary);
      if (!model.importErrors().isEmpty()) {
        x.start("ul", "class", "import-errors");
        model.importErrors().forEach(e -> x.element("li", e));
        x.end();
      }
      x.end().newline();
    });
  }

  static void eligibility(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    x.start("section", "id", "eligibility").element("h2", Texts.get(lang, "report.eligibility.title"));
    x.element("p", Texts.get(lang, "report.eligibility.intro"));
    if (!model.eligibility().isEmpty()) {
      x.start("table", "class", "eligibility").start("thead").start("tr");
      for (String key : new String[] {"report.col.no", "report.col.kim", "report.col.type", "report.col.number",
          "report.col.mappingEntry", "report.col.partnership", "report.col.reasons"}) {
        x.element("th", Texts.get(lang, key));
      }
      x.end().end().start("tbody").newline();
      int i = 1;
      for (EligibilityRow row : model.eligibility()) {
        x.start("tr", "data-kim", row.kim(), "data-verdict", row.partnership().orElse("PENDING"));
        x.element("td", String.valueOf(i++)).element("td", row.kim()).element("td", row.type().orElse("–"), "class", "nowrap")
            .element("td", row.communityNumber().orElse("–"), "class", "nowrap");
        verdict(x, row.mappingEntry().orElse("PENDING"), row.mappingEntryLabel().orElse("–"));
        verdict(x, row.partnership().orElse("PENDING"), row.partnershipLabel().orElse("–"));
        x.start("td");
        reasons(x, row.reasons());
        x.end().end().newline();
      }
      x.end().end();
    }
    x.end().newline();
  }

  static void reviews(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    x.start("section", "id", "reviews").element("h2", Texts.get(lang, "report.reviews.title"));
    x.element("p", Texts.get(lang, "report.reviews.intro"));
    x.element("p", Texts.get(lang, "report.reviews.lifecycle"), "class", "meta");
    if (!model.reviews().isEmpty()) {
      x.start("table", "class", "reviews").start("thead").start("tr");
      for (String key : new String[] {"report.col.kim", "report.col.partner", "report.col.lifecycle", "report.col.indicated",
          "report.col.unknown"}) {
        x.element("th", Texts.get(lang, key));
      }
      x.end().end().start("tbody").newline();
      for (ReviewRow row : model.reviews()) {
        x.start("tr", "data-kim", row.kim(), "data-partner", String.valueOf(row.partner()), "data-status", row.status().orElse("-"));
        x.element("td", row.kim()).element("td", Texts.get(lang, row.partner() ? "report.yes" : "report.no"));
        x.start("td", "class", "small");
        row.status().ifPresent(s -> x.element("span", s, "class", "status s-" + s));
        row.lifecycle().ifPresent(l -> x.text(" " + l));
        x.end().start("td");
        reasons(x, row.indicated());
        x.end().start("td");
        x.text(String.join(", ", row.unknown().stream().map(Reason::ruleId).toArray(String[]::new)));
        x.end().end().newline();
      }
      x.end().end();
    }
    x.end().newline();
  }

  private static void verdict(XmlOut x, String code, String label) {
    x.element("td", label, "class", "v nowrap v-" + code);
  }

  static void reasons(XmlOut x, List<Reason> reasons) {
    if (reasons.isEmpty()) {
      x.text("–");
      return;
    }
    x.start("ul", "class", "reasons");
    for (Reason r : reasons) {
      x.start("li").element("span", r.ruleId(), "class", "rule").text(" " + r.outcomeLabel() + ": " + r.message());
      r.remedy().ifPresent(m -> x.text(" → " + m));
      x.end();
    }
    x.end();
  }
}
