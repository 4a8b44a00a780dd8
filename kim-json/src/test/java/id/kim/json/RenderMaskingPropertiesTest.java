package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.i18n.Lang;
import id.kim.core.region.Address;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.explain.Decision;
import id.kim.testkit.KimGens;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Personal data never printed, whatever the entry point (GAP-49, GAP-12): records full of names,
 * phones, e-mails, street addresses — and a Nomor Induk Komunitas in the shape of a population NIK —
 * are decided through {@link Eligibility#decide} (no validation) and through the validated entrances,
 * and every rendering (text in Indonesian and English, the tree, JSON in both languages, the
 * {@code toString}s, the violations) is searched for the raw values.
 */
class RenderMaskingPropertiesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** A record of the testkit with personal data in every personal field, and a NIK-shaped number half the time. */
  private static Gen<KimRecord> records() {
    return KimGens.eligibleRecord(AS_OF).zip(KimGens.contactPerson(), KimGens.mobileNumber(), KimGens.emailAddress(),
        (r, contact, phone, email) -> r.withProfile(r.profile().withContactPerson(contact).withWhatsapp(phone)
            .withEmail(email)))
        .zip(KimGens.address(), longs().between(1_000_000_000_000_000L, 9_999_999_999_999_999L),
            (r, address, nik) -> {
              KimProfile p = r.profile().withAddress(address);
              if (nik % 2 == 0 && p.communityNumber().isPresent()) {
                CommunityNumber issued = p.communityNumber().get();
                p = p.withCommunityNumber(CommunityNumber.of(Long.toString(nik), issued.issuedBy()));
              }
              return r.withProfile(p);
            });
  }

  @Test
  @DisplayName("property: no raw personal value in any rendering, through decide and the validated entrances")
  void noRawPersonalData() {
    qt().withExamples(60).forAll(records()).checkAssert(record -> {
      Dinas dinas = Dinas.regencyCity("Dinas Komunikasi dan Informatika", areaOf(record));
      EligibilityFacts facts = EligibilityFacts.of(record, dinas);
      List<String> shown = new ArrayList<>();
      render(Eligibility.decide(Eligibility.MAPPING_ENTRY_QUESTION, Juknis2022.MAPPING_ENTRY, facts, AS_OF), shown);
      render(Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP, facts, AS_OF), shown);
      render(Eligibility.mappingEntry(facts, AS_OF), shown);
      render(Eligibility.partnership(facts, AS_OF), shown);
      shown.add(facts.toString());
      List<String> raw = personal(record);
      for (String text : shown) {
        for (String value : raw) {
          assertFalse(text.contains(value), () -> "'" + value + "' printed in: " + text);
        }
      }
    });
  }

  private static RegencyCity areaOf(KimRecord record) {
    return record.profile().communityNumber().map(CommunityNumber::issuedBy).orElseThrow();
  }

  private static void render(Validation<Seq<FieldViolation>, Decision> answer, List<String> shown) {
    if (answer.isValid()) {
      render(answer.get(), shown);
      return;
    }
    for (FieldViolation v : answer.getError()) {
      shown.add(v.describe(Lang.ID));
      shown.add(v.describe(Lang.EN));
      shown.add(KimJson.write(v, Lang.EN));
    }
  }

  private static void render(Decision d, List<String> shown) {
    assertTrue(!d.findings().isEmpty(), "a decision has findings");
    for (Lang lang : Lang.values()) {
      shown.add(d.explain(lang));
      shown.add(d.toTree(lang).toString());
      shown.add(KimJson.write(d, lang));
      d.findings().forEach(f -> shown.add(f.summary(lang)));
    }
    shown.add(d.toString());
  }

  /** @return every raw personal value of the record, and the community number when it has the NIK shape */
  private static List<String> personal(KimRecord r) {
    List<String> raw = new ArrayList<>();
    KimProfile p = r.profile();
    p.contactPerson().map(ContactPerson::name).ifPresent(n -> raw.add(n.value()));
    p.whatsapp().map(PhoneNumber::value).ifPresent(raw::add);
    p.fixedLine().map(PhoneNumber::value).ifPresent(raw::add);
    p.email().map(EmailAddress::value).ifPresent(raw::add);
    p.address().map(Address::street).ifPresent(raw::add);
    r.board().ifPresent(b -> b.members().forEach(m -> raw.add(m.name().value())));
    r.members().forEach(m -> raw.add(m.name().value()));
    r.affiliations().forEach(a -> a.person().ifPresent(n -> raw.add(n.value())));
    r.declaration().ifPresent(d -> d.signatories().forEach(s -> raw.add(s.value())));
    p.communityNumber().map(CommunityNumber::value).filter(CommunityNumber::looksLikePopulationNik).ifPresent(raw::add);
    raw.removeIf(v -> v.isBlank() || v.length() < 5);
    return raw;
  }
}
