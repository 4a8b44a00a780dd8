package id.kim.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.kim.core.style.KimStyle;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;

/**
 * The layering of the SDK as a test, for kim-core: the nouns of the juknis know nothing of the modules
 * built on them (rules, JSON, CSV, report, command line).
 *
 * <p>Only this module's main classes are imported (package root {@code id.kim.core}, tests left out), so
 * the rules speak of what the published jar contains. An empty import fails too (ArchUnit's
 * {@code failOnEmptyShould}), so a renamed package root cannot make these rules pass vacuously.
 */
@AnalyzeClasses(packages = "id.kim.core", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** kim-core is the bottom layer: it imports no other module of the SDK. */
  @ArchTest
  static final ArchRule importsNothingOfTheSdk = noClasses().should().dependOnClassesThat(
          resideInAPackage("id.kim..").and(resideOutsideOfPackages("id.kim.core..")))
      .because("kim-core is the bottom layer of the SDK: every other module builds on it, never the reverse");

  /**
   * Every package under {@code id.kim.core} is a slice; no two slices may depend on each other in a circle.
   *
   * <p>One known exception, kept as narrow as it can be: the packages {@code i18n}, {@code privacy} and
   * {@code style} refuse nulls with {@code validation}'s {@link MissingValueException} (and {@link KimStyle}
   * makes every generated builder throw it and {@link IncompleteValueException}), while {@code validation}
   * uses {@code i18n} for its messages, {@code privacy} to mask what it reports and {@code style} for
   * {@code FieldViolation}. The two exceptions belong in a package below all of them, but they are public API
   * that every module of the SDK calls ({@code MissingValueException.requireNonNull}), so moving them is an
   * API change of its own. Only the dependencies of these three packages on these two classes are ignored:
   * any other cycle, or a fourth package using them to close one, still fails.
   */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles()
      .ignoreDependency(
          resideInAnyPackage("id.kim.core.i18n", "id.kim.core.privacy", "id.kim.core.style"),
          belongToAnyOf(MissingValueException.class, IncompleteValueException.class));
}
