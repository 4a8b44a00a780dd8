package id.kim.report.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-report: the HTML report and the pipeline behind it are
 * shared by the command line and the HTTP service, so they never reach up into the command line.
 *
 * <p>Only this module's main classes are imported (package root {@code id.kim.report}, tests left out), so
 * the rules speak of what the published jar contains. An empty import fails too (ArchUnit's
 * {@code failOnEmptyShould}), so a renamed package root cannot make these rules pass vacuously.
 */
@AnalyzeClasses(packages = "id.kim.report", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** kim-report never imports kim-cli. */
  @ArchTest
  static final ArchRule importsNoCli = noClasses().should().dependOnClassesThat(resideInAnyPackage("id.kim.cli.."))
      .because("the report and its pipeline serve kim-cli and the HTTP service alike");

  /** Every package under {@code id.kim.report} is a slice; no two slices may depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles();
}
