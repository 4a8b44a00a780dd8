package id.kim.json.core;

import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** JSON of a KIM's media (PROFILE-l) and of the dated strength and influence figures (PROFILE-s, PROFILE-t). */
public final class MediaCodecs {
  private static final Field<KimMedium, Platform> PLATFORM = Field.required("platform", KimMedium::platform,
      Scalars.code(Platform.class));
  private static final Field<KimMedium, Optional<String>> NAME = Field.optional("name", KimMedium::name, Scalars.TEXT);
  private static final Field<KimMedium, Optional<String>> URL = Field.optional("url", KimMedium::url, Scalars.TEXT);
  /** {@code {"platform": "INSTAGRAM", "name": "@kim.mekarsari", "url": "https://…"}} */
  public static final Codec<KimMedium> MEDIUM = ObjectCodec.of("KimMedium", List.of(PLATFORM, NAME, URL),
      d -> KimMedium.builder().platform(d.get(PLATFORM)).name(d.get(NAME)).url(d.get(URL)).build());

  private static final Field<ReachObservation, KimMedium> REACH_MEDIUM = Field.required("medium",
      ReachObservation::medium, MEDIUM);
  private static final Field<ReachObservation, ReachMetric> REACH_METRIC =
      Field.required("metric", ReachObservation::metric, Scalars.code(ReachMetric.class));
  private static final Field<ReachObservation, Long> REACH_VALUE = Field.required("value", ReachObservation::value,
      Scalars.LONG);
  private static final Field<ReachObservation, LocalDate> REACH_ON = Field.required("observedOn",
      ReachObservation::observedOn, Scalars.DATE);
  /** A strength (kekuatan) figure, PROFILE-s. */
  public static final Codec<ReachObservation> REACH = ObjectCodec.of("ReachObservation",
      List.of(REACH_MEDIUM, REACH_METRIC, REACH_VALUE, REACH_ON),
      d -> ReachObservation.of(d.get(REACH_MEDIUM), d.get(REACH_METRIC), d.get(REACH_VALUE), d.get(REACH_ON)));

  private static final Field<ResponseObservation, KimMedium> RESP_MEDIUM = Field.required("medium",
      ResponseObservation::medium, MEDIUM);
  private static final Field<ResponseObservation, ResponseMetric> RESP_METRIC =
      Field.required("metric", ResponseObservation::metric, Scalars.code(ResponseMetric.class));
  private static final Field<ResponseObservation, Long> RESP_VALUE = Field.required("value", ResponseObservation::value,
      Scalars.LONG);
  private static final Field<ResponseObservation, LocalDate> RESP_ON =
      Field.required("observedOn", ResponseObservation::observedOn, Scalars.DATE);
  /** An influence (pengaruh) figure, PROFILE-t. */
  public static final Codec<ResponseObservation> RESPONSE = ObjectCodec.of("ResponseObservation",
      List.of(RESP_MEDIUM, RESP_METRIC, RESP_VALUE, RESP_ON),
      d -> ResponseObservation.of(d.get(RESP_MEDIUM), d.get(RESP_METRIC), d.get(RESP_VALUE), d.get(RESP_ON)));

  private MediaCodecs() {}
}
