package id.kim.testkit;

import static id.kim.testkit.BadText.citing;
import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.BadText.rule;
import static id.kim.testkit.ProfileDefects.replaceFirst;

import id.kim.core.community.KimRef;
import id.kim.core.media.MediaChannel;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationActionKind;
import id.kim.core.monitoring.DisseminationFormat;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.validation.PlausibleCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Single defects of the Tabel 5.2 log (MONITOR-COL-0..5), of KIM references, audience tallies and
 * surveys (MEASURE-1..3). Not in the catalogue, on purpose: a negative count of activities
 * (MONITOR-COL-3) also leaves no number of dates that fits it, so it gives two findings
 * ({@code kim.count.negative}, {@code kim.monitoring.datesCount}); likewise a negative number of
 * respondents is either below its positive answers or has negative positive answers too.
 */
final class MonitoringDefects {
  private MonitoringDefects() {}

  static List<Defect<KimRef>> kimRef() {
    Sampler<KimRef> host = MonitoringSamplers.kimRef();
    List<Defect<KimRef>> out = new ArrayList<>(BadText.textDefects("KimRef", "name", 150, host, KimRef::withName));
    out.addAll(Defect.allWithin(CommunityDefects.communityNumber(), "KimRef", "communityNumber", noRule(), host,
        KimRef::withCommunityNumber));
    return List.copyOf(out);
  }

  static List<Defect<DisseminationLogEntry>> disseminationLogEntry() {
    Sampler<DisseminationLogEntry> host = MonitoringSamplers.disseminationLogEntry();
    String type = "DisseminationLogEntry";
    List<Defect<DisseminationLogEntry>> out = new ArrayList<>(Defect.allWithin(kimRef(), type, "kim",
        rule("MONITOR-COL-0"), host,
        DisseminationLogEntry::withKim));
    out.addAll(Defect.allWithin(AgencyDefects.dinas(), type, "dinas", noRule(), host,
        DisseminationLogEntry::withDinas));
    out.addAll(Defect.allWithin(CommunityDefects.partnershipPeriod(), type, "partnership", noRule(), host,
        DisseminationLogEntry::withPartnership));
    out.addAll(citing(BadText.textDefects(type, "activity", 500, host, DisseminationLogEntry::withActivity),
        "MONITOR-COL-1"));
    out.addAll(citing(BadText.textDefects(type, "formatNote", 120, host, DisseminationLogEntry::withFormatNote),
        "MONITOR-COL-2"));
    out.add(defect(type, "formatDescribed", "format \"Lainnya\" without its description",
        "kim.monitoring.formatUndescribed",
        d -> host.sample(d).withFormat(DisseminationFormat.OTHER).withFormatNote(Optional.empty())));
    out.add(datesCount(host, "a count of 0 with several dates", (e, d) -> e.withCount(0).withDates(days(d, 2, 5))));
    out.add(datesCount(host, "a positive count without dates", (e, d) ->
        e.withCount(d.between(1, 50)).withDates(List.of())));
    out.add(datesCount(host, "more dates than activities", (e, d) -> {
      long count = d.between(1, 6);
      return e.withCount(count).withDates(days(d, (int) count + 1, (int) count + 4));
    }));
    out.add(defect(type, "actionOnChannel", "a Tabel 4.3 action on another channel than its own",
        "kim.monitoring.actionChannel", d -> {
      DisseminationActionKind action = d.pick(DisseminationActionKind.class);
      List<MediaChannel> others = new ArrayList<>(List.of(MediaChannel.values()));
      others.remove(action.channel());
      return host.sample(d).withAction(action).withChannel(d.pick(others));
    }));
    out.add(Defect.<DisseminationLogEntry>builder().type(type).path("proofLinks[0]").problem("not an http(s) address")
        .messageKey("kim.url.invalid").ruleId(rule("MONITOR-COL-5"))
        .sampler(d -> {
          DisseminationLogEntry e = host.sample(d);
          return e.withProofLinks(replaceFirst(e.proofLinks(), d.pick(MediaDefects.BAD_URLS)));
        }).build());
    out.add(Defect.<DisseminationLogEntry>builder().type(type).path("proofLinks[0]")
        .problem("longer than 2000 characters")
        .messageKey("kim.url.invalid").ruleId(rule("MONITOR-COL-5"))
        .sampler(d -> {
          DisseminationLogEntry e = host.sample(d);
          return e.withProofLinks(replaceFirst(e.proofLinks(), "https://kim.id/"
              + "a".repeat(1990 + d.intBetween(0, 50))));
        }).build());
    out.addAll(Defect.allWithin(DocumentDefects.documentRef(), type, "proofDocuments[0]", rule("MONITOR-COL-5"), host,
        (e, r) -> e.withProofDocuments(replaceFirst(e.proofDocuments(), r))));
    return List.copyOf(out);
  }

