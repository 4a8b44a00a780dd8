package id.kim.cli;

import id.kim.core.community.KimRecord;
import id.kim.core.validation.FieldViolation;
import id.kim.report.Texts;
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

/** {@code kim evaluate}: eligibility of one or many KIM as of a date. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Decide, as of a date, whether each KIM may enter the mapping (MAP-ENTRY-1..4) and may partner "
        + "(PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL, QUAL-1..7): every finding with its rule, juknis "
        + "citation, evidence and what to bring.",
        "A record that breaks a kim-core constraint is answered with its violations instead of a decision."})
final class EvaluateCommand extends KimSubcommand {
  /** Which question to answer. */
  enum Question { both, partnership, mapping_entry }

  @Option(names = "--question", paramLabel = "both|partnership|mapping_entry",
      description = "Which question (default: ${DEFAULT-VALUE}).")
  Question question = Question.both;

  @Option(names = "--kim", paramLabel = "NAME", description = "Only this KIM (repeatable); default all.")
  List<String> kim;

  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  int run() throws IOException {
    EligibilityStep step = RuleFamilies.available().eligibility();
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang());
    List<KimRecord> records = Selection.of(d.records(), kim, lang());
    try (Writer w = output.open(out(), lang())) {
      if (output.format == OutputOptions.Format.text) {
        PrintWriter p = new PrintWriter(w);
        for (KimRecord r : records) {
          answers(step, r, d, asOf).forEach(a -> p.println(a.<String>fold(v -> violations(r, v), x -> x.explain(lang()))));
        }
        p.flush();
        return ExitCode.OK;
      }
      try (JsonOut j = json(w)) {
        j.startObject().field("dinas", d.dinas().name()).field("asOf", asOf.toString()).startArray("results");
        for (KimRecord r : records) {
          j.startObject().field("kim", r.profile().name());
          if (question != Question.partnership) {
            answer(j, "mappingEntry", step.mappingEntry(r, d.dinas(), asOf));
          }
          if (question != Question.mapping_entry) {
            answer(j, "partnership", step.partnership(r, d.dinas(), asOf));
          }
          j.endObject();
        }
        j.endArray().endObject();
      }
    }
    return ExitCode.OK;
  }

  private List<Validation<Seq<FieldViolation>, Decision>> answers(EligibilityStep step, KimRecord r, Dataset d, LocalDate asOf) {
    switch (question) {
      case partnership:
        return List.of(step.partnership(r, d.dinas(), asOf));
      case mapping_entry:
        return List.of(step.mappingEntry(r, d.dinas(), asOf));
      default:
        return List.of(step.mappingEntry(r, d.dinas(), asOf), step.partnership(r, d.dinas(), asOf));
    }
  }

  private String violations(KimRecord r, Seq<FieldViolation> v) {
    return Texts.get(lang(), "cli.invalidRecord", r.profile().name()) + "\n"
        + v.map(x -> "  - " + x.describe(lang())).mkString("\n") + "\n";
  }

  private static void answer(JsonOut j, String name, Validation<Seq<FieldViolation>, Decision> answer) throws IOException {
    if (answer.isValid()) {
      j.value(name, answer.get());
    } else {
      j.startObject(name).value("violations", answer.getError().toJavaList()).endObject();
    }
  }
}
