package id.kim.testkit;

import static id.kim.testkit.BadText.citing;
import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;

import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.validation.PlausibleCounts;
import java.util.ArrayList;
import java.util.List;

/** Single defects of media (PROFILE-l) and their figures (PROFILE-s, -t). */
final class MediaDefects {
  static final List<String> BAD_URLS = List.of(
      "www.instagram.com/kim.maju", "instagram.com/kim.maju", "ftp://kim.id/arsip", "https://kim maju.id", "https://",
      "");

  private MediaDefects() {}

  static List<Defect<KimMedium>> medium() {
    Sampler<KimMedium> host = MediaSamplers.medium();
    List<Defect<KimMedium>> out = new ArrayList<>(BadText.textDefects("KimMedium", "name", 120, host,
        KimMedium::withName));
    out.add(defect("KimMedium", "url", "not an http(s) address", "kim.url.invalid", d ->
        host.sample(d).withUrl(d.pick(BAD_URLS))));
    out.add(defect("KimMedium", "url", "longer than 500 characters", "kim.text.tooLong",
        d -> host.sample(d).withUrl("https://kim.id/" + BadText.longerThan(500).sample(d).replace(' ', '-'))));
    return List.copyOf(out);
  }

  static List<Defect<ReachObservation>> reachObservation() {
    Sampler<ReachObservation> host = MediaSamplers.reachObservation();
    List<Defect<ReachObservation>> out = new ArrayList<>();
    out.addAll(citing(List.of(defect("ReachObservation", "value", "a negative count", "kim.count.negative", d -> {
      ReachObservation r = host.sample(d);
      return ReachObservation.of(r.medium(), r.metric(), -d.between(1, 1_000_000), r.observedOn());
    }), defect("ReachObservation", "value", "more than 100,000,000 (e.g. 2^31 followers)", "kim.count.tooLarge", d -> {
      ReachObservation r = host.sample(d);
      return ReachObservation.of(r.medium(), r.metric(), beyond(PlausibleCounts.REACH).sample(d), r.observedOn());
    })), "PROFILE-s"));
    out.addAll(Defect.allWithin(medium(), "ReachObservation", "medium", noRule(), host,
        (r, m) -> ReachObservation.of(m, r.metric(), r.value(), r.observedOn())));
    return List.copyOf(out);
  }

  /**
   * @param bound a documented upper bound of a count ({@link PlausibleCounts})
   * @return counts beyond it: 2<sup>31</sup>, 2<sup>32</sup> (the overflow values) or any up to
   *     {@code Long.MAX_VALUE}
   */
  static Sampler<Long> beyond(long bound) {
    return d -> switch (d.intBetween(0, 3)) {
      case 0 -> Math.max(bound + 1, 1L << 31);
      case 1 -> Math.max(bound + 1, 1L << 32);
      case 2 -> bound + 1;
      default -> d.between(bound + 1, Long.MAX_VALUE);
    };
  }

  static List<Defect<ResponseObservation>> responseObservation() {
    Sampler<ResponseObservation> host = MediaSamplers.responseObservation();
    List<Defect<ResponseObservation>> out = new ArrayList<>();
    out.addAll(citing(List.of(defect("ResponseObservation", "value", "a negative count", "kim.count.negative", d -> {
      ResponseObservation r = host.sample(d);
      return ResponseObservation.of(r.medium(), r.metric(), -d.between(1, 1_000_000), r.observedOn());
    }), defect("ResponseObservation", "value", "more than 1,000,000,000", "kim.count.tooLarge", d -> {
      ResponseObservation r = host.sample(d);
      long responses = beyond(PlausibleCounts.RESPONSES).sample(d);
      return ResponseObservation.of(r.medium(), r.metric(), responses, r.observedOn());
    })), "PROFILE-t"));
    out.addAll(Defect.allWithin(medium(), "ResponseObservation", "medium", noRule(), host,
        (r, m) -> ResponseObservation.of(m, r.metric(), r.value(), r.observedOn())));
    return List.copyOf(out);
  }
}
