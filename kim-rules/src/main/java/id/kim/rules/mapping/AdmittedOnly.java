package id.kim.rules.mapping;

import id.kim.core.community.KimRef;
import id.kim.rules.mapping.entry.MappingEntrants;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The input of a mapping restricted to the KIM admitted by MAP-ENTRY-1..4 (II.B.3): the Dinas' assessments
 * and category decisions about a KIM left out are set aside, and such a KIM is dropped from the KIM an
 * issue names (Tabel 3.2 "Nama KIM"), so it is neither placed, prioritised nor linked; the report lists it
 * apart with its reasons. An input of profiles given as they are is returned unchanged.
 */
final class AdmittedOnly {
  private AdmittedOnly() {}

  static MappingInput of(MappingInput input, LocalDate asOf) {
    if (input.entrants().isEmpty()) {
      return input;
    }
    MappingEntrants entrants = input.entrants().get();
    if (!entrants.asOf().equals(asOf)) {
      throw new IllegalArgumentException("asOf " + asOf + " is not the day the mapping entry was decided, "
          + entrants.asOf() + ": map as of the day of the MAP-ENTRY-1..4 decisions, or decide them again");
    }
    Set<KimRef> in = entrants.admitted().map(a -> a.ref()).toJavaSet();
    return input
        .withIssues(input.issues().stream().map(i -> i.withRecordedKims(i.recordedKims().stream()
            .filter(in::contains).collect(Collectors.toCollection(LinkedHashSet::new)))).toList())
        .withAssessments(input.assessments().stream().filter(a -> in.contains(a.kim())).toList())
        .withDecisions(input.decisions().stream().filter(d -> in.contains(d.kim())).toList());
  }
}
