package id.kim.rules.mapping.profiling;

import static id.kim.rules.mapping.MappingFixtures.AS_OF;
import static id.kim.rules.mapping.MappingFixtures.BANJAR_TENGAH;
import static id.kim.rules.mapping.MappingFixtures.DINAS;
import static id.kim.rules.mapping.MappingFixtures.JEMBRANA;
import static id.kim.rules.mapping.MappingFixtures.PROVINCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.District;
import id.kim.core.time.Period;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.mapping.MappingFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Profile completeness — Tabel 3.1 PROFILE-a..t, MAP-A-2, MAP-A-3")
class ProfileCompletenessTest {
  private static final KimMedium IG = KimMedium.of(Platform.INSTAGRAM, "@kim");

  /** A profile with every field that applies filled, including figures s and t. */
  private static KimProfile full() {
    return MappingFixtures.complete("KIM Gumbrih", "KIM/5101/0007", BANJAR_TENGAH)
        .addReach(ReachObservation.of(IG, ReachMetric.FOLLOWERS, 10, AS_OF))
        .addResponse(ResponseObservation.of(IG, ResponseMetric.LIKES, 1, AS_OF))
        .build();
  }

  private static ProfileCompleteness check(KimProfile p, Dinas view, LocalDate asOf) {
    CensusEntry entry = Census.of(view, List.of(p)).get().entries().single();
    return ProfileCompletenessCheck.check(entry, view, asOf);
  }

  static Stream<Arguments> oneFieldRemoved() {
    return Stream.of(
        Arguments.of("PROFILE-a", ProfileField.A, (UnaryOperator<KimProfile>) p -> p.withName(" ")),
        Arguments.of("PROFILE-b", ProfileField.B, (UnaryOperator<KimProfile>) p -> p.withType(Optional.empty())),
        Arguments.of("PROFILE-c", ProfileField.C, (UnaryOperator<KimProfile>) p ->
            p.withCommunityNumber(Optional.empty())),
        Arguments.of("PROFILE-d", ProfileField.D, (UnaryOperator<KimProfile>) p ->
            p.withContactPerson(Optional.empty())),
        Arguments.of("PROFILE-e", ProfileField.E, (UnaryOperator<KimProfile>) p -> p.withAddress(Optional.empty())),
        Arguments.of("PROFILE-i", ProfileField.I, (UnaryOperator<KimProfile>) p -> p.withWhatsapp(Optional.empty())),
        Arguments.of("PROFILE-j", ProfileField.J, (UnaryOperator<KimProfile>) p -> p.withEmail(Optional.empty())),
        Arguments.of("PROFILE-k", ProfileField.K, (UnaryOperator<KimProfile>) p ->
            p.withTargetAudience(Optional.empty())),
        Arguments.of("PROFILE-l", ProfileField.L, (UnaryOperator<KimProfile>) p -> p.withMedia(List.of())),
        Arguments.of("PROFILE-m", ProfileField.M, (UnaryOperator<KimProfile>) p -> p.withFieldsOfActivity(List.of())),
        Arguments.of("PROFILE-n", ProfileField.N, (UnaryOperator<KimProfile>) p -> p.withPublicIssues(List.of())),
        Arguments.of("PROFILE-p", ProfileField.P, (UnaryOperator<KimProfile>) p -> p.withFrequency(Optional.empty())),
        Arguments.of("PROFILE-q", ProfileField.Q, (UnaryOperator<KimProfile>) p -> p.withContentTypes(List.of())),
        Arguments.of("PROFILE-s", ProfileField.S, (UnaryOperator<KimProfile>) p -> p.withReach(List.of())),
        Arguments.of("PROFILE-t", ProfileField.T, (UnaryOperator<KimProfile>) p -> p.withResponses(List.of())));
  }

  @ParameterizedTest(name = "{0}: removing only this field reports only this field")
  @MethodSource("oneFieldRemoved")
  void eachFieldIsReportedByItsId(String id, ProfileField field, UnaryOperator<KimProfile> remove) {
    assertEquals(id, field.ruleId().value());
    ProfileCompleteness c = check(remove.apply(full()), DINAS, AS_OF);
    assertEquals(List.of(field), c.missing().toJavaList());
    Finding f = c.findings().single();
    assertEquals("PROFILE-" + field.letter(), f.ruleId().value());
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals(field.requirement().severity(), f.severity());
    assertFalse(f.message().render(Lang.ID).startsWith("["), "message exists in the Indonesian bundle");
    assertFalse(f.message().render(Lang.EN).startsWith("["), "message exists in the English bundle");
    assertTrue(f.remedy().isDefined());
  }

