package id.kim.rules.capacity;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.DinasLevel;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Identifies a KIM's capacity needs from a {@link CapacityNeedAssessment} (Tabel 4.1, CAP-1..5) and
 * suggests activities for them (CAP-USE, SOLUTION-BASIS, Tabel 4.4). Per element: CAP-1 a need when any
 * medium is not fully ready; CAP-2 when the KIM has made no content, or none of it was published on its
 * media; CAP-3 when no member produces content; CAP-4 when any skill is needed; CAP-5 when management
 * needs improvement. CAP-USE is a warning when the identification was not made by a regency/city Dinas.
 */
public final class CapacityNeeds {
  static final String BUNDLE = "id.kim.rules.capacity.Messages";
  private static final Citation TABEL_4_1 = Citation.of("IV.A, Tabel 4.1",
      "Dinas Kominfo perlu melakukan identifikasi kebutuhan peningkatan kapasitas KIM dengan melihat elemen-elemen "
          + "sebagai berikut");
  private static final Citation CAP_USE = Citation.of("IV.A",
      "Identifikasi kebutuhan peningkatan kapasitas KIM yang dilaksanakan Dinas Kominfo Kabupaten/Kota menjadi dasar "
          + "bagi pemberian solusi");

  private CapacityNeeds() {}

  /**
   * @param assessment what the Dinas found
   * @return needs and suggestions under {@link SolutionMapping#standard()}
   */
  public static CapacityNeedReport identify(CapacityNeedAssessment assessment) {
    return identify(assessment, SolutionMapping.standard());
  }

  /**
   * @param assessment what the Dinas found
   * @param mapping which forms answer which needs
   * @return needs and suggestions
   */
  public static CapacityNeedReport identify(CapacityNeedAssessment assessment, SolutionMapping mapping) {
    requireNonNull(assessment, "assessment");
    requireNonNull(mapping, "mapping");
    Seq<Finding> findings = List.of(media(assessment), content(assessment), producers(assessment), skills(assessment),
        management(assessment), use(assessment));
    return CapacityNeedReport.builder().assessment(assessment).mapping(mapping.name()).findings(findings)
        .suggestions(suggest(assessment, findings, mapping)).build();
  }

  private static Finding media(CapacityNeedAssessment a) {
    if (a.mediaReadiness().isEmpty()) {
      return element(CapacityElement.MEDIA, Outcome.UNKNOWN, "unknown", List.empty());
    }
    Seq<MediumReadiness> notReady = a.mediaReadiness().filter(m -> m.readiness() != Readiness.READY);
    Seq<Evidence> ev = a.mediaReadiness().map(m -> Evidence.of("medium", m));
    return notReady.isEmpty()
        ? element(CapacityElement.MEDIA, Outcome.SATISFIED, "ready", ev, a.mediaReadiness().size())
        : element(CapacityElement.MEDIA, Outcome.NOT_SATISFIED, "need", ev, notReady.mkString("; "));
  }

  private static Finding content(CapacityNeedAssessment a) {
    if (a.producedContent().isEmpty()) {
      return element(CapacityElement.CONTENT, Outcome.UNKNOWN, "unknown", List.empty());
    }
    Seq<ProducedContent> made = a.producedContent().get();
    Seq<Evidence> ev = made.map(c ->
        Evidence.of(c.type().label(), c.publishedOn().map(m -> m.platform().label()).getOrElse("-")));
    if (made.isEmpty()) {
      return element(CapacityElement.CONTENT, Outcome.NOT_SATISFIED, "none", ev);
    }
    return made.exists(c -> c.publishedOn().isDefined())
        ? element(CapacityElement.CONTENT, Outcome.SATISFIED, "published", ev,
            made.map(c -> c.type().label()).distinct().mkString(", "))
        : element(CapacityElement.CONTENT, Outcome.NOT_SATISFIED, "unpublished", ev);
  }

