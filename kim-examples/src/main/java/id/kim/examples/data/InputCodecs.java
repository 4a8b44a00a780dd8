package id.kim.examples.data;

import id.kim.core.contact.PersonName;
import id.kim.core.media.ContentType;
import id.kim.core.media.MediaChannel;
import id.kim.core.media.Platform;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.KimJson;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Strict JSON codecs of the provisional input shapes, built with kim-json's building blocks. */
final class InputCodecs {
  private static final Field<GridInput, String> G_KIM = Field.required("kim", GridInput::kim, Scalars.TEXT);
  private static final Field<GridInput, Level> G_INTEREST = Field.required("interest", GridInput::interest, Scalars.code(Level.class));
  private static final Field<GridInput, Level> G_POWER = Field.required("power", GridInput::power, Scalars.code(Level.class));
  private static final Field<GridInput, Level> G_INFLUENCE = Field.required("influence", GridInput::influence, Scalars.code(Level.class));
  private static final Field<GridInput, LocalDate> G_ON = Field.required("assessedOn", GridInput::assessedOn, Scalars.DATE);
  private static final Field<GridInput, Optional<PersonName>> G_BY =
      Field.optional("assessedBy", GridInput::assessedBy, KimJson.codec(PersonName.class));
  private static final Field<GridInput, Optional<String>> G_WHY = Field.optional("rationale", GridInput::rationale, Scalars.TEXT);
  /** A JSON array of grid assessments. */
  static final Codec<List<GridInput>> GRID = Field.listOf(ObjectCodec.of("GridInput",
      List.of(G_KIM, G_INTEREST, G_POWER, G_INFLUENCE, G_ON, G_BY, G_WHY),
      d -> GridInput.builder().kim(d.get(G_KIM)).interest(d.get(G_INTEREST)).power(d.get(G_POWER)).influence(d.get(G_INFLUENCE))
          .assessedOn(d.get(G_ON)).assessedBy(d.get(G_BY)).rationale(d.get(G_WHY)).build()));

  private static final Field<MonitoringEntry, String> M_KIM = Field.required("kim", MonitoringEntry::kim, Scalars.TEXT);
  private static final Field<MonitoringEntry, String> M_ACTIVITY = Field.required("activity", MonitoringEntry::activity, Scalars.TEXT);
  private static final Field<MonitoringEntry, MediaChannel> M_CHANNEL =
      Field.required("channel", MonitoringEntry::channel, Scalars.code(MediaChannel.class));
  private static final Field<MonitoringEntry, String> M_FORMAT = Field.required("format", MonitoringEntry::format, Scalars.TEXT);
  private static final Field<MonitoringEntry, Integer> M_COUNT = Field.required("count", MonitoringEntry::count, Scalars.INT);
  private static final Field<MonitoringEntry, List<LocalDate>> M_DATES = Field.array("dates", MonitoringEntry::dates, Scalars.DATE);
  private static final Field<MonitoringEntry, List<String>> M_PROOFS = Field.array("proofs", MonitoringEntry::proofs, Scalars.TEXT);
  private static final Codec<MonitoringEntry> ENTRY = ObjectCodec.of("MonitoringEntry",
      List.of(M_KIM, M_ACTIVITY, M_CHANNEL, M_FORMAT, M_COUNT, M_DATES, M_PROOFS),
      d -> MonitoringEntry.builder().kim(d.get(M_KIM)).activity(d.get(M_ACTIVITY)).channel(d.get(M_CHANNEL))
          .format(d.get(M_FORMAT)).count(d.get(M_COUNT)).dates(d.get(M_DATES)).proofs(d.get(M_PROOFS)).build());

  private static final Field<AccountSnapshot, String> A_KIM = Field.required("kim", AccountSnapshot::kim, Scalars.TEXT);
  private static final Field<AccountSnapshot, Platform> A_PLATFORM =
      Field.required("platform", AccountSnapshot::platform, Scalars.code(Platform.class));
  private static final Field<AccountSnapshot, LocalDate> A_ON = Field.required("observedOn", AccountSnapshot::observedOn, Scalars.DATE);
  private static final Field<AccountSnapshot, Long> A_FOLLOWERS = Field.required("followers", AccountSnapshot::followers, Scalars.LONG);
  private static final Codec<AccountSnapshot> ACCOUNT = ObjectCodec.of("AccountSnapshot", List.of(A_KIM, A_PLATFORM, A_ON, A_FOLLOWERS),
      d -> AccountSnapshot.builder().kim(d.get(A_KIM)).platform(d.get(A_PLATFORM)).observedOn(d.get(A_ON))
          .followers(d.get(A_FOLLOWERS)).build());

