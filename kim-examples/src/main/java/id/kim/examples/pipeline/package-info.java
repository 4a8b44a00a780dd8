/**
 * The pipeline of the examples: read the inputs, run each rule family that this build has, and turn
 * the results into the report's view models. Each family is a small step interface
 * ({@link id.kim.examples.pipeline.EligibilityStep}, {@link id.kim.examples.pipeline.ReviewStep},
 * {@link id.kim.examples.pipeline.MappingStep}, {@link id.kim.examples.pipeline.DisseminationStep});
 * {@link id.kim.examples.pipeline.RuleFamilies#available()} says which are wired, so a family that
 * lands later is one line there.
 */
@KimStyle
package id.kim.examples.pipeline;

import id.kim.core.style.KimStyle;
