package id.kim.rules.capacity;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import org.immutables.value.Value;

/**
 * Which forms of activity answer a need in which element. The juknis says only that the needs are "dasar
 * bagi pemberian solusi melalui bimbingan teknis, workshop/lokakarya, sarasehan, dan forum diskusi"
 * (CAP-USE, SOLUTION-BASIS), not which form fits which element: the mapping is the Dinas' policy, with a
 * PROPOSED default ({@link #standard()}) built from the definitions of Tabel 4.4 — skills and media
 * readiness are "kompetensi … di bidang teknis operasional" (Bimtek), producing content with few hands is
 * solving "masalah … pekerjaan/tugas yang sebenarnya" (workshop), management is a problem to hear experts
 * on (sarasehan) and to discuss among peers (forum diskusi).
 */
@Value.Immutable
public abstract class SolutionMapping implements WithSolutionMapping {

  /** @return the mapping's name, recorded in each report */
  public abstract String name();

  /** @return the forms suggested for a need in each element */
  public abstract TreeMap<CapacityElement, SortedSet<CapacityBuildingForm>> forms();

  /** @return the PROPOSED default */
  public static SolutionMapping standard() {
    return ImmutableSolutionMapping.builder().name("standar (USULAN SDK)").forms(TreeMap.of(
        CapacityElement.MEDIA, TreeSet.of(CapacityBuildingForm.TECHNICAL_TRAINING),
        CapacityElement.CONTENT, TreeSet.of(CapacityBuildingForm.WORKSHOP),
        CapacityElement.PRODUCERS, TreeSet.of(CapacityBuildingForm.WORKSHOP),
        CapacityElement.SKILLS, TreeSet.of(CapacityBuildingForm.TECHNICAL_TRAINING),
        CapacityElement.MANAGEMENT,
        TreeSet.of(CapacityBuildingForm.EXPERT_HEARING, CapacityBuildingForm.DISCUSSION_FORUM)))
        .build();
  }

  /**
   * @param element an element
   * @param forms the forms to suggest for a need in it (none: no suggestion)
   * @return the mapping with that element's forms replaced
   */
  public SolutionMapping with(CapacityElement element, CapacityBuildingForm... forms) {
    return withForms(forms().put(element, TreeSet.of(forms)));
  }

  /**
   * @param element an element
   * @return the forms suggested for a need in it
   */
  public SortedSet<CapacityBuildingForm> formsFor(CapacityElement element) {
    return forms().get(element).getOrElse(TreeSet.empty());
  }
}
