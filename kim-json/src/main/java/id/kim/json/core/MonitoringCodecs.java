package id.kim.json.core;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.core.metric.ReachObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationActionKind;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.DisseminationMode;
import id.kim.core.monitoring.MaterialOrigin;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TallyKind;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JSON of what a Dinas records to monitor a KIM's dissemination (juknis V): Tabel 5.2 log rows
 * (MONITOR-COL-0..5), Tabel 5.3 social-media rows (SOCIAL-COL-1..5, indicators per platform in
 * {@link SocialMetricsCodecs}), audience tallies, surveys and the whole {@link MonitoringRecord}.
 */
public final class MonitoringCodecs {
  private static final Field<DisseminationLogEntry, KimRef> L_KIM = Field.required("kim", DisseminationLogEntry::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<DisseminationLogEntry, Dinas> L_DINAS = Field.required("dinas",
      DisseminationLogEntry::dinas, AgencyCodecs.DINAS);
  private static final Field<DisseminationLogEntry, Optional<PartnershipPeriod>> L_PARTNERSHIP =
      Field.optional("partnership", DisseminationLogEntry::partnership, ProfileCodecs.PARTNERSHIP_PERIOD);
  private static final Field<DisseminationLogEntry, String> L_ACTIVITY = Field.required("activity",
      DisseminationLogEntry::activity, Scalars.TEXT);
  private static final Field<DisseminationLogEntry, MediaChannel> L_CHANNEL =
      Field.required("channel", DisseminationLogEntry::channel, Scalars.code(MediaChannel.class));
  private static final Field<DisseminationLogEntry, List<ContentType>> L_CONTENT =
      Field.array("contentTypes", DisseminationLogEntry::contentTypes, Scalars.code(ContentType.class));
  private static final Field<DisseminationLogEntry, Optional<DisseminationActionKind>> L_ACTION =
      Field.optional("action", DisseminationLogEntry::action, Scalars.code(DisseminationActionKind.class));
  private static final Field<DisseminationLogEntry, Optional<DisseminationMode>> L_MODE =
      Field.optional("mode", DisseminationLogEntry::mode, Scalars.code(DisseminationMode.class));
  private static final Field<DisseminationLogEntry, Optional<MaterialOrigin>> L_ORIGIN =
      Field.optional("materialOrigin", DisseminationLogEntry::materialOrigin, Scalars.code(MaterialOrigin.class));
  private static final Field<DisseminationLogEntry, DisseminationFormat> L_FORMAT =
      Field.required("format", DisseminationLogEntry::format, Scalars.code(DisseminationFormat.class));
  private static final Field<DisseminationLogEntry, Optional<String>> L_FORMAT_NOTE =
      Field.optional("formatNote", DisseminationLogEntry::formatNote, Scalars.TEXT);
  private static final Field<DisseminationLogEntry, Long> L_COUNT = Field.required("count",
      DisseminationLogEntry::count, Scalars.LONG);
  private static final Field<DisseminationLogEntry, List<LocalDate>> L_DATES = Field.array("dates",
      DisseminationLogEntry::dates, Scalars.DATE);
  private static final Field<DisseminationLogEntry, List<String>> L_LINKS = Field.array("proofLinks",
      DisseminationLogEntry::proofLinks, Scalars.TEXT);
  private static final Field<DisseminationLogEntry, List<DocumentRef>> L_DOCS =
      Field.array("proofDocuments", DisseminationLogEntry::proofDocuments, ContactCodecs.DOCUMENT);
  /** One row of Tabel 5.2 (MONITOR-COL-0..5) with its collaboration (Dinas, partnership period). */
  public static final Codec<DisseminationLogEntry> LOG_ENTRY = ObjectCodec.of("DisseminationLogEntry",
      List.of(L_KIM, L_DINAS, L_PARTNERSHIP, L_ACTIVITY, L_CHANNEL, L_CONTENT, L_ACTION, L_MODE, L_ORIGIN, L_FORMAT,
          L_FORMAT_NOTE,
          L_COUNT, L_DATES, L_LINKS, L_DOCS),
      d -> DisseminationLogEntry.builder().kim(d.get(L_KIM)).dinas(d.get(L_DINAS)).partnership(d.get(L_PARTNERSHIP))
          .activity(d.get(L_ACTIVITY)).channel(d.get(L_CHANNEL)).contentTypes(Set.copyOf(d.get(L_CONTENT)))
          .action(d.get(L_ACTION))
          .mode(d.get(L_MODE)).materialOrigin(d.get(L_ORIGIN)).format(d.get(L_FORMAT)).formatNote(d.get(L_FORMAT_NOTE))
          .count(d.get(L_COUNT)).dates(d.get(L_DATES)).proofLinks(d.get(L_LINKS)).proofDocuments(d.get(L_DOCS))
          .build());

  private static final Field<SocialContent, KimRef> S_KIM = Field.required("kim", SocialContent::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<SocialContent, String> S_TITLE = Field.required("title", SocialContent::title,
      Scalars.TEXT);
  private static final Field<SocialContent, ContentType> S_FORMAT = Field.required("format", SocialContent::format,
      Scalars.code(ContentType.class));
  private static final Field<SocialContent, KimMedium> S_ACCOUNT = Field.required("account", SocialContent::account,
      MediaCodecs.MEDIUM);
  private static final Field<SocialContent, SocialMetrics> S_METRICS =
      Field.required("metrics", SocialContent::metrics, SocialMetricsCodecs.METRICS);
  private static final Field<SocialContent, LocalDate> S_ON = Field.required("publishedOn", SocialContent::publishedOn,
      Scalars.DATE);
  private static final Field<SocialContent, Optional<String>> S_LINK = Field.optional("link", SocialContent::link,
      Scalars.TEXT);
  /** One row of Tabel 5.3 (SOCIAL-HEAD-0, SOCIAL-COL-1..5). */
  public static final Codec<SocialContent> SOCIAL_CONTENT = ObjectCodec.of("SocialContent",
      List.of(S_KIM, S_TITLE, S_FORMAT, S_ACCOUNT, S_METRICS, S_ON, S_LINK),
      d -> SocialContent.builder().kim(d.get(S_KIM)).title(d.get(S_TITLE)).format(d.get(S_FORMAT))
          .account(d.get(S_ACCOUNT))
          .metrics(d.get(S_METRICS)).publishedOn(d.get(S_ON)).link(d.get(S_LINK)).build());

  private static final Field<AudienceTally, TallyKind> T_KIND = Field.required("kind", AudienceTally::kind,
      Scalars.code(TallyKind.class));
  private static final Field<AudienceTally, Long> T_COUNT = Field.required("count", AudienceTally::count, Scalars.LONG);
  private static final Field<AudienceTally, LocalDate> T_ON = Field.required("on", AudienceTally::on, Scalars.DATE);
  private static final Field<AudienceTally, Optional<KimMedium>> T_MEDIUM = Field.optional("medium",
      AudienceTally::medium, MediaCodecs.MEDIUM);
  private static final Field<AudienceTally, Optional<String>> T_NOTE = Field.optional("note", AudienceTally::note,
      Scalars.TEXT);
  /** Visitors, attendance or discussion participants counted on a day (MEASURE-1, MEASURE-2). */
  public static final Codec<AudienceTally> TALLY = ObjectCodec.of("AudienceTally",
      List.of(T_KIND, T_COUNT, T_ON, T_MEDIUM, T_NOTE),
      d -> AudienceTally.of(d.get(T_KIND), d.get(T_COUNT), d.get(T_ON)).withMedium(d.get(T_MEDIUM))
          .withNote(d.get(T_NOTE)));

  private static final Field<SurveyRound, Long> R_RESPONDENTS = Field.required("respondents", SurveyRound::respondents,
      Scalars.LONG);
  private static final Field<SurveyRound, Long> R_POSITIVE = Field.required("positive", SurveyRound::positive,
      Scalars.LONG);
  private static final Field<SurveyRound, LocalDate> R_ON = Field.required("conductedOn", SurveyRound::conductedOn,
      Scalars.DATE);
  /** One round of a survey: respondents and positive answers (MEASURE-3). */
  public static final Codec<SurveyRound> SURVEY_ROUND = ObjectCodec.of("SurveyRound",
      List.of(R_RESPONDENTS, R_POSITIVE, R_ON),
      d -> SurveyRound.of(d.get(R_RESPONDENTS), d.get(R_POSITIVE), d.get(R_ON)));

  private static final Field<SurveyResult, String> V_TITLE = Field.required("title", SurveyResult::title, Scalars.TEXT);
  private static final Field<SurveyResult, OutcomeKind> V_KIND = Field.required("kind", SurveyResult::kind,
      Scalars.code(OutcomeKind.class));
  private static final Field<SurveyResult, Optional<SurveyRound>> V_BEFORE = Field.optional("before",
      SurveyResult::before, SURVEY_ROUND);
  private static final Field<SurveyResult, SurveyRound> V_AFTER = Field.required("after", SurveyResult::after,
      SURVEY_ROUND);
  /** A survey with its baseline (before) and follow-up (after) rounds (MEASURE-3). */
  public static final Codec<SurveyResult> SURVEY = ObjectCodec.of("SurveyResult",
      List.of(V_TITLE, V_KIND, V_BEFORE, V_AFTER),
      d -> SurveyResult.builder().title(d.get(V_TITLE)).kind(d.get(V_KIND)).before(d.get(V_BEFORE))
          .after(d.get(V_AFTER)).build());

  private static final Field<MonitoringRecord, KimRef> M_KIM = Field.required("kim", MonitoringRecord::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<MonitoringRecord, List<DisseminationLogEntry>> M_LOG = Field.array("log",
      MonitoringRecord::log, LOG_ENTRY);
  private static final Field<MonitoringRecord, List<SocialContent>> M_SOCIAL =
      Field.array("socialContent", MonitoringRecord::socialContent, SOCIAL_CONTENT);
  private static final Field<MonitoringRecord, List<ReachObservation>> M_REACH = Field.array("reach",
      MonitoringRecord::reach, MediaCodecs.REACH);
  private static final Field<MonitoringRecord, List<AudienceTally>> M_TALLIES = Field.array("tallies",
      MonitoringRecord::tallies, TALLY);
  private static final Field<MonitoringRecord, List<SurveyResult>> M_SURVEYS = Field.array("surveys",
      MonitoringRecord::surveys, SURVEY);
  /** Everything recorded to monitor one KIM: log, social-media rows, follower counts, tallies, surveys. */
  public static final Codec<MonitoringRecord> RECORD = ObjectCodec.of("MonitoringRecord",
      List.of(M_KIM, M_LOG, M_SOCIAL, M_REACH, M_TALLIES, M_SURVEYS),
      d -> MonitoringRecord.builder().kim(d.get(M_KIM)).log(d.get(M_LOG)).socialContent(d.get(M_SOCIAL))
          .reach(d.get(M_REACH))
          .tallies(d.get(M_TALLIES)).surveys(d.get(M_SURVEYS)).build());

  private MonitoringCodecs() {}
}
