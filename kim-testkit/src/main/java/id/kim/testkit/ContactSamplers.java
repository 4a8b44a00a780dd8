package id.kim.testkit;

import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.testkit.RegionTable.Regency;
import java.util.List;

/**
 * Contacts of a KIM (PROFILE-d, -i, -j): Indonesian personal names (always at least two words, so a
 * raw name is recognisable in a leak test), mobile numbers reachable via WhatsApp, fixed lines with
 * real area codes, e-mail addresses.
 */
public final class ContactSamplers {
  /** Mobile prefixes of Indonesian operators, without the trunk 0. */
  private static final List<String> MOBILE_PREFIXES = List.of(
      "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816", "855", "856",
      "857", "858", "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "899", "881",
      "882", "883", "885", "887", "888", "889", "831", "832", "833", "838");
  private static final List<String> MAIL_DOMAINS = List.of("gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com",
      "ymail.com");

  private ContactSamplers() {}

  /** @return a person's name of two to four words, e.g. "Siti Aminah", "I Made Sudarsana", "Rina Siregar" */
  public static Sampler<PersonName> personName() {
    return d -> PersonName.of(switch (d.intBetween(0, 3)) {
      case 0 -> d.pick(NameTable.GIVEN) + " " + d.pick(NameTable.SECOND);
      case 1 -> d.pick(NameTable.GIVEN) + " " + d.pick(NameTable.GIVEN) + " " + d.pick(NameTable.SECOND);
      case 2 -> d.pick(NameTable.GIVEN) + " " + d.pick(NameTable.FAMILY);
      default -> d.pick(NameTable.BALINESE_PREFIX) + " " + d.pick(NameTable.SECOND);
    });
  }

  /**
   * @return an Indonesian mobile number (national number 8…, 9–12 digits) in one of the forms a
   *     Dinas receives: {@code 081200000000}, {@code 0812-0000-0000}, {@code +62 812-0000-0000},
   *     {@code +6281200000000}, {@code 6281200000000}, {@code 0812 0000 0000}
   */
  public static Sampler<PhoneNumber> mobileNumber() {
    return d -> {
      String national = d.pick(MOBILE_PREFIXES) + d.digits(d.intBetween(6, 9));
      String head = national.substring(0, 3);
      String mid = national.substring(3, 7);
      String tail = national.substring(7);
      return PhoneNumber.of(switch (d.intBetween(0, 5)) {
        case 0 -> "0" + national;
        case 1 -> "0" + head + "-" + mid + "-" + tail;
        case 2 -> "+62 " + head + "-" + mid + "-" + tail;
        case 3 -> "+62" + national;
        case 4 -> "62" + national;
        default -> "0" + head + " " + mid + " " + tail;
      });
    };
  }

  /** @return a fixed line with a real area code, e.g. {@code (0361) 000000}, {@code 021-55512345} */
  public static Sampler<PhoneNumber> fixedLine() {
    return d -> fixedLineIn(RegionSamplers.regency().sample(d)).sample(d);
  }

  /** @return a mobile number or a fixed line */
  public static Sampler<PhoneNumber> phoneNumber() {
    return Sampler.oneOf(List.of(mobileNumber(), fixedLine()));
  }

  /** @return an e-mail address of a KIM or of a person, e.g. {@code kim.majubersama@gmail.com} */
  public static Sampler<EmailAddress> emailAddress() {
    return d -> d.chance(50)
        ? emailOf("kim." + Vocabulary.slug(d.pick(Vocabulary.KIM_WORDS))).sample(d)
        : emailOf(personName().sample(d)).sample(d);
  }

  /** @return the chair or another contact person */
  public static Sampler<ContactPerson> contactPerson() {
    return d -> ContactPerson.of(personName().sample(d), d.pick(ContactRole.class));
  }

  static Sampler<PhoneNumber> fixedLineIn(Regency regency) {
    return d -> {
      String area = regency.areaCode();
      int localLength = area.length() == 3 ? d.intBetween(7, 8) : d.intBetween(6, 7);
      String local = d.intBetween(2, 8) + d.digits(localLength - 1);
      return PhoneNumber.of(switch (d.intBetween(0, 3)) {
        case 0 -> "(" + area + ") " + local;
        case 1 -> area + "-" + local;
        case 2 -> area + local;
        default -> "+62 " + area.substring(1) + " " + local;
      });
    };
  }

  static Sampler<EmailAddress> emailOf(PersonName name) {
    // the last two words, as name.value().split(" ") would give them (names have at least two words)
    String value = name.value();
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == ' ') {
      end--;
    }
    int lastSpace = value.lastIndexOf(' ', end - 1);
    int secondSpace = value.lastIndexOf(' ', lastSpace - 1);
    return emailOf(Vocabulary.slug(value.substring(secondSpace + 1, lastSpace)) + "."
        + Vocabulary.slug(value.substring(lastSpace + 1, end)));
  }

  static Sampler<EmailAddress> emailOf(String localPart) {
    return d -> EmailAddress.of(localPart + (d.chance(40) ? Integer.toString(d.intBetween(1, 99)) : "")
        + "@" + d.pick(MAIL_DOMAINS));
  }
}
