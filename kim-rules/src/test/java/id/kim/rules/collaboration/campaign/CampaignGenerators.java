package id.kim.rules.collaboration.campaign;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.agency.Officer;
import id.kim.core.community.KimType;
import id.kim.core.media.ContentType;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.Fixtures;
import id.kim.testkit.KimGens;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * Small local generators of campaign steps — valid and invalid — for the property tests; media come from kim-testkit.
 */
final class CampaignGenerators {
  static final LocalDate BASE = LocalDate.of(2025, 1, 1);

  private CampaignGenerators() {}

  /** One attempted step: what, when and by whom. */
  static final class Attempt {
    final CampaignStep step;
    final LocalDate on;
    final Officer by;

    Attempt(CampaignStep step, LocalDate on, Officer by) {
      this.step = step;
      this.on = on;
      this.by = by;
    }

    @Override
    public String toString() {
      return step.stage() + "@" + on + " by " + by.dinas().name() + ": " + step;
    }
  }

  static Gen<LocalDate> dates() {
    return integers().between(0, 240).map(BASE::plusDays);
  }

  static Gen<String> texts() {
    return arbitrary().pick("Cegah stunting", "Gizi seimbang", " ", "Pupuk organik");
  }

  static Gen<ParticipationEnsured> participation() {
    return dates().zip(integers().between(-10, 200), (start, len) -> ParticipationEnsured.of(
        Period.of(start, start.plusDays(len))));
  }

  static Gen<MaterialsCoDesigned> materials() {
    Gen<TreeSet<ContentType>> formats = lists().of(arbitrary().enumValues(ContentType.class)).ofSizeBetween(0, 3)
        .map(l -> TreeSet.ofAll(l));
    Gen<Option<String>> angle = arbitrary()
        .pick(java.util.List.of(Option.none(), Option.of("kisah kader"), Option.of(" ")));
    return texts().zip(texts(), formats, angle, (m, t, f, a) -> MaterialsCoDesigned.builder().message(m).theme(t)
        .formats(f).angle(a).build());
  }

  static Gen<DisseminationChannel> channels() {
    return KimGens.medium().zip(integers().between(0, 3), (m, o) -> o == 0 ? DisseminationChannel.network(m)
        : DisseminationChannel.own(m));
  }

  static Gen<Disseminated> dissemination() {
    Gen<Option<String>> literacy = arbitrary()
        .pick(java.util.List.of(Option.none(), Option.of("Literasi gizi"), Option.of("")));
    return lists().of(channels()).ofSizeBetween(0, 3).zip(literacy,
        (cs, l) -> Disseminated.builder().channels(List.ofAll(cs)).literacy(l).build());
  }

  static Gen<CampaignStep> steps() {
    Gen<CampaignStep> p = participation().map(s -> s);
    Gen<CampaignStep> m = materials().map(s -> s);
    Gen<CampaignStep> d = dissemination().map(s -> s);
    return integers().between(0, 2).flatMap(i -> i == 0 ? p : i == 1 ? m : d);
  }

  static Gen<Officer> officers() {
    return arbitrary().pick(Fixtures.OFFICER, Fixtures.OFFICER, Fixtures.SECOND_OFFICER, Fixtures.FOREIGN_OFFICER);
  }

  static Gen<Attempt> attempts() {
    return steps().zip(dates(), officers(), Attempt::new);
  }

  static Gen<java.util.List<Attempt>> attemptSequences() {
    return lists().of(attempts()).ofSizeBetween(0, 12);
  }

  static Gen<KimType> types() {
    return arbitrary().enumValues(KimType.class);
  }
}
