package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.BoardRole;
import id.kim.core.region.Province;
import id.kim.core.region.VillageKind;
import id.kim.testkit.RegionTable.Regency;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generated data look like what a Dinas Kominfo really holds, and their parts agree. */
class RealismTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  @Test
  @DisplayName(
      "the region table: 38 provinces, real regencies with Kemendagri codes and area codes, thousands of villages")
  void regionTable() {
    assertEquals(38, RegionTable.PROVINCES.size());
    assertEquals(38, new HashSet<>(RegionTable.PROVINCES).size());
    assertTrue(RegionTable.PROVINCES.containsAll(Set.of(Province.of("Bali"), Province.of("Papua Barat Daya"),
        Province.of("Daerah Khusus Ibukota Jakarta"))));
    assertTrue(RegionTable.REGENCIES.size() >= 40);
    assertTrue(RegionTable.PLACES.size() >= 300, "villages: " + RegionTable.PLACES.size());
    for (Regency r : RegionTable.REGENCIES) {
      assertTrue(r.codeDigits().matches("[1-9][0-9]{3}"), r::toString);
      assertTrue(r.areaCode().matches("0[1-9][0-9]{1,2}"), r::toString);
      assertFalse(RegionTable.placesIn(r).isEmpty(), r::toString);
    }
    var provinceCodes = RegionTable.REGENCIES.stream()
        .collect(Collectors.groupingBy(r -> r.value().province(),
            Collectors.mapping(r -> r.codeDigits().substring(0, 2), Collectors.toSet())));
    provinceCodes.forEach((p, codes) -> assertEquals(1, codes.size(), () -> p + " has code prefixes " + codes));
    for (RegionTable.Place p : RegionTable.PLACES) {
      assertEquals(p.kind() == VillageKind.OTHER_LOCAL_NAME, p.localKindName().isPresent(), p::toString);
    }
  }

  @Test
  @DisplayName("phones: WhatsApp numbers are mobile (PROFILE-i), fixed lines are landlines")
  void phones() {
    qt().forAll(KimGens.mobileNumber(), KimGens.fixedLine()).checkAssert((mobile, fixed) -> {
      assertTrue(mobile.isMobile(), mobile.value());
      assertTrue(fixed.nationalNumber().isPresent() && !fixed.isMobile(), fixed.value());
    });
  }

  @Test
  @DisplayName("community numbers (PROFILE-c) are never in the 16-digit shape of a population NIK (GAP-12)")
  void communityNumbersAreNeverNikShaped() {
    qt().forAll(KimGens.communityNumber()).checkAssert(n -> {
      assertFalse(n.value().replaceAll("[\\s./-]", "").matches("[0-9]{16}"), n.value());
      assertTrue(n.value().contains("KIM"), n.value());
    });
  }

  @Test
  @DisplayName("boards have exactly one chair (MAP-ENTRY-4); decrees come from the head of the village's own kind")
  void boardsAndDecrees() {
    qt().forAll(KimGens.board(), KimGens.villageDecree()).checkAssert((b, d) -> {
      assertEquals(1, b.members().stream().filter(m -> m.role() == BoardRole.CHAIR).count());
      assertEquals(DocumentSamplers.titleFor(d.issuerVillage()), d.issuerTitle());
      assertTrue(d.validUntil().map(u -> !u.isBefore(d.issuedOn())).orElse(true));
      assertTrue(d.revokedOn().map(r -> !r.isBefore(d.issuedOn())).orElse(true));
    });
  }

  @Test
  @DisplayName(
      "the parts of a record agree: seat, decree village, issuer of the number, area code, chair, Dinas of the "
          + "officers")
  void recordsAreConsistent() {
    qt().withExamples(300).forAll(KimGens.record()).checkAssert(r -> {
      var p = r.profile();
      var regency = p.communityNumber().map(n -> n.issuedBy());
      p.seat().ifPresent(seat -> r.decree().ifPresent(d -> assertEquals(seat, d.issuerVillage())));
      r.decree().ifPresent(d ->
          regency.ifPresent(rc -> assertTrue(d.issuerVillage().district().regencyCity().map(rc::equals).orElse(true))));
      p.contactPerson()
          .ifPresent(c -> r.board().ifPresent(b -> assertEquals(b.chair().orElseThrow().name(), c.name())));
      r.board().flatMap(b -> b.composedOn()).ifPresent(c -> {
        r.board().get().acknowledgement()
            .ifPresent(a -> assertFalse(a.on().isBefore(c), "acknowledged after composition"));
        r.declaration().ifPresent(x -> assertFalse(x.signedOn().isBefore(c), "signed by the current board"));
      });
      r.assessments()
          .forEach(a -> regency.ifPresent(rc -> assertEquals(rc, a.assessedBy().dinas().regencyCity().orElseThrow())));
      p.targetAudience().ifPresent(t ->
          p.seat().ifPresent(seat -> assertTrue(t.villages().isEmpty() || t.villages().contains(seat))));
      p.reach().forEach(o -> assertTrue(p.media().contains(o.medium())));
      p.publicIssues().forEach(i -> i.field().ifPresent(f -> assertTrue(p.fieldsOfActivity().contains(f))));
    });
  }

  @Test
  @DisplayName("an eligible record meets every documentary requirement on its as-of day")
  void eligibleRecords() {
    qt().withExamples(300).forAll(KimGens.eligibleRecord(AS_OF)).checkAssert(RealismTest::meetsTheDocuments);
  }

  static void meetsTheDocuments(KimRecord r) {
    var p = r.profile();
    assertTrue(p.type().isPresent() && p.communityNumber().isPresent() && p.contactPerson().isPresent());
    assertTrue(p.seat().isPresent() && p.address().isPresent() && p.whatsapp().orElseThrow().isMobile());
    assertFalse(p.media().isEmpty());
    assertFalse(p.targetAudience().orElseThrow().villages().isEmpty());
    assertTrue(p.communityNumber().orElseThrow().issuedOn().map(d -> !d.isAfter(AS_OF)).orElse(true));
    assertTrue(r.decree().orElseThrow().isInForceOn(AS_OF), "PARTNER-LEGAL-1");
    assertEquals(p.seat().get(), r.decree().get().issuerVillage());
    var board = r.board().orElseThrow();
    assertEquals(1, board.members().stream().filter(m -> m.role() == BoardRole.CHAIR).count());
    assertFalse(board.acknowledgement().orElseThrow().on().isAfter(AS_OF), "PARTNER-LEGAL-3");
    board.composedOn().ifPresent(c ->
        assertFalse(board.acknowledgement().get().on().isBefore(c), "PARTNER-LEGAL-3: the current board"));
    board.composedOn().ifPresent(c ->
        assertFalse(r.declaration().orElseThrow().signedOn().isBefore(c), "PARTNER-ADMIN-DECL: the current board"));
    assertTrue(board.members().stream().noneMatch(m -> m.isCivilServantOn(AS_OF)), "PARTNER-ADMIN-1");
    assertTrue(r.members().stream().noneMatch(m -> m.isCivilServantOn(AS_OF)));
    var declaration = r.declaration().orElseThrow();
    assertTrue(declaration.boardNotCivilServants() && declaration.boardNotInvolvedInCrime()
        && declaration.noPoliticalPartyAffiliation() && declaration.noNgoAffiliation(), "PARTNER-ADMIN-DECL");
    assertTrue(declaration.signatories().contains(board.chair().orElseThrow().name()), "GAP-08: the chair signs");
    assertFalse(declaration.signedOn().isAfter(AS_OF));
    assertTrue(r.affiliations().stream().noneMatch(a -> a.kind() != AffiliationKind.OTHER), "PARTNER-ADMIN-3/4");
    assertTrue(r.assessments().stream().allMatch(a -> a.result() == AssessmentResult.MET && a.isApplicableOn(AS_OF)));
    assertTrue(r.legacyOrigin().isEmpty());
    assertTrue(r.dissolution().isEmpty(), "TERM-7: an eligible KIM has not dissolved itself");
  }

  @Test
  @DisplayName("TERM-7: some records are dissolved, never before their decree was issued; eligible records never")
  void dissolvedRecords() {
    List<KimRecord> some =
        LongStream.range(0, 400)
            .mapToObj(seed -> KimSamples.record(new SplittableRandom(seed)))
            .toList();
    assertTrue(some.stream().anyMatch(r -> r.dissolution().isPresent()));
    assertTrue(some.stream().anyMatch(r -> r.dissolution().isEmpty()));
    some.forEach(r -> r.dissolution().ifPresent(n -> r.decree()
        .ifPresent(d -> assertFalse(n.dissolvedOn().isBefore(d.issuedOn()), r::toString))));
    qt().withExamples(200).forAll(KimGens.eligibleRecord(AS_OF))
        .checkAssert(r -> assertTrue(r.dissolution().isEmpty()));
  }
}
