package id.kim.cli;

import id.kim.json.JsonStreamWriter;
import id.kim.report.data.Dataset;
import id.kim.report.pipeline.MappingEntry;
import id.kim.report.pipeline.MappingRun;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kim map}: the five stages of juknis chapter III and the mapping report (REPORT-1). */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = {"Map the KIM of a regency/city Dinas as of a date (juknis chapter III, MAP-STAGE-A..E): "
        + "census and completeness of Tabel 3.1 (MAP-A-1..3), public issues and their KIM (Tabel 3.2, MAP-RULE-c), "
        + "interest, power and influence with each KIM's category of Tabel 3.3 (GRID-VAR, GRID-1..4; mixed cases "
        + "by the policy, GAP-14), priorities (PRIORITY-1..2) and the report (REPORT-1).",
        "Only KIM whose mapping-entry decision (MAP-ENTRY-1..4) is ELIGIBLE on the as-of date are mapped; the others "
            + "are listed apart with their verdict and the rules that kept them out: in JSON under notEntered, in "
            + "text in section E of the report.",
        "A mapping refused by the rules (a provincial Dinas, MAP-RULE-a; a KIM recorded twice, MAP-A-1) is an "
            + "answer: exit 0 with the rejection."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (a mapping refused by the rules is an answer)", "2:bad input or usage", "3:internal error"},
    footerHeading = "%nExamples:%n",
    footer = {"  kim map --format text",
        "  kim map --out mapping.json",
        "  kim map --dinas dinas.json --profiles tabel-3-1.csv --grid grid.json --issues issues.json \\",
        "      --as-of 2026-01-15"})
final class MapCommand extends KimSubcommand {
  @Mixin
  DataOptions data = new DataOptions();

  @Mixin
  MappingFiles mapping = new MappingFiles();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  int run() throws IOException {
    LocalDate asOf = data.asOf(lang());
    Dataset d = data.load(lang(), mapping);
    if (!d.hasMappingInput()) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.map.noGrid"));
    }
    RuleFamilies families = RuleFamilies.available();
    // a provincial Dinas decides no entry: the mapping itself refuses it (MAP-RULE-a), an answer
    Optional<MappingEntry> entry = EligibilityFacts.isDecidingDinas(d.dinas())
        ? Optional.of(MappingEntry.of(d, families.eligibility(), asOf)) : Optional.empty();
    Either<MappingRejection, MappingReport> result = entry.isPresent()
        ? MappingRun.of(d, entry.get(), families, asOf) : MappingRun.of(d, families, asOf);
    NotEntered left = new NotEntered(entry, d.records());
    try (Writer w = output.open(out(), lang())) {
      if (output.format == OutputOptions.Format.text) {
        PrintWriter p = new PrintWriter(w);
        p.println(result.<String>fold(r -> r.explain(lang()), r -> r.toText(lang())));
        if (result.isLeft()) { // a report lists the KIM left out in its section E; a rejection does not
          left.text(p, lang());
        }
        p.flush();
        return ExitCode.OK;
      }
      try (JsonStreamWriter j = json(w)) {
        j.startObject().field("dinas", d.dinas().name()).field("asOf", asOf.toString());
        j.value(result.isRight() ? "report" : "rejection", result.<Object>fold(r -> r, r -> r));
        left.json(j);
        j.endObject();
      }
    }
    return ExitCode.OK;
  }
}
