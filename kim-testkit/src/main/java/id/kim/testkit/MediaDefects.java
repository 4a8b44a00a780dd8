package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;

import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import java.util.ArrayList;
import java.util.List;

/** Single defects of media (PROFILE-l) and their figures (PROFILE-s, -t). */
final class MediaDefects {
  static final List<String> BAD_URLS = List.of(
      "www.instagram.com/kim.maju", "instagram.com/kim.maju", "ftp://kim.id/arsip", "https://kim maju.id", "https://", "");

  private MediaDefects() {}

  static List<Defect<KimMedium>> medium() {
    Sampler<KimMedium> host = MediaSamplers.medium();
    List<Defect<KimMedium>> out = new ArrayList<>(BadText.textDefects("KimMedium", "name", 120, host, KimMedium::withName));
    out.add(defect("KimMedium", "url", "not an http(s) address", "kim.url.invalid", d -> host.sample(d).withUrl(d.pick(BAD_URLS))));
    out.add(defect("KimMedium", "url", "longer than 500 characters", "kim.text.tooLong",
        d -> host.sample(d).withUrl("https://kim.id/" + BadText.longerThan(500).sample(d).replace(' ', '-'))));
    return List.copyOf(out);
  }

  static List<Defect<ReachObservation>> reachObservation() {
    Sampler<ReachObservation> host = MediaSamplers.reachObservation();
    List<Defect<ReachObservation>> out = new ArrayList<>();
    out.add(defect("ReachObservation", "value", "a negative count", "kim.count.negative", d -> {
      ReachObservation r = host.sample(d);
      return ReachObservation.of(r.medium(), r.metric(), -d.between(1, 1_000_000), r.observedOn());
    }));
    out.addAll(Defect.allWithin(medium(), "ReachObservation", "medium", noRule(), host,
        (r, m) -> ReachObservation.of(m, r.metric(), r.value(), r.observedOn())));
    return List.copyOf(out);
  }

  static List<Defect<ResponseObservation>> responseObservation() {
    Sampler<ResponseObservation> host = MediaSamplers.responseObservation();
    List<Defect<ResponseObservation>> out = new ArrayList<>();
    out.add(defect("ResponseObservation", "value", "a negative count", "kim.count.negative", d -> {
      ResponseObservation r = host.sample(d);
      return ResponseObservation.of(r.medium(), r.metric(), -d.between(1, 1_000_000), r.observedOn());
    }));
    out.addAll(Defect.allWithin(medium(), "ResponseObservation", "medium", noRule(), host,
        (r, m) -> ResponseObservation.of(m, r.metric(), r.value(), r.observedOn())));
    return List.copyOf(out);
  }
}
