package id.kim.cli;

import id.kim.core.community.KimRecord;
import id.kim.core.validation.FieldViolation;
import id.kim.json.JsonStreamWriter;
import id.kim.report.data.Dataset;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.explain.Decision;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kim evaluate}: eligibility (kelayakan) of one or many KIM as of a date. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Decide, as of a date, whether each KIM may enter the mapping (MAP-ENTRY-1..4) and may partner "
        + "(PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL, QUAL-1..7): every finding with its "
        + "rule, juknis citation, evidence and what to bring.",
        "A record that breaks a kim-core constraint, or whose region codes the register refuses (REGION-CODE-2, -4; "
            + "see --regions), is answered with its violations instead of a decision.",
        "An ineligible KIM is an answer (exit 0) unless --fail-on-ineligible asks a script to stop on it (exit 1)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:--fail-on-ineligible and a KIM is NOT_ELIGIBLE, INCOMPLETE or has invalid data",
        "2:bad input or usage", "3:internal error"},
    footerHeading = "%nExamples:%n",
    footer = {"  kim evaluate --kim 'KIM Sinar Pagi' --format json",
        "  kim evaluate --question partnership --format text --lang en",
        "  kim evaluate --fail-on-ineligible --out eligibility.json || echo 'not every KIM is eligible'",
        "  kim evaluate --dinas dinas.json --profiles tabel-3-1.csv --records records.json --as-of 2026-01-15"})
final class EvaluateCommand extends KimSubcommand {
  /** Which question to answer. */
  enum Question { both, partnership, mapping_entry }

  @Option(names = "--question", paramLabel = "both|partnership|mapping_entry",
      description = "Which question (default: ${DEFAULT-VALUE}).")
  Question question = Question.both;

  @Mixin
  Selection kim = new Selection();

  @Option(names = "--fail-on-ineligible",
      description = "Exit with 1 (after writing every answer) if any KIM asked about is not eligible for the question: "
          + "NOT_ELIGIBLE, INCOMPLETE (a requirement not yet known is no permission) or data breaking a constraint. "
          + "One line on stderr counts them.")
  boolean failOnIneligible;

  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  ProgressOption progress = new ProgressOption();

  @Override
  int run() throws IOException {
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang());
    EligibilityStep step = RuleFamilies.available().checkingRegions(d.regions()).eligibility();
    DecidingDinas.require(d.dinas(), lang());
    List<KimRecord> records = kim.of(d.records(), lang());
    Ineligible ineligible = new Ineligible(lang());
    try (Writer w = output.open(out(), lang());
        Progress shown = progress(progress, "cli.progress.evaluate", records.size())) {
      if (output.format == OutputOptions.Format.text) {
        PrintWriter p = new PrintWriter(w);
        for (KimRecord r : records) {
          List<Validation<Seq<FieldViolation>, Decision>> answers = answers(step, r, d, asOf);
          answers.forEach(a -> p.println(a.<String>fold(v -> violations(r, v), x -> x.explain(lang()))));
          ineligible.count(answers);
          shown.step();
        }
        p.flush();
      } else {
        json(w, step, d, asOf, records, ineligible, shown);
      }
    }
    if (failOnIneligible && ineligible.any()) {
      err().println(spec.name() + ": " + ineligible.describe(records.size()));
      return ExitCode.INELIGIBLE;
    }
    return ExitCode.OK;
  }

  private void json(Writer w, EligibilityStep step, Dataset d, LocalDate asOf, List<KimRecord> records,
      Ineligible ineligible, Progress shown) throws IOException {
    try (JsonStreamWriter j = json(w)) {
      j.startObject().field("dinas", d.dinas().name()).field("asOf", asOf.toString()).startArray("results");
      for (KimRecord r : records) {
        j.startObject().field("kim", r.profile().name());
        List<Validation<Seq<FieldViolation>, Decision>> answers = answers(step, r, d, asOf);
        int i = 0;
        if (question != Question.partnership) {
          j.valueOrViolations("mappingEntry", answers.get(i++));
        }
        if (question != Question.mapping_entry) {
          j.valueOrViolations("partnership", answers.get(i));
        }
        j.endObject();
        ineligible.count(answers);
        shown.step();
      }
      j.endArray().endObject();
    }
  }

  /** @return the answers asked for, mapping entry first */
  private List<Validation<Seq<FieldViolation>, Decision>> answers(EligibilityStep step, KimRecord r, Dataset d,
      LocalDate asOf) {
    return switch (question) {
      case partnership -> List.of(step.partnership(r, d.dinas(), asOf));
      case mapping_entry -> List.of(step.mappingEntry(r, d.dinas(), asOf));
      case both -> List.of(step.mappingEntry(r, d.dinas(), asOf), step.partnership(r, d.dinas(), asOf));
    };
  }

  private String violations(KimRecord r, Seq<FieldViolation> v) {
    return Texts.get(lang(), "cli.invalidRecord", r.profile().name()) + "\n"
        + v.map(x -> "  - " + x.describe(lang())).mkString("\n") + "\n";
  }
}
