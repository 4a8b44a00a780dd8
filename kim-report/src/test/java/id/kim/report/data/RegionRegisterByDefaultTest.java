package id.kim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.csv.CellProblem;
import id.kim.csv.RowError;
import id.kim.regions.RegionRegister;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.report.pipeline.MappingEntry;
import id.kim.report.pipeline.RegionCheckedEligibilityTest;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Dataset#load} checks the region codes of the data against kim-regions' published register unless told
 * otherwise ({@link Inputs#regions()}): Tabel 3.1 rows (REGION-CODE-2..4), the Dinas, and — through
 * {@link Dataset#regions()} — each record when it is validated for a decision.
 */
class RegionRegisterByDefaultTest {
  private static final String SEAT = "No;Nama KIM;Kelurahan/Desa;Kode Kelurahan/Desa;Kecamatan;Kode Kecamatan\r\n";
  private static final Input DINAS = Inputs.sample().dinas();

  @TempDir
  Path dir;

  @Test
  @DisplayName("the inputs' register is kim-regions' published one by default, and the data carries it")
  void theBundledRegisterIsTheDefault() {
    assertSame(RegionRegister.bundled(), Inputs.sample().regions().orElseThrow());
    Dataset sample = Dataset.load(Inputs.sample(), Lang.EN).getOrElseThrow(p -> new AssertionError(p));
    assertSame(RegionRegister.bundled(), sample.regions().orElseThrow());
    assertEquals(Optional.empty(), Dataset.load(Inputs.builder().from(Inputs.sample()).regions(Optional.empty())
        .build(), Lang.EN).get().regions());
  }

  @Test
  @DisplayName("the bundled sample imports clean against the published register: its two broken rows only")
  void theSampleImportsCleanAgainstTheRegister() {
    ProfileImport imported = Dataset.load(Inputs.sample(), Lang.EN).get().profileImport().orElseThrow();
    assertEquals(40, imported.profiles().size());
    assertEquals(List.of(42, 43), imported.errors().stream().map(RowError::row).toList());
    assertTrue(imported.errors().stream().flatMap(e -> e.problems().stream())
        .noneMatch(p -> p.ruleId().orElse("").startsWith("REGION-CODE")), () -> imported.errors().toString());
  }

  @Test
  @DisplayName("Kecamatan Negara beside Desa Gumbrih (51.01.03.2006): REGION-CODE-4 on Kecamatan, with a register only")
  void aKecamatanNamedInTheWrongPlaceIsARowErrorWithTheRegister() throws IOException {
    String row = "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Negara;\r\n";
    CellProblem p = onlyProblem(load(row, true));
    assertEquals("Kecamatan", p.column());
    assertEquals(Optional.of("REGION-CODE-4"), p.ruleId());
    assertTrue(p.describe(Lang.EN).contains("Pekutatan"), p.describe(Lang.EN));
    assertEquals(1, load(row, false).profiles().size(), "without a register a name is carried as written");
  }

  @Test
  @DisplayName("Kecamatan Pekutatan coded 51.02.03 beside Desa Gumbrih in Jembrana: REGION-CODE-3 on both code columns")
  void aMisplacedKecamatanCodeIsARowError() throws IOException {
    ProfileImport imported = load("1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Pekutatan;51.02.03\r\n", true);
    assertEquals(1, imported.errors().size(), imported.errors()::toString);
    assertEquals(List.of("Kode Kelurahan/Desa REGION-CODE-3", "Kode Kecamatan REGION-CODE-3"),
        imported.errors().get(0).problems().stream().map(p -> p.column() + " " + p.ruleId().orElse("")).toList());
  }

  @Test
  @DisplayName("a Dinas whose regency code the register does not hold is refused, naming the field and REGION-CODE-2")
  void aDinasWithAnUnknownCodeIsRefused() throws IOException {
    Path dinas = dir.resolve("dinas.json");
    Files.writeString(dinas, new String(DINAS.open().readAllBytes(), StandardCharsets.UTF_8)
        .replace("\"51.01\"", "\"51.99\""));
    Inputs.Builder in = Inputs.builder().dinas(Input.file(dinas)).profiles(Inputs.sample().profiles());
    Either<String, Dataset> refused = Dataset.load(in.build(), Lang.EN);
    assertTrue(refused.isLeft());
    assertTrue(refused.getLeft().contains("regencyCity.code") && refused.getLeft().contains("REGION-CODE-2"),
        refused.getLeft());
    assertTrue(Dataset.load(in.regions(Optional.empty()).build(), Lang.EN).isRight(), "no register, no REGION-CODE-2");
  }

  @Test
  @DisplayName("the mapping entry of the data answers such a record as invalid and keeps it out of the entrants")
  void theMappingEntryKeepsItOut() {
    Dataset sample = Dataset.load(Inputs.sample(), Lang.EN).get();
    KimRecord r = RegionCheckedEligibilityTest.unknownVillage();
    List<KimRecord> records = Stream.concat(Stream.of(r), sample.records().stream().skip(1)).toList();
    Dataset data = ImmutableDataset.builder().from(sample).records(records).build();
    MappingEntry entry = MappingEntry.of(data, EligibilityStep.juknis2022(), Inputs.SAMPLE_AS_OF);
    assertTrue(entry.answer(r).isInvalid(), "the data's register is applied to the step given");
    assertFalse(entry.entered(r));
    assertFalse(entry.entrants().admitted().exists(a -> a.record().equals(r)));
    assertEquals(records.size(), entry.entrants().size() + 1, "every other record is judged by kim-rules");
    MappingEntry unchecked = MappingEntry.of(ImmutableDataset.builder().from(data).regions(Optional.empty()).build(),
        EligibilityStep.juknis2022(), Inputs.SAMPLE_AS_OF);
    assertTrue(unchecked.answer(r).isValid(), "without a register the code is not looked up");
  }

  private ProfileImport load(String row, boolean register) throws IOException {
    Path csv = dir.resolve("tabel-3-1.csv");
    Files.writeString(csv, SEAT + row, StandardCharsets.UTF_8);
    Inputs.Builder in = Inputs.builder().dinas(DINAS).profiles(Input.file(csv));
    if (!register) {
      in.regions(Optional.empty());
    }
    return Dataset.load(in.build(), Lang.EN).getOrElseThrow(p -> new AssertionError(p)).profileImport()
        .orElseThrow();
  }

  private static CellProblem onlyProblem(ProfileImport imported) {
    assertEquals(1, imported.errors().size(), imported.errors()::toString);
    List<CellProblem> problems = imported.errors().get(0).problems();
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }
}
