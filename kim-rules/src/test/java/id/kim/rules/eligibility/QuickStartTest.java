package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.VillageDecree;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Board;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.rules.explain.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * README's quick start, line for line: a record with profile, SK, board and statement letter but no
 * officer assessments yet is judged as of 1 July 2026 — the documents pass (PARTNER-LEGAL-*,
 * PARTNER-ADMIN-*), the qualifications that need assessments are unknown (QUAL-1..7), so the
 * verdict is BELUM LENGKAP, never silently eligible.
 */
class QuickStartTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  @DisplayName("README quick start: the five lines run and print an Indonesian explanation (QUAL-ORDER, INCOMPLETE)")
  void quickStartRunsAsWritten() throws IOException {
    KimProfile profile = Kims.profile();
    VillageDecree sk = Kims.decree();
    Board board = Kims.board();
    AdministrativeDeclaration letter = Kims.declaration();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // --- the README lines ---
      Dinas dinas = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
          RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
      KimRecord kim = KimRecord.builder().profile(profile).decree(sk).board(board).declaration(letter).build();
      Eligibility.partnership(EligibilityFacts.of(kim, dinas),
          LocalDate.of(2026, 7, 1))  // Validation<Seq<FieldViolation>, Decision>
          .forEach(decision -> System.out.println(decision.explain(Lang.ID)));
      // --- end of the README lines ---
      assertEquals(Verdict.INCOMPLETE,
          Eligibility.partnership(EligibilityFacts.of(kim, dinas), LocalDate.of(2026, 7, 1)).get().verdict());
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Hasil: BELUM LENGKAP"), text);
    assertTrue(text.contains("[v] PARTNER-LEGAL-1"), text);
    assertTrue(text.contains("[?] QUAL-3"), text);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertTrue(readme.contains(
        "KimRecord kim = KimRecord.builder().profile(profile).decree(sk).board(board).declaration(letter).build();"),
        "README's quick start no longer matches QuickStartTest");
    assertTrue(readme.contains(".forEach(decision -> System.out.println(decision.explain(Lang.ID)));"),
        "README's quick start no longer matches QuickStartTest");
  }
}
