package id.kim.core.validation.region;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.TargetAudience;
import id.kim.core.document.VillageDecree;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;

/**
 * Every place a value records a region, with the path {@link id.kim.core.validation.KimValidator}
 * gives it: a record's profile and SK, a profile's seat at each level, the issuer of its Nomor Induk
 * Komunitas and the villages of its target audience, a Dinas' province and regency/city.
 */
final class RegionPlaces {
  private RegionPlaces() {}

  /** What is done with each region found. */
  interface Visitor {
    /**
     * @param path the region's path, empty for the value itself
     * @param region a {@link Village}, {@link District}, {@link RegencyCity} or {@link Province}
     */
    void region(String path, Object region);
  }

  static void visit(Object value, Visitor visitor) {
    if (value instanceof KimRecord r) {
      profile("profile", r.profile(), visitor);
      r.decree().ifPresent(d -> visitor.region("decree.issuerVillage", d.issuerVillage()));
    } else if (value instanceof KimProfile p) {
      profile("", p, visitor);
    } else if (value instanceof Dinas d) {
      visitor.region("province", d.province());
      d.regencyCity().ifPresent(r -> visitor.region("regencyCity", r));
    } else if (value instanceof CommunityNumber n) {
      visitor.region("issuedBy", n.issuedBy());
    } else if (value instanceof KimRef k) {
      k.seat().ifPresent(v -> visitor.region("seat", v));
      k.communityNumber().ifPresent(n -> visitor.region("communityNumber.issuedBy", n.issuedBy()));
    } else if (value instanceof VillageDecree d) {
      visitor.region("issuerVillage", d.issuerVillage());
    } else if (value instanceof TargetAudience t) {
      t.villages().forEach(v -> visitor.region("villages[]", v));
    } else if (value instanceof Village || value instanceof District || value instanceof RegencyCity
        || value instanceof Province) {
      visitor.region("", value);
    }
  }

  private static void profile(String at, KimProfile p, Visitor visitor) {
    String prefix = at.isEmpty() ? "" : at + ".";
    p.seat().ifPresent(v -> visitor.region(prefix + "seat", v));
    p.districtSeat().ifPresent(d -> visitor.region(prefix + "districtSeat", d));
    p.regencyCitySeat().ifPresent(r -> visitor.region(prefix + "regencyCitySeat", r));
    p.communityNumber().ifPresent(n -> visitor.region(prefix + "communityNumber.issuedBy", n.issuedBy()));
    p.targetAudience()
        .ifPresent(t -> t.villages().forEach(v -> visitor.region(prefix + "targetAudience.villages[]", v)));
  }
}
