package id.kim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import id.kim.core.validation.KimValidator;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.regions.Region;
import id.kim.regions.RegionRegister;
import id.kim.rules.mapping.grid.GridVariable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled sample reads cleanly and is what docs/cli.md says it is. */
class SampleDataTest {
  private static final Dataset SAMPLE = Dataset.load(Inputs.sample(), Lang.EN)
      .getOrElseThrow(p -> new AssertionError(p));

  @Test
  void fortyKimOfBothTypesWithTheirDocuments() {
    assertEquals(40, SAMPLE.records().size());
    assertTrue(SAMPLE.records().stream().anyMatch(r -> r.profile().type().equals(Optional.of(KimType.A))));
    assertTrue(SAMPLE.records().stream().anyMatch(r -> r.profile().type().equals(Optional.of(KimType.B))));
    assertEquals(26, SAMPLE.records().stream().filter(r -> r.profile().type().equals(Optional.of(KimType.A))).count());
    assertEquals(39, SAMPLE.records().stream().filter(r -> r.decree().isPresent()).count());
    for (KimRecord r : SAMPLE.records()) {
      assertTrue(KimValidator.standard().validate(r).isValid(), () -> r.profile().name() + ": "
          + KimValidator.standard().validate(r));
    }
  }

  @Test
  void theImportRejectsTheTwoDeliberatelyBrokenRows() {
    ProfileImport i = SAMPLE.profileImport().get();
    assertEquals(42, i.summary().read());
    assertEquals(List.of(42, 43), i.errors().stream().map(e -> e.row()).toList());
    assertTrue(i.summary().byteOrderMark());
    assertEquals(";", i.summary().separator());
  }

  @Test
  @DisplayName(
      "a year of monitoring for the 40 KIM (Tabel 5.2, Tabel 5.3, follower counts, tallies, surveys), valid and about "
          + "its KIM")
  void aYearOfMonitoring() {
    List<MonitoringRecord> monitoring = SAMPLE.monitoring().get();
    assertEquals(40, monitoring.size());
    Set<KimRef> kims = SAMPLE.records().stream().map(r -> KimRef.from(r.profile())).collect(Collectors.toSet());
    for (MonitoringRecord m : monitoring) {
      assertTrue(kims.contains(m.kim()), m.kim()::toString);
      assertTrue(KimValidator.standard().validate(m).isValid(), () -> m.kim() + ": "
          + KimValidator.standard().validate(m));
      assertTrue(m.log().stream().allMatch(e -> e.dates().stream().allMatch(d -> d.getYear() == 2025)),
          m.kim()::toString);
    }
    assertTrue(monitoring.stream().mapToInt(m -> m.log().size()).sum() > 500);
    assertTrue(monitoring.stream().mapToInt(m -> m.socialContent().size()).sum() > 500);
    assertTrue(monitoring.stream().anyMatch(m -> m.log().stream().allMatch(e -> e.count() == 0)),
        "a KIM with nothing disseminated");
  }

  @Test
  @DisplayName(
      "the mapping data: interest assessed for every KIM, some power and influence judged by the Dinas, four issues")
  void mappingData() {
    List<GridAssessment> grid = SAMPLE.grid().get();
    assertEquals(40,
        grid.stream().filter(a -> a.variable() == GridVariable.INTEREST).map(GridAssessment::kim).distinct().count());
    assertTrue(grid.stream().anyMatch(a -> a.variable() != GridVariable.INTEREST));
    assertTrue(grid.stream().allMatch(a -> a.kim().isRegistered() || a.kim().name().equals("KIM Baru Berkembang")),
        "names completed");
    assertEquals(4, SAMPLE.issues().size());
    assertTrue(SAMPLE.issues().stream().anyMatch(i -> i.crisisIndicated()));
  }

  @Test
  @DisplayName("the national table: 4,114 KIM in 28 provinces, 10 provinces unknown, not 0 (RULES.md 5.1)")
  void nationalTable() {
    List<NationalCount> counts = SAMPLE.national().get();
    assertEquals(38, counts.size());
    assertEquals(4114, counts.stream().mapToInt(c -> c.count().orElse(0)).sum());
    assertEquals(10, counts.stream().filter(c -> c.count().isEmpty()).count());
    assertEquals(Optional.of(1031),
        counts.stream().filter(c -> c.province().equals("Jawa Timur")).findFirst().get().count());
  }

  @Test
  @DisplayName("the national table names each of the 38 provinces by its Kemendagri code, as the register has them")
  void nationalTableCodes() {
    List<NationalCount> counts = SAMPLE.national().get();
    RegionRegister register = RegionRegister.bundled();
    assertEquals(register.provinces().stream().map(Region::code).collect(Collectors.toSet()),
        counts.stream().map(c -> c.code().orElseThrow()).collect(Collectors.toSet()), "one code per province");
    NationalCount ntb = counts.stream().filter(c -> c.province().equals("NTB")).findFirst().orElseThrow();
    assertEquals("Nusa Tenggara Barat (52)", ntb.label());
    for (NationalCount c : counts) {
      String official = register.officialName(c.code().get()).orElseThrow();
      assertTrue(
          RegionNames.sameName(official, c.standardName(), RegionLevel.PROVINCE)
              || (c.standardName().equals("DKI Jakarta")
                  && official.equals("Daerah Khusus Ibukota Jakarta")),
          c.standardName() + " is not " + official);
    }
  }

  @Test
  @DisplayName("a national table without the Kode column is read as before; a malformed code names its line")
  void nationalTableForms() throws IOException {
    String old = "Provinsi;Nama Baku;Jumlah KIM;Keterangan\nNTB;Nusa Tenggara Barat;101;x\n";
    NationalCount plain = NationalTable.read(stream(old)).get().get(0);
    assertEquals(Optional.empty(), plain.code());
    assertEquals("Nusa Tenggara Barat", plain.label());
    String bad = "Provinsi;Nama Baku;Kode;Jumlah KIM;Keterangan\nNTB;Nusa Tenggara Barat;52.01;101;x\n";
    NationalTable.Problem problem = NationalTable.read(stream(bad)).getLeft();
    assertEquals("national.line", problem.key);
    assertEquals(2, problem.args[0]);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void inputProblemsNameTheFileAndThePathButNotTheData() {
    Input broken = new Input() {
      @Override
      public String name() {
        return "records.json";
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream("[{\"profile\": {\"name\": \"KIM A\", \"whatsapp\": 812000000}}]"
            .getBytes(StandardCharsets.UTF_8));
      }
    };
    String problem = Loader.records(broken, Lang.EN).getLeft();
    assertEquals("records.json: $[0].profile.whatsapp: must be string (phone number), not number", problem);
  }
}