  @Test
  @DisplayName(
      "A profile with every field that applies is complete; o (derived) and r (partners) never count as missing")
  void fullProfileIsComplete() {
    ProfileCompleteness c = check(full(), DINAS, AS_OF);
    assertTrue(c.isComplete());
    assertTrue(c.meetsAddressRule());
    assertEquals(List.of(ProfileField.H, ProfileField.O, ProfileField.R),
        c.fields(FieldStatus.NOT_APPLICABLE).toJavaList());
  }

  @Test
  @DisplayName(
      "PROFILE-o is derived from PROFILE-l (GAP-23) and PROFILE-r belongs to partners: neither is ever missing in "
          + "stage A")
  void derivedAndPartnerFields() {
    ProfileCompleteness noMedia = check(full().withMedia(List.of()), DINAS, AS_OF);
    assertEquals(FieldStatus.NOT_APPLICABLE, noMedia.statuses().get(ProfileField.O).get());
    assertEquals(List.of(ProfileField.L), noMedia.missing().toJavaList());
    assertEquals(FieldRequirement.DERIVED, ProfileField.O.requirement());
    ProfileCompleteness partner =
        check(
            full()
                .withPartnershipPeriods(
                    List.of(
                        PartnershipPeriod.of(
                            Period.of(AS_OF.minusYears(1), AS_OF), "Sosialisasi vaksinasi"))),
            DINAS,
            AS_OF);
    assertEquals(FieldStatus.NOT_APPLICABLE, partner.statuses().get(ProfileField.R).get());
    assertEquals(FieldRequirement.PARTNERS_ONLY, ProfileField.R.requirement());
    assertEquals("PROFILE-o", ProfileField.O.ruleId().value());
    assertEquals("PROFILE-r", ProfileField.R.ruleId().value());
  }

  @Test
  @DisplayName("MAP-A-2: without a seat, kelurahan (PROFILE-f) and kecamatan (PROFILE-g) are missing requirements")
  void seatIsRequired() {
    ProfileCompleteness c = check(full().withSeat(Optional.empty()), DINAS, AS_OF);
    assertEquals(List.of(ProfileField.F, ProfileField.G), c.missing().toJavaList());
    assertEquals(List.of("PROFILE-f", "PROFILE-g"), c.findings().map(f -> f.ruleId().value()).toJavaList());
    assertFalse(c.meetsAddressRule());
    assertFalse(c.meetsRequirements());
    assertTrue(c.findings().forAll(f -> f.severity() == Severity.REQUIREMENT
        && f.citation().quote().equals(ProfileField.MAP_A_2_CITATION.quote())));
  }

  @Test
  @DisplayName("MAP-A-2, MAP-ENTRY-2: a seat at kecamatan level fills g, not f; at kabupaten/kota level h only")
  void seatAboveTheVillage() {
    KimProfile kecamatan =
        full().withSeat(Optional.empty()).withDistrictSeat(District.of("Negara"));
    assertEquals(List.of(ProfileField.F), check(kecamatan, DINAS, AS_OF).missing().toJavaList());
    KimProfile regency = full().withSeat(Optional.empty()).withRegencyCitySeat(JEMBRANA);
    assertEquals(List.of(ProfileField.F, ProfileField.G), check(regency, DINAS, AS_OF).missing().toJavaList());
    assertEquals(List.of(ProfileField.F, ProfileField.G), check(regency, PROVINCIAL, AS_OF).missing().toJavaList());
    assertEquals(RegionMembership.IN_REGION, RegionMembership.of(PROVINCIAL, regency));
  }

  @Test
  @DisplayName(
      "MAP-A-2: a missing address (e) is a requirement not satisfied; an optional e-mail (j) is only a warning")
  void severityFollowsRequirement() {
    ProfileCompleteness c = check(full().withAddress(Optional.empty()).withEmail(Optional.empty()), DINAS, AS_OF);
    assertEquals(Severity.REQUIREMENT, c.findings().find(f -> f.ruleId().value().equals("PROFILE-e")).get().severity());
    assertEquals(Severity.WARNING, c.findings().find(f -> f.ruleId().value().equals("PROFILE-j")).get().severity());
    assertTrue(c.findings().find(f -> f.ruleId().value().equals("PROFILE-j")).get().citation().proposed());
  }

