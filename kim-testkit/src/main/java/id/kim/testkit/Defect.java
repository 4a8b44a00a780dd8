package id.kim.testkit;

import id.kim.core.style.KimStyle;
import id.kim.core.validation.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.immutables.value.Value;
import org.quicktheories.core.Gen;

/**
 * One deliberate defect: values that are valid except for exactly one broken constraint, and the
 * one finding {@link id.kim.core.validation.KimValidator} must report for them — its
 * {@linkplain #path() path}, {@linkplain #messageKey() message key} and, where the field records a
 * juknis rule, its {@linkplain #ruleId() rule ID}.
 *
 * <pre>{@code
 * for (Defect<KimProfile> defect : Defects.profile()) {
 *   qt().forAll(defect.gen()).check(p -> {
 *     Seq<FieldViolation> found = KimValidator.standard().validate(p).getError();
 *     return found.size() == 1 && defect.matches(found.head());
 *   });
 * }
 * }</pre>
 *
 * @param <T> the type of the defective values
 */
@Value.Immutable
@KimStyle
public abstract class Defect<T> {

  /** @return the simple name of the defective values' type, e.g. {@code "KimProfile"} */
  public abstract String type();

  /** @return the path of the expected finding, e.g. {@code "whatsapp"}, {@code "media[0].url"} */
  public abstract String path();

  /** @return what is wrong, in a few words, e.g. {@code "a landline, not a WhatsApp number"} */
  public abstract String problem();

  /** @return the expected message key, e.g. {@code "kim.phone.notMobile"} */
  public abstract String messageKey();

  /** @return the juknis rule the expected finding cites, e.g. {@code "PROFILE-i"}, if any */
  public abstract Optional<String> ruleId();

  /**
   * @return true if the rule is the constraint's own ({@code @JuknisField} on the constraint annotation,
   *     e.g. REGION-CODE-1 on a region's code): it is cited wherever the value sits, so a host's
   *     attribute rule does not replace it
   */
  @Value.Default
  public boolean constraintRule() {
    return false;
  }

  /** @return the defective values */
  @Value.Auxiliary
  public abstract Sampler<T> sampler();

  /** @return a builder */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** @return e.g. {@code "KimProfile.whatsapp: a landline, not a WhatsApp number"} */
  public String name() {
    return type() + (path().isEmpty() ? "" : "." + path()) + ": " + problem();
  }

  /** @return the defective values as a QuickTheories generator (failures shrink) */
  public Gen<T> gen() {
    return sampler().gen().describedAs(v -> name() + " ← " + v);
  }

  /**
   * @param random a seeded random generator
   * @return one defective value
   */
  public T from(RandomGenerator random) {
    return sampler().from(random);
  }

  /** @return defective values paired with this defect */
  public Sampler<Defective<T>> defective() {
    return d -> Defective.of(sampler().sample(d), this);
  }

  /**
   * @param violation a finding
   * @return true if it is the finding this defect expects: same path, message key and rule
   */
  public boolean matches(FieldViolation violation) {
    return violation.path().equals(path()) && violation.messageKey().equals(messageKey())
        && violation.ruleId().equals(ruleId());
  }

  /**
   * The same defect, one level down inside a valid host value.
   *
   * @param hostType simple name of the host type, e.g. {@code "KimProfile"}
   * @param attribute the host's attribute holding the defective value, e.g. {@code "seat"} or
   *     {@code "media[0]"}
   * @param hostRule the rule the attribute records ({@code @JuknisField}); it replaces this
   *     defect's rule, since the outermost annotated attribute is cited
   * @param host valid host values
   * @param put puts the defective value into a host
   * @param <H> the host type
   * @return the lifted defect
   */
  public <H> Defect<H> within(String hostType, String attribute, Optional<String> hostRule, Sampler<H> host,
      BiFunction<H, T, H> put) {
    Sampler<T> inner = sampler();
    return Defect.<H>builder()
        .type(hostType)
        .path(path().isEmpty() ? attribute : path().startsWith("[") ? attribute + path() : attribute + "." + path())
        .problem(problem())
        .messageKey(messageKey())
        .ruleId(hostRule.isPresent() && !constraintRule() ? hostRule : ruleId())
        .constraintRule(constraintRule())
        .sampler(d -> put.apply(host.sample(d), inner.sample(d)))
        .build();
  }

  /**
   * Lifts every defect of a list into a host, see {@link #within}.
   *
   * @param defects defects of the inner type
   * @param hostType simple name of the host type
   * @param attribute the host's attribute
   * @param hostRule the attribute's rule, if annotated
   * @param host valid host values
   * @param put puts a defective value into a host
   * @param <T> inner type
   * @param <H> host type
   * @return the lifted defects, in the same order
   */
  public static <T, H> List<Defect<H>> allWithin(List<Defect<T>> defects, String hostType, String attribute,
      Optional<String> hostRule, Sampler<H> host, BiFunction<H, T, H> put) {
    List<Defect<H>> out = new ArrayList<>(defects.size());
    for (Defect<T> defect : defects) {
      out.add(defect.within(hostType, attribute, hostRule, host, put));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Defect[" + name() + " → " + messageKey() + ruleId().map(r -> ", " + r).orElse("") + "]";
  }

  /**
   * Builds a {@link Defect}.
   *
   * @param <T> the type of the defective values
   */
  public static final class Builder<T> extends ImmutableDefect.Builder<T> {}
}
