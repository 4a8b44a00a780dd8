package id.kim.rules.mapping.profiling;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.region.RegencyCity;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The census of mapping stage A: the profile list "yang sedapat mungkin memuat seluruh KIM di wilayah
 * kabupaten/kota sesuai dengan kewenangan Dinas" (MAP-A-1). It holds every KIM of the Dinas' region —
 * registered or not, complete or not — ordered by {@link KimRef}; profiles recorded in another region
 * are kept aside with a finding, never dropped.
 *
 * <p>A census may belong to a provincial Dinas too (it reads and aggregates, GAP-22); only the later
 * stages are reserved to the regency/city Dinas (MAP-RULE-a).
 */
@Value.Immutable
public abstract class Census {
  /** The message bundle of the mapping family, for the findings of stage A. */
  static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-A-1 — profiling covers, as far as possible, all KIM of the Dinas' area. */
  static final RuleId MAP_A_1 = RuleId.of("MAP-A-1");
  /** Citation of MAP-A-1. */
  static final Citation MAP_A_1_CITATION = Citation.of("III.A",
      "profiling KIM yang sedapat mungkin memuat seluruh KIM di wilayah kabupaten/kota sesuai dengan kewenangan Dinas");

  private static final Comparator<CensusEntry> BY_REF = Comparator.comparing(CensusEntry::ref);

  /** @return the Dinas whose census it is */
  public abstract Dinas dinas();

  /** @return the KIM of the region, ordered by ref */
  public abstract Seq<CensusEntry> entries();

  /** @return profiles recorded in another region, ordered by ref */
  public abstract Seq<CensusEntry> outsideRegion();

  /** @return one MAP-A-1 warning per profile outside the region */
  public abstract Seq<Finding> findings();

  /**
   * Builds the census of a Dinas from the profiles it holds, in any order.
   *
   * @param dinas the Dinas
   * @param profiles its profiles
   * @return the census, or one MAP-A-1 finding per KIM recorded more than once (same Nomor Induk
   *     Komunitas and issuer, or — when not registered — same name and seat)
   */
  public static Either<Seq<Finding>, Census> of(Dinas dinas, Iterable<KimProfile> profiles) {
    requireNonNull(dinas, "dinas");
    requireNonNull(profiles, "profiles");
    java.util.List<CensusEntry> byRef = new ArrayList<>();
    for (KimProfile p : profiles) {
      byRef.add(entry(dinas, p));
    }
    byRef.sort(BY_REF); // stable, in place: a register holds tens of thousands of KIM
    Seq<CensusEntry> all = List.ofAll(byRef);
    Seq<Finding> duplicates = duplicates(all);
    if (!duplicates.isEmpty()) {
      return Either.left(duplicates);
    }
    Seq<CensusEntry> outside = all.filter(e -> e.membership() == RegionMembership.OUTSIDE_REGION);
    return Either.right(ImmutableCensus.builder().dinas(dinas)
        .entries(all.filter(e -> e.membership() != RegionMembership.OUTSIDE_REGION))
        .outsideRegion(outside)
        .findings(outside.map(e -> outsideFinding(dinas, e)))
        .build());
  }

  /** @return the refs of the KIM of the region, in order */
  public Seq<KimRef> refs() {
    return entries().map(CensusEntry::ref);
  }

  /** @return the number of KIM of the region */
  public int size() {
    return entries().size();
  }

  /**
   * @param ref a KIM
   * @return its entry, if it is in the region
   */
  public Option<CensusEntry> entry(KimRef ref) {
    return index().get(ref);
  }

  @Value.Lazy
  Map<KimRef, CensusEntry> index() {
    return HashMap.ofEntries(entries().map(e -> Tuple.of(e.ref(), e)));
  }

  private static CensusEntry entry(Dinas dinas, KimProfile profile) {
    requireNonNull(profile, "profiles[]");
    Optional<RegencyCity> recorded = profile.seatRegencyCity();
    Optional<RegencyCity> seen = recorded.isPresent() || dinas.level() != DinasLevel.REGENCY_CITY
        ? recorded : dinas.regencyCity();
    return ImmutableCensusEntry.of(KimRef.from(profile), profile, RegionMembership.of(dinas, profile), seen);
  }

  /**
   * @param sorted entries in ref order
   * @return one MAP-A-1 finding per ref recorded more than once, in ref order. A ref is equal to
   *     another exactly when their keys are, and refs are ordered by key, so the entries of one KIM
   *     are adjacent: one pass counts them, without grouping the whole census in a map.
   */
  private static Seq<Finding> duplicates(Seq<CensusEntry> sorted) {
    java.util.List<Finding> out = new ArrayList<>();
    KimRef run = null;
    int count = 0;
    for (CensusEntry e : sorted) {
      if (e.ref().equals(run)) {
        count++;
        continue;
      }
      if (run != null && count > 1) {
        out.add(duplicate(run, count));
      }
      run = e.ref();
      count = 1;
    }
    if (run != null && count > 1) {
      out.add(duplicate(run, count));
    }
    return List.ofAll(out);
  }

  private static Finding duplicate(KimRef ref, int count) {
    return Finding.builder().ruleId(MAP_A_1).citation(MAP_A_1_CITATION)
        .outcome(Outcome.NOT_SATISFIED)
        .evidence(List.of(Evidence.of("kim", ref), Evidence.of("profiles", count)))
        .message(Message.of(BUNDLE, "MAP-A-1.duplicate", ref, count))
        .remedy(Option.of(Message.of(BUNDLE, "MAP-A-1.duplicate.remedy")))
        .build();
  }

  private static Finding outsideFinding(Dinas dinas, CensusEntry e) {
    String where = e.regencyCity().map(RegencyCity::fullName).orElse("-");
    return Finding.builder().ruleId(MAP_A_1).citation(MAP_A_1_CITATION)
        .outcome(Outcome.NOT_SATISFIED).severity(Severity.WARNING)
        .evidence(List.of(Evidence.of("kim", e.ref()), Evidence.of("regencyCity", where),
            Evidence.of("dinas", dinas.name())))
        .message(Message.of(BUNDLE, "MAP-A-1.outside", e.ref(), where, dinas.name()))
        .build();
  }

  /**
   * @return a builder — the SDK makes a census with {@code Census.of}; the builder is public to reload a stored
   *     mapping report (kim-json), not to make one up
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Census[" + dinas() + ": " + size() + " KIM, " + outsideRegion().size() + " outside the region]";
  }

  /** Builds a {@link Census}. */
  public static final class Builder extends ImmutableCensus.Builder {}
}