  private static final Field<SocialPost, String> P_KIM = Field.required("kim", SocialPost::kim, Scalars.TEXT);
  private static final Field<SocialPost, String> P_TITLE = Field.required("title", SocialPost::title, Scalars.TEXT);
  private static final Field<SocialPost, ContentType> P_FORMAT = Field.required("format", SocialPost::format, Scalars.code(ContentType.class));
  private static final Field<SocialPost, Platform> P_PLATFORM = Field.required("platform", SocialPost::platform, Scalars.code(Platform.class));
  private static final Field<SocialPost, String> P_ACCOUNT = Field.required("account", SocialPost::account, Scalars.TEXT);
  private static final Field<SocialPost, LocalDate> P_ON = Field.required("publishedOn", SocialPost::publishedOn, Scalars.DATE);
  private static final Field<SocialPost, Optional<Long>> P_LIKE = Field.optional("like", SocialPost::like, Scalars.LONG);
  private static final Field<SocialPost, Optional<Long>> P_SHARE = Field.optional("share", SocialPost::share, Scalars.LONG);
  private static final Field<SocialPost, Optional<Long>> P_COMMENT = Field.optional("comment", SocialPost::comment, Scalars.LONG);
  private static final Field<SocialPost, Optional<Long>> P_VIEW = Field.optional("view", SocialPost::view, Scalars.LONG);
  private static final Field<SocialPost, Optional<Long>> P_RETWEET = Field.optional("retweet", SocialPost::retweet, Scalars.LONG);
  private static final Codec<SocialPost> POST = ObjectCodec.of("SocialPost",
      List.of(P_KIM, P_TITLE, P_FORMAT, P_PLATFORM, P_ACCOUNT, P_ON, P_LIKE, P_SHARE, P_COMMENT, P_VIEW, P_RETWEET),
      d -> SocialPost.builder().kim(d.get(P_KIM)).title(d.get(P_TITLE)).format(d.get(P_FORMAT)).platform(d.get(P_PLATFORM))
          .account(d.get(P_ACCOUNT)).publishedOn(d.get(P_ON)).like(d.get(P_LIKE)).share(d.get(P_SHARE)).comment(d.get(P_COMMENT))
          .view(d.get(P_VIEW)).retweet(d.get(P_RETWEET)).build());

  private static final Field<Survey, String> S_KIM = Field.required("kim", Survey::kim, Scalars.TEXT);
  private static final Field<Survey, LocalDate> S_ON = Field.required("surveyedOn", Survey::surveyedOn, Scalars.DATE);
  private static final Field<Survey, String> S_TOPIC = Field.required("topic", Survey::topic, Scalars.TEXT);
  private static final Field<Survey, Integer> S_N = Field.required("respondents", Survey::respondents, Scalars.INT);
  private static final Field<Survey, Integer> S_BEFORE = Field.required("awarePercentBefore", Survey::awarePercentBefore, Scalars.INT);
  private static final Field<Survey, Integer> S_AFTER = Field.required("awarePercentAfter", Survey::awarePercentAfter, Scalars.INT);
  private static final Codec<Survey> SURVEY = ObjectCodec.of("Survey", List.of(S_KIM, S_ON, S_TOPIC, S_N, S_BEFORE, S_AFTER),
      d -> Survey.builder().kim(d.get(S_KIM)).surveyedOn(d.get(S_ON)).topic(d.get(S_TOPIC)).respondents(d.get(S_N))
          .awarePercentBefore(d.get(S_BEFORE)).awarePercentAfter(d.get(S_AFTER)).build());

  private static final Field<Logs.Monitoring, Integer> MY = Field.required("year", Logs.Monitoring::year, Scalars.INT);
  private static final Field<Logs.Monitoring, String> MS = Field.required("source", Logs.Monitoring::source, Scalars.TEXT);
  private static final Field<Logs.Monitoring, List<MonitoringEntry>> ME = Field.array("entries", Logs.Monitoring::entries, ENTRY);
  /** {@code monitoring-YYYY.json}. */
  static final Codec<Logs.Monitoring> MONITORING = ObjectCodec.of("Monitoring", List.of(MY, MS, ME),
      d -> ImmutableLogs.Monitoring.builder().year(d.get(MY)).source(d.get(MS)).entries(d.get(ME)).build());

  private static final Field<Logs.Social, Integer> SY = Field.required("year", Logs.Social::year, Scalars.INT);
  private static final Field<Logs.Social, String> SS = Field.required("source", Logs.Social::source, Scalars.TEXT);
  private static final Field<Logs.Social, List<AccountSnapshot>> SA = Field.array("accounts", Logs.Social::accounts, ACCOUNT);
  private static final Field<Logs.Social, List<SocialPost>> SP = Field.array("posts", Logs.Social::posts, POST);
  /** {@code social-YYYY.json}. */
  static final Codec<Logs.Social> SOCIAL = ObjectCodec.of("Social", List.of(SY, SS, SA, SP),
      d -> ImmutableLogs.Social.builder().year(d.get(SY)).source(d.get(SS)).accounts(d.get(SA)).posts(d.get(SP)).build());

  private static final Field<Logs.Surveys, Integer> VY = Field.required("year", Logs.Surveys::year, Scalars.INT);
  private static final Field<Logs.Surveys, String> VS = Field.required("source", Logs.Surveys::source, Scalars.TEXT);
  private static final Field<Logs.Surveys, List<Survey>> VV = Field.array("surveys", Logs.Surveys::surveys, SURVEY);
  /** {@code surveys-YYYY.json}. */
  static final Codec<Logs.Surveys> SURVEYS = ObjectCodec.of("Surveys", List.of(VY, VS, VV),
      d -> ImmutableLogs.Surveys.builder().year(d.get(VY)).source(d.get(VS)).surveys(d.get(VV)).build());

  private InputCodecs() {}
}