  static List<Defect<AudienceTally>> audienceTally() {
    Sampler<AudienceTally> host = MonitoringSamplers.audienceTally();
    List<Defect<AudienceTally>> out = new ArrayList<>();
    out.addAll(citing(List.of(defect("AudienceTally", "count", "a negative count", "kim.count.negative", d -> {
      AudienceTally t = host.sample(d);
      return AudienceTally.of(t.kind(), -d.between(1, 1_000_000), t.on()).withMedium(t.medium()).withNote(t.note());
    }), defect("AudienceTally", "count", "more than 100,000,000", "kim.count.tooLarge", d -> {
      AudienceTally t = host.sample(d);
      return AudienceTally.of(t.kind(), MediaDefects.beyond(PlausibleCounts.AUDIENCE_TALLY).sample(d), t.on())
          .withMedium(t.medium()).withNote(t.note());
    })), "GAP-44"));
    out.addAll(BadText.textDefects("AudienceTally", "note", 200, host, AudienceTally::withNote));
    out.addAll(Defect.allWithin(MediaDefects.medium(), "AudienceTally", "medium", noRule(), host,
        AudienceTally::withMedium));
    return List.copyOf(out);
  }

  static List<Defect<SurveyRound>> surveyRound() {
    Sampler<SurveyRound> host = MonitoringSamplers.surveyRound();
    return List.of(
        Defect.<SurveyRound>builder().from(
            defect("SurveyRound", "positive", "a negative number of positive answers", "kim.count.negative", d -> {
              SurveyRound r = host.sample(d);
              return SurveyRound.of(r.respondents(), -d.between(1, 1000), r.conductedOn());
            })).ruleId(rule("MEASURE-3")).build(),
        defect("SurveyRound", "positiveWithinRespondents", "more positive answers than respondents",
            "kim.survey.positiveExceedsRespondents", d -> {
              SurveyRound r = host.sample(d);
              return SurveyRound.of(r.respondents(), r.respondents() + d.between(1, 1000), r.conductedOn());
            }));
  }

  static List<Defect<SurveyResult>> surveyResult() {
    Sampler<SurveyResult> host = MonitoringSamplers.surveyResult();
    List<Defect<SurveyResult>> out = new ArrayList<>(BadText.textDefects("SurveyResult", "title", 300, host,
        (s, t) -> SurveyResult.builder().from(s).title(t).build()));
    out.add(defect("SurveyResult", "baselineFirst", "the baseline closed after the follow-up",
        "kim.survey.baselineAfterFollowUp", d -> {
      SurveyResult s = host.sample(d);
      SurveyRound after = s.after();
      LocalDate late = after.conductedOn().plusDays(d.between(1, 365));
      return SurveyResult.builder().from(s).before(SurveyRound.of(after.respondents(), after.positive(), late)).build();
    }));
    out.addAll(Defect.allWithin(surveyRound(), "SurveyResult", "before", noRule(), host, (s, r) ->
        SurveyResult.builder().from(s)
        .before(SurveyRound.of(r.respondents(), r.positive(), s.before().orElse(s.after()).conductedOn())).build()));
    out.addAll(Defect.allWithin(surveyRound(), "SurveyResult", "after", noRule(), host, (s, r) ->
        SurveyResult.builder().from(s)
        .after(SurveyRound.of(r.respondents(), r.positive(), s.after().conductedOn())).build()));
    return List.copyOf(out);
  }

  /** @return the defects whose finding is not on the row's own KIM reference, {@code kim} or {@code kim.…} */
  static <T> List<Defect<T>> notOnTheKim(List<Defect<T>> defects) {
    return defects.stream().filter(d -> !d.path().equals("kim") && !d.path().startsWith("kim.")).toList();
  }

  private static Defect<DisseminationLogEntry> datesCount(
      Sampler<DisseminationLogEntry> host,
      String problem,
      BiFunction<DisseminationLogEntry, Draw, DisseminationLogEntry> breakIt) {
    return defect("DisseminationLogEntry", "datesConsistentWithCount", problem, "kim.monitoring.datesCount",
        d -> breakIt.apply(host.sample(d), d));
  }

  private static List<LocalDate> days(Draw d, int min, int max) {
    return Sampler.listOf(TimeSamplers.date(), min, max).sample(d);
  }
}
