/**
 * The pipeline a Dinas runs: read the inputs, run every rule family, and turn the results into the
 * report's view models. Each family is a small step interface
 * ({@link id.kim.report.pipeline.EligibilityStep}, {@link id.kim.report.pipeline.ReviewStep},
 * {@link id.kim.report.pipeline.MappingStep}, {@link id.kim.report.pipeline.DisseminationStep})
 * gathered in {@link id.kim.report.pipeline.RuleFamilies}, so a caller can put another
 * implementation in a family's place.
 */
@KimStyle
package id.kim.report.pipeline;

import id.kim.core.style.KimStyle;
