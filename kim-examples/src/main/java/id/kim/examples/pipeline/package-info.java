/**
 * The pipeline of the examples: read the inputs, run every rule family, and turn the results into the
 * report's view models. Each family is a small step interface
 * ({@link id.kim.examples.pipeline.EligibilityStep}, {@link id.kim.examples.pipeline.ReviewStep},
 * {@link id.kim.examples.pipeline.MappingStep}, {@link id.kim.examples.pipeline.DisseminationStep})
 * gathered in {@link id.kim.examples.pipeline.RuleFamilies}, so a caller can put another
 * implementation in a family's place.
 */
@KimStyle
package id.kim.examples.pipeline;

import id.kim.core.style.KimStyle;
