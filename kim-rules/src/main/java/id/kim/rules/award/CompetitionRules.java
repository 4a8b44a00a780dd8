package id.kim.rules.award;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.util.Comparator;

/**
 * The rules of competitions (IV.E.1): reviewing a competition's set-up, registering entries
 * (COMP-STAGE-1) and naming the winners of each category from the jury's scores (COMP-STAGE-3).
 * Winners are ordered by jury score; ties go to the earlier registration, then {@link KimRef#BY_NAME},
 * then the title — a total order, so the result never depends on the order of the entries.
 */
public final class CompetitionRules {
  private static final Comparator<Submission> PLACES = Comparator
      .comparing((Submission s) -> s.juryScore().get(), Comparator.reverseOrder())
      .thenComparing(Submission::submittedOn).thenComparing(Submission::kim, KimRef.BY_NAME)
      .thenComparing(Submission::title);

  private CompetitionRules() {}

  /**
   * @param c a competition
   * @return findings on its set-up: COMP-STAGE-2 (categories), COMP-KIND-1/2 (organiser and level),
   *     COMP-IP (ownership, GAP-34), COMP-MANDIRI-SCHED (schedule), COMP-PROCUREMENT (procurement)
   */
  public static Seq<Finding> review(Competition c) {
    requireNonNull(c, "competition");
    boolean self = c.kind() == CompetitionKind.SELF_ORGANISED;
    Finding categories = finding("COMP-STAGE-2",
        Citation.of("Tabel 4.8", "Pelaksanaan kompetisi dengan kategori tertentu"),
        c.categories().isEmpty() ? Outcome.NOT_SATISFIED : Outcome.SATISFIED, Severity.REQUIREMENT,
        c.categories().isEmpty() ? "COMP-STAGE-2.none" : "COMP-STAGE-2.ok", c.categories().mkString(", "));
    Finding kind = self
        ? finding("COMP-KIND-1",
            Citation.of("IV.E.1", "kompetisi diselenggarakan oleh Pemerintah Daerah melalui Dinas Kominfo"),
            Outcome.SATISFIED, Severity.REQUIREMENT, "COMP-KIND-1.ok", c.dinas().name())
        : finding("COMP-KIND-2",
            Citation.of("IV.E.1", "mengikuti kompetisi di lingkup lebih luas misalnya di Provinsi atau Nasional"),
            c.externalOrganiser().isDefined() && c.level() != CompetitionLevel.REGENCY_CITY ? Outcome.SATISFIED
                : Outcome.NOT_SATISFIED,
            Severity.REQUIREMENT, c.externalOrganiser().isDefined() && c.level() != CompetitionLevel.REGENCY_CITY
                ? "COMP-KIND-2.ok" : "COMP-KIND-2.incomplete", c.level(), c.externalOrganiser().getOrElse("-"));
    Finding ownership = finding("COMP-IP",
        Citation.proposed("IV.E", "konten para peserta sayembara menjadi milik Pemerintah Daerah", "GAP-34"),
        !self ? Outcome.NOT_EVALUATED : c.contentOwnership().isDefined() ? Outcome.SATISFIED : Outcome.NOT_SATISFIED,
        Severity.REQUIREMENT, !self ? "COMP-IP.external" : c.contentOwnership().isDefined() ? "COMP-IP.ok"
            : "COMP-IP.missing",
        c.contentOwnership().map(Enum::name).getOrElse("-"));
    Finding schedule = finding("COMP-MANDIRI-SCHED", Citation.of("IV.E.1",
            "event terjadwal dalam program Dinas Kominfo yang bersifat tahunan atau waktu tertentu"),
        !self ? Outcome.NOT_EVALUATED : c.recurrence().isDefined() ? Outcome.SATISFIED : Outcome.NOT_SATISFIED,
        Severity.WARNING,
        !self ? "COMP-MANDIRI-SCHED.external" : c.recurrence().isDefined() ? "COMP-MANDIRI-SCHED.ok"
            : "COMP-MANDIRI-SCHED.missing",
        c.recurrence().map(Enum::name).getOrElse("-"));
    Finding procurement = finding("COMP-PROCUREMENT", Citation.of("IV.E",
            "sangat penting bagi Dinas Kominfo untuk memperhatikan peraturan terkait pengadaan barang dan jasa"),
        c.procurementReference().isDefined() ? Outcome.SATISFIED : Outcome.NOT_SATISFIED, Severity.WARNING,
        c.procurementReference().isDefined() ? "COMP-PROCUREMENT.ok" : "COMP-PROCUREMENT.missing",
        c.procurementReference().getOrElse("-"));
    return List.of(categories, kind, ownership, schedule, procurement);
  }

  /**
   * COMP-STAGE-1: registers an entry in a self-organised competition.
   *
   * @param c the competition
   * @param s the entry
   * @return the entry, or why it cannot be registered: not a self-organised competition (an external
   *     one registers its own entrants), a KIM type not admitted (GAP-33), a category or output type the
   *     competition does not have
   */
  public static Either<Message, Submission> register(Competition c, Submission s) {
    requireNonNull(c, "competition");
    requireNonNull(s, "submission");
    if (c.kind() != CompetitionKind.SELF_ORGANISED) {
      return Either.left(message("register.external", c.name()));
    }
    if (!c.eligibleTypes().contains(s.kimType())) {
      return Either.left(message("register.type", s.kim(), s.kimType().label(),
          c.eligibleTypes().map(t -> t.label()).mkString(", ")));
    }
    if (!c.categories().contains(s.category())) {
      return Either.left(message("register.category", s.category().name(), c.categories().mkString(", ")));
    }
    if (!c.outputTypes().isEmpty() && !c.outputTypes().contains(s.outputType())) {
      return Either.left(message("register.output", s.outputType(), c.outputTypes().mkString(", ")));
    }
    return Either.right(s);
  }

  /**
   * COMP-STAGE-3: the winners of each category from the jury's scores.
   *
   * @param c the competition
   * @param entries the entries; unscored or unregistrable ones are left out
   * @param places how many places per category
   * @return the winners per category, or why not: a negative number of places
   */
  public static Either<Message, SortedMap<CompetitionCategory, Seq<Winner>>> winners(Competition c,
      Seq<Submission> entries, int places) {
    requireNonNull(c, "competition");
    requireNonNull(entries, "entries");
    if (places < 0) {
      return Either.left(message("winners.places", places));
    }
    Seq<Submission> judged = entries.filter(s -> s.juryScore().isDefined() && register(c, s).isRight());
    return Either.right(
        TreeMap.ofEntries(
            c.categories()
                .toList()
                .map(
                    cat ->
                        Tuple.of(
                            cat,
                            judged
                                .filter(s -> s.category().equals(cat))
                                .sorted(PLACES)
                                .take(places)
                                .zipWithIndex()
                                .map(t -> Winner.of(t._2 + 1, t._1))))));
  }

  private static Finding finding(String id, Citation citation, Outcome outcome, Severity severity, String key,
      Object... args) {
    return Finding.builder().ruleId(RuleId.of(id)).citation(citation).outcome(outcome).severity(severity)
        .message(message(key, args)).build();
  }

  private static Message message(String key, Object... args) {
    return Message.of(AwardProcess.BUNDLE, key, args);
  }
}
