package id.kim.rules.capacity;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a Dinas found when it examined the five elements of Tabel 4.1 for one KIM (CAP-1..5), on one
 * day. An element not examined is left empty and its finding is UNKNOWN; an element examined and found
 * wanting is a need. CAP-USE: the identification "yang dilaksanakan Dinas Kominfo Kabupaten/Kota"
 * is the basis of solutions, so {@link #assessedBy()} is normally a regency/city Dinas.
 */
@Value.Immutable
public abstract class CapacityNeedAssessment {

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return the Dinas that identified the needs */
  public abstract Dinas assessedBy();

  /** @return the day of the identification */
  public abstract LocalDate assessedOn();

  /** @return CAP-1: readiness of each medium examined; empty if not examined */
  @Value.Default
  public Seq<MediumReadiness> mediaReadiness() {
    return List.empty();
  }

  /** @return CAP-2: content made so far; none if not examined, empty if the KIM has made none */
  @Value.Default
  public Option<Seq<ProducedContent>> producedContent() {
    return Option.none();
  }

  /** @return CAP-3: members involved in content production or face-to-face communication; none if not counted */
  @Value.Default
  public Option<Integer> contentProducers() {
    return Option.none();
  }

  /** @return CAP-4: skills the members need to build; none if not examined, empty if none needed */
  @Value.Default
  public Option<SortedSet<ContentSkill>> skillsNeeded() {
    return Option.none();
  }

  /** @return CAP-5: the judgement of content management; none if not examined */
  @Value.Default
  public Option<ManagementRating> management() {
    return Option.none();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Rejects a negative number of content producers (CAP-3). */
  @Value.Check
  protected void check() {
    contentProducers().filter(n -> n < 0).forEach(n -> {
      throw new IllegalArgumentException("contentProducers (CAP-3) must be 0 or more, was " + n);
    });
  }

  /** Builds a {@link CapacityNeedAssessment}. */
  public static final class Builder extends ImmutableCapacityNeedAssessment.Builder {}
}
