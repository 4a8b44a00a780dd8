package id.kim.core.regioncheck;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.Assessment;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.TargetAudience;
import id.kim.core.document.VillageDecree;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import java.util.List;

/**
 * Every place a kim-core value records a region, with the path {@link id.kim.core.validation.KimValidator}
 * gives it: a record's profile, SK and the Dinas of each assessing officer; a profile's seat at each
 * level, the issuer of its Nomor Induk Komunitas and the villages of its target audience; a Dinas'
 * province and regency/city; a monitoring record's KIM and the Dinas and KIM of its rows. A list element
 * has its index ({@code assessments[0]}), a set element none ({@code villages[]}).
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
    visit("", value, visitor);
  }

  private static void visit(String at, Object value, Visitor visitor) {
    if (value instanceof Village || value instanceof District || value instanceof RegencyCity
        || value instanceof Province) {
      visitor.region(at, value);
    } else if (value instanceof KimRecord r) {
      visit(join(at, "profile"), r.profile(), visitor);
      r.decree().ifPresent(d -> visit(join(at, "decree"), d, visitor));
      each(join(at, "assessments"), r.assessments(), visitor);
    } else if (value instanceof KimProfile p) {
      p.seat().ifPresent(v -> visitor.region(join(at, "seat"), v));
      p.districtSeat().ifPresent(d -> visitor.region(join(at, "districtSeat"), d));
      p.regencyCitySeat().ifPresent(r -> visitor.region(join(at, "regencyCitySeat"), r));
      p.communityNumber().ifPresent(n -> visit(join(at, "communityNumber"), n, visitor));
      p.targetAudience().ifPresent(t -> visit(join(at, "targetAudience"), t, visitor));
    } else if (value instanceof Dinas d) {
      visitor.region(join(at, "province"), d.province());
      d.regencyCity().ifPresent(r -> visitor.region(join(at, "regencyCity"), r));
    } else if (value instanceof CommunityNumber n) {
      visitor.region(join(at, "issuedBy"), n.issuedBy());
    } else if (value instanceof KimRef k) {
      k.seat().ifPresent(v -> visitor.region(join(at, "seat"), v));
      k.communityNumber().ifPresent(n -> visit(join(at, "communityNumber"), n, visitor));
    } else if (value instanceof VillageDecree d) {
      visitor.region(join(at, "issuerVillage"), d.issuerVillage());
    } else if (value instanceof TargetAudience t) {
      t.villages().forEach(v -> visitor.region(join(at, "villages[]"), v));
    } else if (value instanceof Assessment a) {
      visit(join(at, "assessedBy"), a.assessedBy(), visitor);
    } else if (value instanceof Officer o) {
      visit(join(at, "dinas"), o.dinas(), visitor);
    } else if (value instanceof MonitoringRecord m) {
      visit(join(at, "kim"), m.kim(), visitor);
      each(join(at, "log"), m.log(), visitor);
      each(join(at, "socialContent"), m.socialContent(), visitor);
    } else if (value instanceof DisseminationLogEntry e) {
      visit(join(at, "kim"), e.kim(), visitor);
      visit(join(at, "dinas"), e.dinas(), visitor);
    } else if (value instanceof SocialContent s) {
      visit(join(at, "kim"), s.kim(), visitor);
    }
  }

  private static void each(String at, List<?> values, Visitor visitor) {
    for (int i = 0; i < values.size(); i++) {
      visit(at + "[" + i + "]", values.get(i), visitor);
    }
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
