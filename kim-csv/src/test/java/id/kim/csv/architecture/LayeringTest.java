package id.kim.csv.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-csv: Tabel 3.1 as CSV is read and written with kim-core's
 * nouns only, without the rules, the JSON contract, the report or the command line.
 *
 * <p>Only this module's main classes are imported (package root {@code id.kim.csv}, tests left out), so
 * the rules speak of what the published jar contains. An empty import fails too (ArchUnit's
 * {@code failOnEmptyShould}), so a renamed package root cannot make these rules pass vacuously.
 */
@AnalyzeClasses(packages = "id.kim.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** kim-csv imports nothing of kim-rules, kim-json or kim-report. */
  @ArchTest
  static final ArchRule importsNoRulesJsonOrReport = noClasses().should().dependOnClassesThat(
          resideInAnyPackage("id.kim.rules..", "id.kim.json..", "id.kim.report.."))
      .because("a Dinas imports its Tabel 3.1 spreadsheet with kim-core alone; decisions come later, in kim-rules");

  /** kim-csv never imports kim-cli. */
  @ArchTest
  static final ArchRule importsNoCli = noClasses().should().dependOnClassesThat(resideInAnyPackage("id.kim.cli.."))
      .because("the CSV import serves the Java API, kim-cli and the HTTP service alike");

  /** Every package under {@code id.kim.csv} is a slice; no two slices may depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles();
}
