package id.kim.cli;

import id.kim.core.agency.Officer;
import id.kim.core.community.KimRecord;
import id.kim.json.JsonStreamWriter;
import id.kim.report.data.Dataset;
import id.kim.report.pipeline.ReviewRows;
import id.kim.report.pipeline.ReviewStep;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.termination.Indication;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kim review}: the termination grounds TERM-1..7 that the data indicate. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Scan each KIM for the termination grounds TERM-1..7 as of a date: indicated (NOT_SATISFIED), not "
        + "indicated (SATISFIED) or not knowable from the data (UNKNOWN, always so for TERM-4).",
        "For a partner an indication opens a review (TERM-PROC-1): the indications are listed, detected as of "
            + "the date; for a non-partner they open none (INV-7)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (an indicated ground is an answer)", "2:bad input or usage", "3:internal error"},
    footerHeading = "%nExamples:%n",
    footer = {"  kim review --partners-only --format text",
        "  kim review --kim 'KIM Sinar Pagi' --lang en"})
final class ReviewCommand extends KimSubcommand {
  @Mixin
  Selection kim = new Selection();

  @Option(names = "--partners-only",
      description = "Only KIM holding a partnership period on the as-of date (PROFILE-r).")
  boolean partnersOnly;

  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  ProgressOption progress = new ProgressOption();

  @Override
  int run() throws IOException {
    ReviewStep step = RuleFamilies.available().review();
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang());
    Officer checker = Officer.builder().name(ReviewRows.CHECKER).dinas(d.dinas()).build();
    List<KimRecord> records = kim.of(d.records(), lang());
    try (Writer w = output.open(out(), lang());
        Progress shown = progress(progress, "cli.progress.review", records.size())) {
      if (output.format == OutputOptions.Format.text) {
        PrintWriter p = new PrintWriter(w);
        for (KimRecord r : records) {
          shown.step();
          boolean partner = partner(r, asOf);
          if (!partnersOnly || partner) {
            text(p, r, partner, step.scan(r, d.dinas(), asOf));
          }
        }
        p.flush();
      } else {
        json(w, step, d, asOf, checker, records, shown);
      }
    }
    return ExitCode.OK;
  }

  private void json(Writer w, ReviewStep step, Dataset d, LocalDate asOf, Officer checker, List<KimRecord> records,
      Progress shown) throws IOException {
    try (JsonStreamWriter j = json(w)) {
      j.startObject().field("dinas", d.dinas().name()).field("asOf", asOf.toString()).startArray("reviews");
      for (KimRecord r : records) {
        shown.step();
        boolean partner = partner(r, asOf);
        if (partnersOnly && !partner) {
          continue;
        }
        j.startObject().field("kim", r.profile().name()).field("partner", partner)
            .value("findings", step.scan(r, d.dinas(), asOf).toJavaList());
        Seq<Indication> indications = step.detect(r, d.dinas(), asOf, checker);
        if (!indications.isEmpty()) {
          j.field("opensReview", partner).value("indications", indications.toJavaList());
        }
        j.endObject();
      }
      j.endArray().endObject();
    }
  }

  /** @return true if the KIM holds a partnership period on the as-of date (PROFILE-r) */
  private static boolean partner(KimRecord r, LocalDate asOf) {
    return r.profile().partnershipPeriods().stream().anyMatch(pp -> pp.period().contains(asOf));
  }

  private void text(PrintWriter p, KimRecord r, boolean partner, Seq<Finding> scan) {
    Seq<Finding> indicated = scan.filter(f -> f.outcome() == Outcome.NOT_SATISFIED);
    p.println(r.profile().name() + " (" + Texts.get(lang(), partner ? "cli.review.partner" : "cli.review.notPartner")
        + "): " + (indicated.isEmpty() ? Texts.get(lang(), "cli.review.none")
            : indicated.size() + " " + Texts.get(lang(), "cli.review.indicated")));
    indicated.forEach(f -> p.println("  " + f.summary(lang())));
  }
}
