package id.kim.rules.mapping;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Local QuickTheories generators on the kim-core builders, until kim-testkit lands on main: random
 * populations of distinct KIM with dated figures on several media, levels and policies.
 */
public final class MappingGen {
  private static final Platform[] PLATFORMS = {Platform.INSTAGRAM, Platform.FACEBOOK, Platform.YOUTUBE,
      Platform.WHATSAPP_GROUP, Platform.FACE_TO_FACE};

  private MappingGen() {}

  /** @return HIGH or LOW */
  public static Gen<Level> levels() {
    return Generate.enumValues(Level.class);
  }

  /** @return the two classifying policies (MANUAL is not total) */
  public static Gen<MixedCasePolicy> classifyingPolicies() {
    return Generate.pick(List.of(MixedCasePolicy.BOTH_HIGH, MixedCasePolicy.EITHER_HIGH));
  }

  /** @return a seed for a reproducible shuffle */
  public static Gen<Long> seeds() {
    return longs().all();
  }

  /**
   * @param min fewest KIM
   * @param max most KIM
   * @return populations of distinct KIM, some registered, some not, with random figures and fields
   */
  public static Gen<List<KimProfile>> populations(int min, int max) {
    return lists().of(specs()).ofSizeBetween(min, max).map(MappingGen::build);
  }

  /** @return counts, for threshold laws */
  public static Gen<List<Long>> counts(int min, int max) {
    return lists().of(longs().between(0, 1_000_000)).ofSizeBetween(min, max);
  }

  /**
   * @param items a list
   * @param seed a seed
   * @param <T> item type
   * @return a shuffled copy
   */
  public static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  /** A KIM's random traits, turned into a profile once its index (its identity) is known. */
  private static Gen<int[]> specs() {
    Gen<Integer> small = integers().between(0, 4);
    Gen<Integer> count = integers().between(0, 50_000);
    return small.zip(small, count, count, (media, fields, reach, likes) -> new int[] {media, fields, reach, likes})
        .zip(integers().between(0, 3), (a, registered) -> new int[] {a[0], a[1], a[2], a[3], registered});
  }

  private static List<KimProfile> build(List<int[]> specs) {
    List<KimProfile> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      int[] s = specs.get(i);
      String name = "KIM " + i;
      KimProfile.Builder b = KimProfile.builder().name(name).seat(MappingFixtures.BANJAR_TENGAH);
      if (s[4] > 0) {
        b.communityNumber(CommunityNumber.of("KIM/5101/" + String.format("%04d", i), MappingFixtures.JEMBRANA));
      }
      for (int f = 0; f < s[1]; f++) {
        b.addFieldsOfActivity(GovernmentAffair.values()[(i + f * 7) % GovernmentAffair.values().length]);
      }
      for (int m = 0; m < s[0]; m++) {
        KimMedium medium = KimMedium.of(PLATFORMS[m], name.toLowerCase(Locale.ROOT) + m);
        b.addMedia(medium);
        long reach = (long) s[2] * (m + 1) / s[0];
        long likes = (long) s[3] * (m + 1) / s[0];
        b.addReach(ReachObservation.of(medium, ReachMetric.FOLLOWERS, reach, MappingFixtures.OBSERVED));
        b.addReach(ReachObservation.of(medium, ReachMetric.FOLLOWERS, reach + 7,
            MappingFixtures.AS_OF.plusDays(1 + m)));
        b.addResponse(ResponseObservation.of(medium, ResponseMetric.LIKES, likes,
            MappingFixtures.OBSERVED.minusDays(m)));
      }
      out.add(b.build());
    }
    return out;
  }
}