  private static Finding producers(CapacityNeedAssessment a) {
    return a.contentProducers().map(n -> n > 0
            ? element(CapacityElement.PRODUCERS, Outcome.SATISFIED, "some", List.of(Evidence.of("contentProducers", n)),
                n)
            : element(CapacityElement.PRODUCERS, Outcome.NOT_SATISFIED, "none",
                List.of(Evidence.of("contentProducers", n))))
        .getOrElse(() -> element(CapacityElement.PRODUCERS, Outcome.UNKNOWN, "unknown", List.empty()));
  }

  private static Finding skills(CapacityNeedAssessment a) {
    return a.skillsNeeded().map(s -> s.isEmpty()
            ? element(CapacityElement.SKILLS, Outcome.SATISFIED, "none", List.empty())
            : element(CapacityElement.SKILLS, Outcome.NOT_SATISFIED, "need",
                List.of(Evidence.of("skillsNeeded", s.mkString(", "))), s.mkString(", ")))
        .getOrElse(() -> element(CapacityElement.SKILLS, Outcome.UNKNOWN, "unknown", List.empty()));
  }

  private static Finding management(CapacityNeedAssessment a) {
    return a.management().map(m -> m == ManagementRating.EFFECTIVE_AND_EFFICIENT
            ? element(CapacityElement.MANAGEMENT, Outcome.SATISFIED, "effective", List.empty())
            : element(CapacityElement.MANAGEMENT, Outcome.NOT_SATISFIED, "need", List.empty()))
        .getOrElse(() -> element(CapacityElement.MANAGEMENT, Outcome.UNKNOWN, "unknown", List.empty()));
  }

  private static Finding use(CapacityNeedAssessment a) {
    boolean regency = a.assessedBy().level() == DinasLevel.REGENCY_CITY;
    return Finding.builder().ruleId(RuleId.of("CAP-USE")).citation(CAP_USE)
        .outcome(regency ? Outcome.SATISFIED : Outcome.NOT_SATISFIED).severity(Severity.WARNING)
        .message(Message.of(BUNDLE, regency ? "CAP-USE.regency" : "CAP-USE.provincial", a.assessedBy().name()))
        .evidence(List.of(Evidence.of("assessedBy", a.assessedBy().name()), Evidence.of("assessedOn", a.assessedOn())))
        .build();
  }

  private static Finding element(CapacityElement e, Outcome outcome, String key, Seq<Evidence> evidence,
      Object... args) {
    Option<Message> remedy = outcome == Outcome.UNKNOWN ? Option.some(Message.of(BUNDLE, e.ruleId() + ".examine"))
        : Option.none();
    return Finding.builder().ruleId(RuleId.of(e.ruleId())).citation(TABEL_4_1).outcome(outcome)
        .message(Message.of(BUNDLE, e.ruleId() + "." + key, args)).evidence(evidence).remedy(remedy).build();
  }

  private static Seq<SuggestedSolution> suggest(CapacityNeedAssessment a, Seq<Finding> findings,
      SolutionMapping mapping) {
    Seq<CapacityElement> needs = List.of(CapacityElement.values())
        .filter(e ->
            findings.exists(f -> f.ruleId().value().equals(e.ruleId()) && f.outcome() == Outcome.NOT_SATISFIED));
    return List.of(CapacityBuildingForm.values()).flatMap(form -> {
      Seq<CapacityElement> because = needs.filter(e -> mapping.formsFor(e).contains(form));
      return because.isEmpty() ? Option.none() : Option.some(SuggestedSolution.builder().form(form)
          .because(because.map(e -> RuleId.of(e.ruleId()))).focus(because.flatMap(e -> focus(a, e))).build());
    });
  }

  private static Seq<String> focus(CapacityNeedAssessment a, CapacityElement e) {
    return switch (e) {
      case SKILLS -> a.skillsNeeded().map(s -> s.toList().map(Enum::name)).getOrElse(List.empty());
      case MEDIA ->
          a.mediaReadiness()
              .filter(m -> m.readiness() != Readiness.READY)
              .map(MediumReadiness::toString);
      default -> List.of(e.label());
    };
  }
}
