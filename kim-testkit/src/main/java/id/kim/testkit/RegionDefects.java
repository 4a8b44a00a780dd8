package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.BadText.textDefects;

import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
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
    List<Defect<Province>> out = new ArrayList<>(textDefects("Province", "name", 80, RegionSamplers.province(),
        (p, s) -> Province.of(s)));
    out.add(codeRule(defect("Province", "code", "a code of another level than a provinsi's 2 digits",
        "kim.region.code.notProvince", d -> RegionSamplers.province().sample(d).withCode(otherLevel(d, 2))), 1));
    return List.copyOf(out);
  }

  static List<Defect<RegencyCity>> regencyCity() {
    List<Defect<RegencyCity>> out = new ArrayList<>(textDefects("RegencyCity", "name", 80, RegionSamplers.regencyCity(),
        (r, s) -> RegencyCity.of(s, r.kind(), r.province())));
    out.addAll(Defect.allWithin(province(), "RegencyCity", "province", noRule(), RegionSamplers.regencyCity(),
        (r, p) -> RegencyCity.of(r.name(), r.kind(), p)));
    out.add(codeRule(defect("RegencyCity", "code", "a code of another level than a kabupaten/kota's 4 digits",
        "kim.region.code.notRegencyCity", d -> RegionSamplers.regencyCity().sample(d).withCode(otherLevel(d, 4))), 1));
    out.add(codeRule(defect("RegencyCity", "code", "a code outside its provinsi's code",
        "kim.region.code.notWithinProvince",
        d -> {
          RegencyCity r = RegionSamplers.regencyCity().sample(d);
          RegionCode province = r.province().code().orElse(RegionCode.parse("51"));
          String other = province.digits().equals("52") ? "53" : "52";
          return RegencyCity.of(r.name(), r.kind(), r.province().withCode(province))
              .withCode(RegionCode.parse(other + "01"));
        }), 3));
    return List.copyOf(out);
  }

  static List<Defect<District>> district() {
    Sampler<District> host = d ->
        District.of(RegionSamplers.district().sample(d).name(), RegionSamplers.regencyCity().sample(d));
    List<Defect<District>> out = new ArrayList<>(textDefects("District", "name", 80, host, (x, s) -> x.withName(s)));
    out.addAll(Defect.allWithin(regencyCity(), "District", "regencyCity", noRule(), host,
        (x, r) -> x.withRegencyCity(r).withCode(Optional.empty())));
    out.add(codeRule(defect("District", "code", "a code of another level than a kecamatan's 6 digits",
        "kim.region.code.notDistrict", d -> host.sample(d).withCode(otherLevel(d, 6))), 1));
    out.add(codeRule(defect("District", "code", "a code outside its kabupaten/kota's code",
        "kim.region.code.notWithinRegencyCity",
        d -> {
          District x = host.sample(d);
          RegencyCity r = coded(x.regencyCity().orElseThrow());
          String digits = r.code().orElseThrow().digits();
          String other = digits.substring(0, 2) + (digits.endsWith("99") ? "98" : "99");
          return x.withRegencyCity(r).withCode(RegionCode.parse(other + "01"));
        }), 3));
    return List.copyOf(out);
  }

  static List<Defect<Village>> village() {
    Sampler<Village> host = RegionSamplers.village();
    List<Defect<Village>> out = new ArrayList<>(textDefects("Village", "name", 80, host, (v, s) -> v.withName(s)));
    out.add(defect("Village", "localKindNameConsistent", "\"sebutan lain\" without its local name",
        "kim.village.localKindName",
        d -> host.sample(d).withKind(VillageKind.OTHER_LOCAL_NAME)
            .withLocalKindName(d.chance(50) ? Optional.empty() : Optional.of(" "))));
    out.add(defect("Village", "localKindNameConsistent", "a local name for a kelurahan/desa/kampung",
        "kim.village.localKindName",
        d -> host.sample(d).withKind(d.pick(List.of(VillageKind.KELURAHAN, VillageKind.DESA, VillageKind.KAMPUNG)))
            .withLocalKindName(d.pick(List.of("Nagari", "Gampong", "Kalurahan")))));
    out.addAll(Defect.allWithin(district(), "Village", "district", noRule(), host,
        (v, x) -> v.withDistrict(x).withCode(Optional.empty())));
    out.add(codeRule(defect("Village", "code", "a code of another level than a kelurahan/desa's 10 digits",
        "kim.region.code.notVillage", d -> host.sample(d).withCode(otherLevel(d, 10))), 1));
    out.add(codeRule(defect("Village", "code", "a code outside its kecamatan's code",
        "kim.region.code.notWithinDistrict",
        d -> {
          Village v = host.sample(d);
          RegencyCity r = coded(v.district().regencyCity().orElse(RegionSamplers.regencyCity().sample(d)));
          String regency = r.code().orElseThrow().digits();
          District x = v.district().withRegencyCity(r).withCode(RegionCode.parse(regency + "03"));
          return v.withDistrict(x).withCode(RegionCode.parse(regency + "04" + "2001"));
        }), 3));
    return List.copyOf(out);
  }

  /** @return the defect, citing the constraint's own rule REGION-CODE-{@code n} wherever it is lifted */
  private static <T> Defect<T> codeRule(Defect<T> defect, int n) {
    return Defect.<T>builder().from(defect).ruleId("REGION-CODE-" + n).constraintRule(true).build();
  }

  /** @return a well-formed Kemendagri code of any level but the one with {@code digits} digits */
  private static RegionCode otherLevel(Draw d, int digits) {
    List<String> others = new ArrayList<>(List.of("51", "51.01", "51.01.03", "51.01.03.2006"));
    others.removeIf(c -> c.replace(".", "").length() == digits);
    return RegionCode.parse(d.pick(others));
  }

  /** @return the kabupaten/kota with a code within its provinsi's, keeping codes it already has */
  private static RegencyCity coded(RegencyCity r) {
    if (r.code().isPresent()) {
      return r;
    }
    RegionCode province = r.province().code().orElse(RegionCode.parse("51"));
    return RegencyCity.of(r.name(), r.kind(), r.province().withCode(province))
        .withCode(RegionCode.parse(province.digits() + "01"));
  }

  static List<Defect<RtRw>> rtRw() {
    return List.of(
        defect("RtRw", "rt", "not an RT number", "kim.rtrw.invalid", d ->
            RtRw.of(d.pick(BAD_RT_RW), RegionSamplers.rtRw().sample(d).rw())),
        defect("RtRw", "rw", "not an RW number", "kim.rtrw.invalid", d ->
            RtRw.of(RegionSamplers.rtRw().sample(d).rt(), d.pick(BAD_RT_RW))));
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
