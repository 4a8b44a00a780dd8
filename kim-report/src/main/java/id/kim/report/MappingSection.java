package id.kim.report;

import id.kim.core.i18n.Lang;
import id.kim.rules.mapping.grid.GridCategory;

/**
 * The mapping part of the report (juknis chapter III, REPORT-1): the matrix of prioritised KIM, the
 * grid of Tabel 3.3 with every KIM placed and its legend, the policies in force (GAP-14..18), the
 * issues of Tabel 3.2 and the open points.
 */
final class MappingSection {
  private MappingSection() {}

  static void write(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    x.start("section", "id", "grid").element("h2", Texts.get(lang, "report.grid.title"));
    x.element("p", Texts.get(lang, "report.grid.intro"));
    model.gridNote().ifPresent(n -> x.element("p", n, "class", "note"));
    if (!model.grid().isEmpty()) {
      x.element("h3", Texts.get(lang, "report.grid.drawing"));
      x.start("figure");
      GridSvg.write(x, model.grid(), lang);
      x.start("figcaption");
      for (GridCategory c : GridCategory.values()) {
        if (c != GridCategory.UNCLASSIFIED || model.grid().stream().anyMatch(p -> p.category() == c)) {
          x.start("span", "class", "key").start("span", "class", "swatch", "style", "background:" + Palette.point(c)).end()
              .text(Texts.get(lang, "report.grid.cell." + c.name())).end();
        }
      }
      x.start("span", "class", "key").start("span", "class", "swatch ring").end().text(Texts.get(lang, "report.grid.key.mixed")).end();
      x.end().end().newline();
      x.element("h3", Texts.get(lang, "report.policy.title"));
      list(x, model.mappingPolicy());
      matrix(x, model);
      legend(x, model);
    }
    if (!model.issues().isEmpty()) {
      x.element("h3", Texts.get(lang, "report.issue.title"));
      x.start("ul", "class", "issues");
      for (IssueRow issue : model.issues()) {
        x.start("li").element("strong", issue.title()).text(" — " + issue.facts());
        list(x, issue.links());
        x.end();
      }
      x.end().newline();
    }
    if (!model.mappingNotes().isEmpty()) {
      x.element("h3", Texts.get(lang, "report.notes.title"));
      list(x, model.mappingNotes());
    }
    x.end().newline();
  }

  private static void matrix(XmlOut x, ReportModel model) {
    Lang lang = model.lang();
    x.element("h3", Texts.get(lang, "report.matrix.title"));
    table(x, model, true);
  }

  private static void legend(XmlOut x, ReportModel model) {
    x.start("details").element("summary", Texts.get(model.lang(), "report.grid.legend", model.grid().size()));
    table(x, model, false);
    x.end().newline();
  }

  private static void table(XmlOut x, ReportModel model, boolean matrix) {
    Lang lang = model.lang();
    x.start("table", "class", matrix ? "matrix" : "grid-legend").start("thead").start("tr");
    for (String key : new String[] {"report.col.no", "report.col.kim", "report.col.interest", "report.col.power", "report.col.influence",
        "report.col.category", "report.col.approach", "report.col.priority"}) {
      x.element("th", Texts.get(lang, key));
    }
    x.end().end().start("tbody");
    for (GridPoint p : model.grid()) {
      if (matrix && !p.inMatrix()) {
        continue;
      }
      x.start("tr", "data-kim", p.kim(), "data-category", p.category().name()).element("td", String.valueOf(p.number()))
          .element("td", p.kim());
      level(x, p.interest().label(lang), p.interestBasis());
      level(x, p.power().label(lang), p.powerBasis());
      level(x, p.influence().label(lang), p.influenceBasis());
      x.start("td").element("strong", p.categoryLabel());
      p.placedBy().ifPresent(b -> x.empty("br").element("span", b, "class", "basis"));
      x.end().element("td", p.approaches(), "class", "small").element("td", p.priority(), "class", "small").end();
    }
    x.end().end().newline();
  }

  private static void level(XmlOut x, String level, String basis) {
    x.start("td").element("strong", level).empty("br").element("span", basis, "class", "basis").end();
  }

  static void list(XmlOut x, java.util.List<String> items) {
    x.start("ul");
    items.forEach(i -> x.element("li", i));
    x.end().newline();
  }
}
