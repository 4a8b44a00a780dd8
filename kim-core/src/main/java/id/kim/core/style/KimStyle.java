package id.kim.core.style;

import id.kim.core.validation.MissingValueException;
import id.kim.core.validation.IncompleteValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the KIM SDK, declared once and applied by annotating a package
 * ({@code package-info.java}) or a type with {@code @KimStyle}.
 *
 * <p>What it gives every value type of the SDK:
 * <ul>
 *   <li>record-style accessors ({@code name()}, not {@code getName()}), as in {@code java.time};
 *       Hibernate Validator sees them through {@code id.kim.core.validation.AccessorSelection};</li>
 *   <li>the generated implementation stays hidden ({@code ImmutableX} is package-private): callers
 *       use the abstract type, its nested {@code Builder}, and its {@code of}/{@code with…}
 *       methods;</li>
 *   <li>a {@code null} given to a builder or a {@code with…} method fails at once with a
 *       {@link MissingValueException} naming the attribute, and a builder missing a required
 *       attribute fails with an {@link IncompleteValueException} listing what is missing;</li>
 *   <li>generated code uses the {@code jakarta.*} annotations.</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"*"},
    init = "*",
    typeAbstract = {"*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jakarta = true,
    depluralize = true,
    throwForNullPointer = MissingValueException.class,
    throwForInvalidImmutableState = IncompleteValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface KimStyle {}
