package id.kim.json.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-json: the JSON contract is shared by every entrance, so it
 * never reaches up into one of them (the command line).
 *
 * <p>Only this module's main classes are imported (package root {@code id.kim.json}, tests left out), so
 * the rules speak of what the published jar contains. An empty import fails too (ArchUnit's
 * {@code failOnEmptyShould}), so a renamed package root cannot make these rules pass vacuously.
 */
@AnalyzeClasses(packages = "id.kim.json", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** kim-json never imports kim-cli. */
  @ArchTest
  static final ArchRule importsNoCli = noClasses().should().dependOnClassesThat(resideInAnyPackage("id.kim.cli.."))
      .because("the JSON contract serves the Java API, kim-cli and the HTTP service alike");

  /**
   * Every package under {@code id.kim.json} is a slice; no two slices may depend on each other in a circle.
   *
   * <p>One known exception, kept as narrow as it can be: the codecs in {@code json.core} and
   * {@code json.rules} implement the root package's {@code Codec} and {@code Field}, and the root package's
   * two catalogues {@code CoreTypes} and {@code RulesTypes} register those codecs, so each catalogue closes a
   * circle. The catalogues are the contract's composition root; the clean cut is to move the codec
   * interface ({@code Codec}, {@code Field} and their helpers) into a package of its own, but kim-report and
   * kim-cli import {@code id.kim.json.Codec} and {@code id.kim.json.Field}, so that is an API change of its
   * own. Only the two catalogues' dependencies on those two packages are ignored: any other class of the
   * root package reaching into them, or any other cycle, still fails.
   */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles()
      .ignoreDependency(
          name("id.kim.json.CoreTypes").or(name("id.kim.json.RulesTypes")),
          resideInAnyPackage("id.kim.json.core", "id.kim.json.rules"));
}
