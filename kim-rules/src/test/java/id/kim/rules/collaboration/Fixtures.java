package id.kim.rules.collaboration;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.contact.PersonName;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.rules.fixtures.Kims;
import java.time.LocalDate;

/**
 * Sample facts for the collaboration tests: one regency Dinas, its officer, a type-A and a type-B KIM.
 * Bali, Jembrana, its Dinas and KIM Gumbrih's number are the shared ones of {@link Kims}.
 */
public final class Fixtures {
  public static final Province BALI = Kims.BALI;
  public static final RegencyCity JEMBRANA = Kims.JEMBRANA;
  public static final RegencyCity BADUNG = RegencyCity.of("Badung", RegencyCityKind.KABUPATEN, BALI);
  public static final Dinas DINAS = Kims.DINAS;
  public static final Dinas OTHER_DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Badung", BADUNG);
  public static final Officer OFFICER = Officer.of(PersonName.of("Made Sukerta"), DINAS);
  public static final Officer SECOND_OFFICER = Officer.of(PersonName.of("Ni Luh Ayu"), DINAS);
  public static final Officer FOREIGN_OFFICER = Officer.of(PersonName.of("Putu Arsa"), OTHER_DINAS);

  /** A type-A KIM (komunitas bidang pengelolaan dan diseminasi informasi). */
  public static final KimProfile KIM_A = KimProfile.builder().name("KIM Gumbrih").type(KimType.A)
      .communityNumber(Kims.NUMBER).build();
  /** A type-B KIM (komunitas bidang pemberdayaan masyarakat, e.g. a farmers' group with an information function). */
  public static final KimProfile KIM_B = KimProfile.builder().name("KIM Tani Makmur").type(KimType.B).build();
  /** A KIM whose type is not yet recorded. */
  public static final KimProfile KIM_UNTYPED = KimProfile.builder().name("KIM Baru").build();

  private Fixtures() {}

  /**
   * @param iso an ISO date
   * @return the date
   */
  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * @param type a KIM type
   * @return the sample KIM of that type
   */
  public static KimProfile kim(KimType type) {
    return type == KimType.A ? KIM_A : KIM_B;
  }
}
