package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.BadText.textDefects;

import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Single defects of regions and addresses (PROFILE-e..h). */
final class RegionDefects {
  private static final List<String> BAD_RT_RW = List.of("0", "00", "000", "1000", "0001", "", "A1", "12a", "-3", " 5");

  private RegionDefects() {}

  static List<Defect<Province>> province() {
    return textDefects("Province", "name", 80, RegionSamplers.province(), (p, s) -> Province.of(s));
  }

  static List<Defect<RegencyCity>> regencyCity() {
    List<Defect<RegencyCity>> out = new ArrayList<>(textDefects("RegencyCity", "name", 80, RegionSamplers.regencyCity(),
        (r, s) -> RegencyCity.of(s, r.kind(), r.province())));
    out.addAll(Defect.allWithin(province(), "RegencyCity", "province", noRule(), RegionSamplers.regencyCity(),
        (r, p) -> RegencyCity.of(r.name(), r.kind(), p)));
    return List.copyOf(out);
  }

  static List<Defect<District>> district() {
    Sampler<District> host = d -> District.of(RegionSamplers.district().sample(d).name(), RegionSamplers.regencyCity().sample(d));
    List<Defect<District>> out = new ArrayList<>(textDefects("District", "name", 80, host, (x, s) -> x.withName(s)));
    out.addAll(Defect.allWithin(regencyCity(), "District", "regencyCity", noRule(), host, (x, r) -> x.withRegencyCity(r)));
    return List.copyOf(out);
  }

  static List<Defect<Village>> village() {
    Sampler<Village> host = RegionSamplers.village();
    List<Defect<Village>> out = new ArrayList<>(textDefects("Village", "name", 80, host, (v, s) -> v.withName(s)));
    out.add(defect("Village", "localKindNameConsistent", "\"sebutan lain\" without its local name", "kim.village.localKindName",
        d -> host.sample(d).withKind(VillageKind.OTHER_LOCAL_NAME).withLocalKindName(d.chance(50) ? Optional.empty() : Optional.of(" "))));
    out.add(defect("Village", "localKindNameConsistent", "a local name for a kelurahan/desa/kampung", "kim.village.localKindName",
        d -> host.sample(d).withKind(d.pick(List.of(VillageKind.KELURAHAN, VillageKind.DESA, VillageKind.KAMPUNG)))
            .withLocalKindName(d.pick(List.of("Nagari", "Gampong", "Kalurahan")))));
    out.addAll(Defect.allWithin(district(), "Village", "district", noRule(), host, Village::withDistrict));
    return List.copyOf(out);
  }

  static List<Defect<RtRw>> rtRw() {
    return List.of(
        defect("RtRw", "rt", "not an RT number", "kim.rtrw.invalid", d -> RtRw.of(d.pick(BAD_RT_RW), RegionSamplers.rtRw().sample(d).rw())),
        defect("RtRw", "rw", "not an RW number", "kim.rtrw.invalid", d -> RtRw.of(RegionSamplers.rtRw().sample(d).rt(), d.pick(BAD_RT_RW))));
  }

  static List<Defect<Address>> address() {
    Sampler<Address> host = RegionSamplers.address();
    List<Defect<Address>> out = new ArrayList<>(textDefects("Address", "street", 160, host, Address::withStreet));
    out.add(defect("Address", "number", "house number longer than 20 characters", "kim.text.tooLong",
        d -> host.sample(d).withNumber(BadText.longerThan(20).sample(d))));
    out.addAll(Defect.allWithin(rtRw(), "Address", "rtRw", noRule(), host, Address::withRtRw));
    return List.copyOf(out);
  }
}
