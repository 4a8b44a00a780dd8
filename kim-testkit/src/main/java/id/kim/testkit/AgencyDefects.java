package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.agency.Officer;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Single defects of Dinas and officers (ARCH-3, ARCH-4). */
final class AgencyDefects {
  private AgencyDefects() {}

  static List<Defect<Dinas>> dinas() {
    Sampler<Dinas> host = AgencySamplers.dinas();
    List<Defect<Dinas>> out = new ArrayList<>(BadText.textDefects("Dinas", "name", 160, host,
        (x, s) ->
            Dinas.builder().name(s).level(x.level()).province(x.province()).regencyCity(x.regencyCity()).build()));
    out.add(defect("Dinas", "scopeConsistent", "scope does not match its level", "kim.dinas.scope", d -> {
      RegencyCity rc = RegionSamplers.regencyCity().sample(d);
      Dinas.Builder b = Dinas.builder().name("Dinas Komunikasi dan Informatika " + rc.fullName());
      return switch (d.intBetween(0, 2)) {
        case 0 -> b.level(DinasLevel.PROVINCIAL).province(rc.province()).regencyCity(rc).build();
        case 1 -> b.level(DinasLevel.REGENCY_CITY).province(rc.province()).regencyCity(Optional.empty()).build();
        default ->
            b.level(DinasLevel.REGENCY_CITY).province(otherThan(rc.province()).sample(d)).regencyCity(rc).build();
      };
    }));
    out.addAll(Defect.allWithin(RegionDefects.province(), "Dinas", "province", noRule(),
        d -> AgencySamplers.provincial(RegionSamplers.province().sample(d)).sample(d),
        (x, p) -> Dinas.provincial(x.name(), p)));
    return List.copyOf(out);
  }

  static List<Defect<Officer>> officer() {
    Sampler<Officer> host = AgencySamplers.officer();
    List<Defect<Officer>> out = new ArrayList<>(Defect.allWithin(ContactDefects.personName(), "Officer", "name",
        noRule(), host,
        (o, n) -> Officer.builder().from(o).name(n).build()));
    out.add(defect("Officer", "position", "longer than 120 characters", "kim.text.tooLong",
        d -> Officer.builder().from(host.sample(d)).position(BadText.longerThan(120).sample(d)).build()));
    out.addAll(Defect.allWithin(dinas(), "Officer", "dinas", noRule(), host, (o, x) ->
        Officer.builder().from(o).dinas(x).build()));
    return List.copyOf(out);
  }

  private static Sampler<Province> otherThan(Province province) {
    return d -> {
      Province other = RegionSamplers.province().sample(d);
      return other.equals(province) ? RegionTable.PROVINCES.get((RegionTable.PROVINCES.indexOf(province)
          + 1) % RegionTable.PROVINCES.size()) : other;
    };
  }
}
