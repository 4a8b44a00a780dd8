package id.kim.examples;

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
import id.kim.core.validation.FieldViolation;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Decision;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * README's quick start: may KIM Gumbrih partner with the Dinas Kominfo Kabupaten Jembrana on 1 July 2026?
 * Juknis II.B.4 (syarat legal and administratif: SK Kepala Desa/Lurah, Nomor Induk Komunitas, susunan
 * pengurus, surat pernyataan) and II.B.5 (kualifikasi KIM).
 *
 * <p>What the reader learns: the four documents of a KIM (profile, SK, board, statement letter) make one
 * {@link KimRecord}; {@link Eligibility#partnership} first validates the facts — invalid ones come back
 * as {@link FieldViolation}s, before any rule runs — then answers with a {@link Decision} that explains
 * itself rule by rule, in Indonesian ({@link Lang#ID}, the default) and English. QUAL-4 (reach) and
 * QUAL-6 (media) are read from the profile, but the officer has not yet assessed the qualifications that
 * need an assessment (QUAL-1, -2, -3, -5, -7): they are unknown, so the verdict is BELUM LENGKAP
 * (INCOMPLETE) — never silently eligible.
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.QuickStart}
 */
public final class QuickStart {
  /** The day the Dinas asks. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

  private QuickStart() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return the facts validated and judged: the violations, or the decision */
  public static Validation<Seq<FieldViolation>, Decision> ask() {
    KimProfile profile = Gumbrih.profile();
    VillageDecree sk = Gumbrih.decree(LocalDate.of(2027, 12, 31));
    Board board = Gumbrih.board();
    AdministrativeDeclaration letter = Gumbrih.letter();
    // README's quick start, with the answer returned instead of printed
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
        RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
    KimRecord kim = KimRecord.builder().profile(profile).decree(sk).board(board).declaration(letter).build();
    return Eligibility.partnership(EligibilityFacts.of(kim, dinas), AS_OF);
  }

  /** @return what {@link #main} prints: the explanation in Indonesian, then in English */
  public static String run() {
    return ask().fold(
        violations -> violations.map(v -> v.describe(Lang.ID)).mkString("Data tidak valid:\n", "\n", "\n"),
        decision -> decision.explain(Lang.ID) + "\n" + decision.explain(Lang.EN));
  }
}
