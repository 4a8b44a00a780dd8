package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.core.i18n.Lang;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/** Every valid value → JSON → value is equal, for every type of the contract (through KimJson and through a plain mapper). */
class RoundTripTest {
  static final Map<Class<?>, Gen<?>> GENERATORS = generators();

  @TestFactory
  Stream<DynamicTest> everyValueRoundTripsThroughKimJson() {
    return GENERATORS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(),
        () -> roundTrip(e.getKey(), e.getValue())));
  }

  @TestFactory
  Stream<DynamicTest> everyEnumConstantRoundTripsByItsCode() {
    return KimJson.types().stream().filter(Class::isEnum).map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
      for (Object constant : type.getEnumConstants()) {
        String json = KimJson.write(constant);
        assertEquals("\"" + ((Enum<?>) constant).name() + "\"", json);
        assertSame(constant, KimJson.read(json, type).get());
      }
    }));
  }

  @Test
  @DisplayName("every non-enum type of the contract has a round-trip generator")
  void everyContractTypeIsCovered() {
    assertEquals(KimJson.types().stream().filter(t -> !t.isEnum()).collect(java.util.stream.Collectors.toSet()),
        GENERATORS.keySet());
  }

  @Test
  void theSameValueReadsBackThroughACallersMapperInEnglish() throws Exception {
    ObjectMapper mapper = KimJson.mapper(Lang.EN);
    qt().withExamples(50).forAll(ExplainGens.DECISION).check(d -> {
      try {
        return mapper.readValue(mapper.writeValueAsString(d), id.kim.rules.explain.Decision.class).equals(d);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  private static <T> void roundTrip(Class<T> type, Gen<?> gen) {
    @SuppressWarnings("unchecked")
    Gen<T> typed = (Gen<T>) gen;
    ObjectMapper mapper = KimJson.mapper();
    qt().withExamples(200).forAll(typed).check(value -> {
      Either<JsonProblem, T> back = KimJson.read(KimJson.write(value), type);
      if (back.isLeft() || !back.get().equals(value)) {
        throw new AssertionError("did not round-trip: " + back + "\nJSON: " + KimJson.write(value));
      }
      try {
        return mapper.readValue(mapper.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(value), type).equals(value);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  private static Map<Class<?>, Gen<?>> generators() {
    Map<Class<?>, Gen<?>> m = new LinkedHashMap<>();
    m.put(id.kim.core.region.Province.class, CoreGens.PROVINCE);
    m.put(id.kim.core.region.RegencyCity.class, CoreGens.REGENCY_CITY);
    m.put(id.kim.core.region.District.class, CoreGens.DISTRICT);
    m.put(id.kim.core.region.Village.class, CoreGens.VILLAGE);
    m.put(id.kim.core.region.RtRw.class, CoreGens.RT_RW);
    m.put(id.kim.core.region.Address.class, CoreGens.ADDRESS);
    m.put(id.kim.core.contact.PersonName.class, CoreGens.PERSON);
    m.put(id.kim.core.contact.PhoneNumber.class, CoreGens.PHONE);
    m.put(id.kim.core.contact.EmailAddress.class, CoreGens.EMAIL);
    m.put(id.kim.core.document.DocumentRef.class, CoreGens.DOCUMENT);
    m.put(id.kim.core.contact.ContactPerson.class, CoreGens.CONTACT);
    m.put(id.kim.core.time.Period.class, CoreGens.PERIOD);
    m.put(id.kim.core.agency.Dinas.class, CoreGens.DINAS);
    m.put(id.kim.core.agency.Officer.class, CoreGens.OFFICER);
    m.put(id.kim.core.media.KimMedium.class, CoreGens.MEDIUM);
    m.put(id.kim.core.metric.ReachObservation.class, CoreGens.REACH);
    m.put(id.kim.core.metric.ResponseObservation.class, CoreGens.RESPONSE);
    m.put(id.kim.core.community.CommunityNumber.class, CoreGens.COMMUNITY_NUMBER);
    m.put(id.kim.core.community.Frequency.class, CoreGens.FREQUENCY);
    m.put(id.kim.core.community.PartnershipPeriod.class, CoreGens.PARTNERSHIP);
    m.put(id.kim.core.community.ProfileIssue.class, CoreGens.ISSUE);
    m.put(id.kim.core.community.TargetAudience.class, CoreGens.AUDIENCE);
    m.put(id.kim.core.community.KimProfile.class, CoreGens.PROFILE);
    m.put(id.kim.core.document.VillageDecree.class, CoreGens.DECREE);
    m.put(id.kim.core.document.AdministrativeDeclaration.class, CoreGens.DECLARATION);
    m.put(id.kim.core.document.DissolutionNotice.class, CoreGens.DISSOLUTION);
    m.put(id.kim.core.organisation.Acknowledgement.class, CoreGens.ACKNOWLEDGEMENT);
    m.put(id.kim.core.organisation.BoardMember.class, CoreGens.BOARD_MEMBER);
    m.put(id.kim.core.organisation.Board.class, CoreGens.BOARD);
    m.put(id.kim.core.organisation.Member.class, CoreGens.MEMBER);
    m.put(id.kim.core.organisation.Affiliation.class, CoreGens.AFFILIATION);
    m.put(id.kim.core.assessment.Assessment.class, CoreGens.ASSESSMENT);
    m.put(id.kim.core.community.KimRecord.class, CoreGens.RECORD);
    m.put(id.kim.core.validation.FieldViolation.class, CoreGens.VIOLATION);
    m.put(id.kim.rules.explain.RuleId.class, ExplainGens.RULE_ID);
    m.put(id.kim.rules.explain.RuleSetRef.class, ExplainGens.RULE_SET);
    m.put(id.kim.rules.explain.Citation.class, ExplainGens.CITATION);
    m.put(id.kim.rules.explain.Evidence.class, ExplainGens.EVIDENCE);
    m.put(id.kim.rules.explain.Message.class, ExplainGens.MESSAGE);
    m.put(id.kim.rules.explain.Finding.class, ExplainGens.FINDING);
    m.put(id.kim.rules.explain.Decision.class, ExplainGens.DECISION);
    return m;
  }
}
