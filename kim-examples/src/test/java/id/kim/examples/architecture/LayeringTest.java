package id.kim.examples.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK as a test, for kim-examples: its packages form no cycle.
 *
 * <p>Only this module's main classes are imported (package root {@code id.kim.examples}, tests left out).
 * Unlike the library modules, an empty import passes ({@code allowEmptyShould}): the examples are short
 * programs that may all live in one package, or none in src/main at all, and neither has a cycle.
 */
@AnalyzeClasses(packages = "id.kim.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** Every package under {@code id.kim.examples} is a slice; no two slices may depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.kim.(**)").should().beFreeOfCycles()
      .allowEmptyShould(true);
}
