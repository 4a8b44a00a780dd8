package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.DocumentRef;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RtRw;
import id.kim.core.time.Period;
import id.kim.testkit.KimSamples;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof: values are values. Equal inputs give equal values with equal hash codes — whether built
 * twice from the same draws or copied through {@code builder().from(x)} — for every kim-core type.
 */
class EqualityTest {

  @TestFactory
  @DisplayName("equal inputs give equal values and equal hash codes")
  Stream<DynamicTest> equalInputsGiveEqualValues() {
    return samplers().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
          Object a = sample(e.getValue(), new SplittableRandom(seed));
          Object b = sample(e.getValue(), new SplittableRandom(seed));
          assertEquals(a, b);
          assertEquals(a.hashCode(), b.hashCode());
          assertEquals(a.toString(), b.toString());
        })));
  }

  @TestFactory
  @DisplayName("a builder filled from a value builds an equal value with the same hash code")
  Stream<DynamicTest> builderFromGivesAnEqualValue() {
    return samplers().entrySet().stream().filter(e -> builderFrom(e.getValue().getReturnType()) != null)
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
            qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
              Object value = sample(e.getValue(), new SplittableRandom(seed));
              Object copy = copy(value);
              assertEquals(value, copy);
              assertEquals(value.hashCode(), copy.hashCode());
            })));
  }

  @TestFactory
  @DisplayName("a value rebuilt through its of-factory from its own attributes is a new, equal value")
  Stream<DynamicTest> ofFactoryGivesAnEqualValue() {
    return REBUILD.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(), () -> {
      Method sampler = samplers().values().stream().filter(m -> m.getReturnType().equals(e.getKey())).findFirst()
          .orElseThrow();
      qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
        Object value = sample(sampler, new SplittableRandom(seed));
        Object rebuilt = e.getValue().apply(value);
        assertNotSame(value, rebuilt);
        assertEquals(value, rebuilt);
        assertEquals(value.hashCode(), rebuilt.hashCode());
      });
    }));
  }

  @Test
  @DisplayName("every kim-core type without a builder is rebuilt above")
  void everyTypeIsCopiedOneWayOrAnother() {
    for (Method m : samplers().values()) {
      Class<?> type = m.getReturnType();
      assertTrue(builderFrom(type) != null || REBUILD.containsKey(type), type::getName);
    }
  }

  private static final Map<Class<?>, Function<Object, Object>> REBUILD = rebuilders();

  private static Map<Class<?>, Function<Object, Object>> rebuilders() {
    Map<Class<?>, Function<Object, Object>> out = new HashMap<>();
    put(out, Province.class, p -> Province.of(new String(p.name())));
    put(out, RegencyCity.class, r ->
        RegencyCity.of(new String(r.name()), r.kind(), Province.of(new String(r.province().name()))));
    put(out, District.class, d -> d.regencyCity().map(r -> District.of(new String(d.name()), r))
        .orElseGet(() -> District.of(new String(d.name()))));
    put(out, RtRw.class, r -> RtRw.of(new String(r.rt()), new String(r.rw())));
    put(out, PersonName.class, n -> PersonName.of(new String(n.value())));
    put(out, PhoneNumber.class, n -> PhoneNumber.of(new String(n.value())));
    put(out, EmailAddress.class, n -> EmailAddress.of(new String(n.value())));
    put(out, ContactPerson.class, c -> ContactPerson.of(PersonName.of(c.name().value()), c.role()));
    put(out, CommunityNumber.class, c ->
        c.issuedOn().map(CommunityNumber.of(new String(c.value()), c.issuedBy())::withIssuedOn)
        .orElseGet(() -> CommunityNumber.of(new String(c.value()), c.issuedBy())));
    put(out, Frequency.class, f -> Frequency.of(f.count(), f.period()));
    put(out, PartnershipPeriod.class, p ->
        PartnershipPeriod.of(Period.of(p.period().start(), p.period().end()), new String(p.programmeOrPolicy())));
    put(out, ProfileIssue.class, i -> i.field().map(f -> ProfileIssue.of(new String(i.title()), f))
        .orElseGet(() -> ProfileIssue.of(new String(i.title()))));
    put(out, DocumentRef.class, r -> DocumentRef.of(new String(r.reference())));
    put(out, ReachObservation.class, r -> ReachObservation.of(r.medium(), r.metric(), r.value(), r.observedOn()));
    put(out, ResponseObservation.class, r -> ResponseObservation.of(r.medium(), r.metric(), r.value(), r.observedOn()));
    put(out, Period.class, p -> Period.of(p.start(), p.end()));
    put(out, KimRef.class, k -> k.communityNumber().map(n -> KimRef.of(new String(k.name()), n))
        .orElseGet(() -> KimRef.of(new String(k.name()))));
    put(out, AudienceTally.class, t ->
        AudienceTally.of(t.kind(), t.count(), t.on()).withMedium(t.medium()).withNote(t.note()));
    put(out, SurveyRound.class, r -> SurveyRound.of(r.respondents(), r.positive(), r.conductedOn()));
    put(out, InstagramMetrics.class, m -> InstagramMetrics.of(m.likes(), m.shares(), m.comments(), m.views()));
    put(out, FacebookMetrics.class, m -> FacebookMetrics.of(m.likes(), m.shares(), m.comments()));
    put(out, TwitterMetrics.class, m -> TwitterMetrics.of(m.likes(), m.retweets(), m.comments(), m.shares()));
    put(out, YouTubeMetrics.class, m -> YouTubeMetrics.of(m.likes(), m.comments()));
    put(out, TikTokMetrics.class, m -> TikTokMetrics.of(m.likes(), m.comments(), m.shares()));
    put(out, SocialMetrics.class, m -> out.get(m.getClass().getSuperclass()).apply(m));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(
      Map<Class<?>, Function<Object, Object>> out, Class<T> type, Function<T, Object> rebuild) {
    out.put(type, v -> rebuild.apply((T) v));
  }

  /** @return KimSamples' one-argument methods by name, e.g. "profile" → KimSamples.profile(RandomGenerator) */
  private static Map<String, Method> samplers() {
    Map<String, Method> out = new TreeMap<>();
    for (Method m : KimSamples.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
          && m.getParameterTypes()[0].equals(RandomGenerator.class) && !m.getName().startsWith("invalid")) {
        out.put(m.getName(), m);
      }
    }
    return out;
  }

  private static Object sample(Method m, RandomGenerator random) {
    try {
      return m.invoke(null, random);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(m.getName(), e);
    }
  }

  private static Method builderFrom(Class<?> type) {
    try {
      Method builder = type.getMethod("builder");
      return builder.getReturnType().getMethod("from", type);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object copy(Object value) {
    try {
      return copyOrThrow(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object copyOrThrow(Object value) throws ReflectiveOperationException {
    Class<?> type = value.getClass().getSuperclass();
    Object builder = type.getMethod("builder").invoke(null);
    Method from = builderFrom(type);
    from.setAccessible(true);
    from.invoke(builder, value);
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    return build.invoke(builder);
  }
}
