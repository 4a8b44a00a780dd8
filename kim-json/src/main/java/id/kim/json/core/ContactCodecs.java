package id.kim.json.core;

import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.DocumentRef;
import id.kim.core.time.Period;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON of the one-text values — a person's name, a phone number, an e-mail address, a document
 * reference — written as plain strings, and of contact persons and periods. Personal data is
 * written in full: the JSON contract carries the data; only messages are masked.
 */
public final class ContactCodecs {
  /** {@code "Siti Aminah"} */
  public static final Codec<PersonName> PERSON_NAME = Scalars.text("string (person name)", PersonName::of,
      PersonName::value);
  /** {@code "0812-0000-0000"}, as written */
  public static final Codec<PhoneNumber> PHONE = Scalars.text("string (phone number)", PhoneNumber::of,
      PhoneNumber::value);
  /** {@code "kim@example.id"} */
  public static final Codec<EmailAddress> EMAIL = Scalars.text("string (e-mail address)", EmailAddress::of,
      EmailAddress::value);
  /** {@code "arsip/2026/SK-KIM-017.pdf"} */
  public static final Codec<DocumentRef> DOCUMENT = Scalars.text("string (document reference)", DocumentRef::of,
      DocumentRef::reference);

  private static final Field<ContactPerson, PersonName> CP_NAME = Field.required("name", ContactPerson::name,
      PERSON_NAME);
  private static final Field<ContactPerson, ContactRole> CP_ROLE = Field.required("role", ContactPerson::role,
      Scalars.code(ContactRole.class));
  /** The chair or contact person (PROFILE-d). */
  public static final Codec<ContactPerson> CONTACT_PERSON = ObjectCodec.of("ContactPerson", List.of(CP_NAME, CP_ROLE),
      d -> ContactPerson.of(d.get(CP_NAME), d.get(CP_ROLE)));

  private static final Field<Period, LocalDate> START = Field.required("start", Period::start, Scalars.DATE);
  private static final Field<Period, LocalDate> END = Field.required("end", Period::end, Scalars.DATE);
  /** {@code {"start": "2026-01-01", "end": "2026-12-31"}}, both days inclusive. */
  public static final Codec<Period> PERIOD = ObjectCodec.of("Period", List.of(START, END), d ->
      Period.of(d.get(START), d.get(END)));

  private ContactCodecs() {}
}
