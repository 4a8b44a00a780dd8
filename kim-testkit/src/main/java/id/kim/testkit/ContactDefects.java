package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;

import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import java.util.List;

/** Single defects of contacts (PROFILE-d, -i, -j). */
final class ContactDefects {
  private ContactDefects() {}

  static List<Defect<PersonName>> personName() {
    return List.of(
        defect("PersonName", "value", "blank", "kim.text.blank", d -> PersonName.of(BadText.blank().sample(d))),
        defect("PersonName", "value", "longer than 120 characters", "kim.text.tooLong",
            d -> PersonName.of(BadText.longerThan(120).sample(d))));
  }

  /** @return numbers that are no Indonesian number at all (so {@code @MobileNumber} stays silent) */
  static List<Defect<PhoneNumber>> phoneNumber() {
    return List.of(defect("PhoneNumber", "value", "not an Indonesian telephone number", "kim.phone.invalid",
        d -> PhoneNumber.of(malformed().sample(d))));
  }

  /** @return non-blank texts that are no e-mail address (a blank one is also "blank": two findings) */
  static List<Defect<EmailAddress>> emailAddress() {
    return List.of(defect("EmailAddress", "value", "not an e-mail address", "kim.email.invalid", d -> {
      String local = Vocabulary.slug(d.pick(NameTable.GIVEN));
      String domain = d.pick(List.of("gmail.com", "yahoo.co.id", "desa.id"));
      return EmailAddress.of(switch (d.intBetween(0, 4)) {
        case 0 -> local + "." + domain;
        case 1 -> local + "@" + domain.substring(0, domain.indexOf('.'));
        case 2 -> local + " kim@" + domain;
        case 3 -> "@" + domain;
        default -> local + "@@" + domain;
      });
    }));
  }

  static List<Defect<ContactPerson>> contactPerson() {
    return Defect.allWithin(personName(), "ContactPerson", "name", noRule(), ContactSamplers.contactPerson(),
        (c, n) -> ContactPerson.of(n, c.role()));
  }

  /** @return too short, too long, letters, a national number starting with 0, a foreign code */
  static Sampler<String> malformed() {
    return d -> {
      String digits = d.digits(8);
      return switch (d.intBetween(0, 5)) {
        case 0 -> "0812" + d.digits(2);
        case 1 -> "0812" + d.digits(12);
        case 2 -> "0812-ABCD-" + d.digits(4);
        case 3 -> "+62 0812 " + digits;
        case 4 -> "+1 415 " + d.digits(7);
        default -> "nomor " + digits;
      };
    };
  }
}
