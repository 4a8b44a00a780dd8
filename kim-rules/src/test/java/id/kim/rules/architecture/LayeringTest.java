package id.kim.rules.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-rules: the rules of the juknis build on kim-core's nouns
 * and on nothing else of the SDK (not JSON, CSV, report or command line).
 *
 * <p>Only this module's main classes are imported (package root {@code id.kim.rules}, tests left out), so
 * the rules speak of what the published jar contains. An empty import fails too (ArchUnit's
 * {@code failOnEmptyShould}), so a renamed package root cannot make these rules pass vacuously.
 */
@AnalyzeClasses(packages = "id.kim.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** kim-rules imports only kim-core (and itself) of the SDK. */
  @ArchTest
  static final ArchRule importsOnlyCore = noClasses().should().dependOnClassesThat(
          resideInAPackage("id.kim..").and(resideOutsideOfPackages("id.kim.core..", "id.kim.rules..")))
      .because("kim-rules sits on kim-core only: formats and entrances (JSON, CSV, report, CLI) build on the rules");

  /** Every package under {@code id.kim.rules} is a slice; no two slices may depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles();
}
