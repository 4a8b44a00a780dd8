package id.kim.regions.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-regions: it sits on kim-core alone, so that kim-rules,
 * kim-json and kim-csv keep working with a Dinas' own {@code RegionDirectory} and never carry the data.
 */
@AnalyzeClasses(packages = "id.kim.regions", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** Every package under {@code id.kim.regions} is a slice; no two slices may depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles();

  /** kim-regions uses kim-core and the JDK only. */
  @ArchTest
  static final ArchRule onlyKimCore = noClasses().that().resideInAPackage("id.kim.regions..")
      .should().dependOnClassesThat().resideInAnyPackage("id.kim.rules..", "id.kim.json..", "id.kim.csv..",
          "id.kim.testkit..", "id.kim.report..", "id.kim.cli..", "id.kim.server..", "de.siegmar..",
          "com.fasterxml..");
}