  @Test
  @DisplayName("PROFILE-h, GAP-22: not asked of a regency/city Dinas; required of a provincial Dinas")
  void fieldHDependsOnTheView() {
    assertEquals(FieldStatus.NOT_APPLICABLE, check(full(), DINAS, AS_OF).statuses().get(ProfileField.H).get());
    ProfileCompleteness provincial = check(full(), PROVINCIAL, AS_OF);
    assertEquals(List.of(ProfileField.H), provincial.missing().toJavaList());
    assertEquals(Severity.REQUIREMENT, provincial.findings().single().severity());
    assertFalse(provincial.findings().single().citation().proposed());
    ProfileCompleteness filled = check(full().withSeat(BANJAR_TENGAH.withRegencyCity(JEMBRANA)), PROVINCIAL, AS_OF);
    assertTrue(filled.isComplete());
  }

  @Test
  @DisplayName(
      "PROFILE-i: a fixed line without a WhatsApp number is partial; PROFILE-k: coverage without socio-economic status "
          + "is partial")
  void partialFields() {
    ProfileCompleteness i = check(full().withWhatsapp(Optional.empty()).withFixedLine(PhoneNumber.of("0365 41210")),
        DINAS, AS_OF);
    assertEquals(List.of(ProfileField.I), i.fields(FieldStatus.PARTIAL).toJavaList());
    assertEquals("PROFILE-i", i.findings().single().ruleId().value());
    ProfileCompleteness k = check(full().withTargetAudience(TargetAudience.builder().addVillage(BANJAR_TENGAH).build()),
        DINAS, AS_OF);
    assertEquals(List.of(ProfileField.K), k.fields(FieldStatus.PARTIAL).toJavaList());
    assertTrue(k.findings().single().message().render(Lang.ID).contains("status sosial dan ekonomi"));
  }

  @Test
  @DisplayName("PROFILE-s, PROFILE-t: a figure observed on the as-of date counts; one observed the day after does not")
  void figuresCountAsOfTheDate() {
    assertTrue(check(full(), DINAS, AS_OF).isComplete());
    ProfileCompleteness before = check(full(), DINAS, AS_OF.minusDays(1));
    assertEquals(List.of(ProfileField.S, ProfileField.T), before.missing().toJavaList());
  }

  @Test
  @DisplayName("MAP-A-3: the fields are those of Tabel 3.1, a to t, in the juknis' order, each with its PROFILE ID")
  void fieldsInJuknisOrder() {
    assertEquals(20, ProfileField.values().length);
    for (ProfileField f : ProfileField.values()) {
      assertEquals("PROFILE-" + (char) ('a' + f.ordinal()), f.ruleId().value());
      assertFalse(f.label(Lang.ID).isBlank());
      assertFalse(f.quote().isBlank());
    }
    assertEquals("Kabupaten/Kota", ProfileField.H.label(Lang.ID));
    assertTrue(ProfileField.H.quote().contains("diisi hanya oleh Dinas Kominfo Provinsi"));
    assertTrue(ProfileField.MAP_A_3_CITATION.quote().contains("manual book"));
  }

  @Test
  @DisplayName("MAP-STAGE-A: a whole census is checked in its own Dinas' view, in census order")
  void wholeCensus() {
    Census census = Census.of(PROVINCIAL, List.of(full(), KimProfile.builder().name("KIM Baru").build())).get();
    var all = ProfileCompletenessCheck.check(census, AS_OF);
    assertEquals(census.refs(), all.map(ProfileCompleteness::kim));
    assertTrue(all.forAll(c -> c.missing().contains(ProfileField.H)));
  }

  @Test
  @DisplayName("A name-only profile (census of MAP-A-1) lists every gap, and the text names the fields")
  void nameOnlyProfile() {
    ProfileCompleteness c = check(KimProfile.builder().name("KIM Baru").build(), DINAS, AS_OF);
    assertEquals("bcdefgijklmnpqst", c.missing().map(ProfileField::letter).mkString());
    assertTrue(c.toString().contains("PROFILE-e"));
  }

  @Test
  @DisplayName("PROFILE-c, PROFILE-l recorded as none (tercatat tidak ada) are recorded fields: filled, not missing")
  void recordedAsNoneIsFilled() {
    KimProfile p = full().withCommunityNumber(Optional.empty()).withMedia(List.of()).withReach(List.of())
        .withResponses(List.of());
    ProfileCompleteness missing = check(p, DINAS, AS_OF);
    assertEquals(FieldStatus.MISSING, missing.statuses().get(ProfileField.C).get());
    assertEquals(FieldStatus.MISSING, missing.statuses().get(ProfileField.L).get());
    ProfileCompleteness none = check(p.withRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER, KnownAbsence.MEDIA), DINAS,
        AS_OF);
    assertEquals(FieldStatus.FILLED, none.statuses().get(ProfileField.C).get());
    assertEquals(FieldStatus.FILLED, none.statuses().get(ProfileField.L).get());
  }
}
