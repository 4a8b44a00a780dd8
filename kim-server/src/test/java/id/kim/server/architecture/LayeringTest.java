package id.kim.server.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-server: its packages form no cycle (the server's root uses
 * {@code api} and {@code problem}; {@code api} uses {@code problem}; {@code problem} uses neither).
 */
@AnalyzeClasses(packages = "id.kim.server", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** Every package under {@code id.kim.server} is a slice; no two slices may depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles();
}
