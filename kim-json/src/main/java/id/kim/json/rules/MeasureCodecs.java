package id.kim.json.rules;

import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.rules.evaluation.Granularity;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.NotMeasurable;
import id.kim.rules.evaluation.NotMeasurableReason;
import id.kim.rules.evaluation.Ratio;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the values of the measures of Tabel 5.1: an exact {@link Ratio} ({@code numerator},
 * {@code denominator}, in lowest terms), a {@link Measurement} — a value, or the reason it is
 * {@code notMeasurable} (never NaN, never a silent 0) — and the {@link MeasurementPeriod} a measure is
 * taken over (an ISO week, a month, a year or a custom span; both ends inclusive).
 */
public final class MeasureCodecs {
  private static final Field<Ratio, BigInteger> R_NUM = Field.required("numerator", Ratio::numerator,
      Scalars.BIG_INTEGER);
  private static final Field<Ratio, BigInteger> R_DEN = Field.required("denominator", Ratio::denominator,
      Scalars.BIG_INTEGER);
  /** An exact rational, e.g. {@code {"numerator": 1, "denominator": 10}}; written in lowest terms. */
  public static final Codec<Ratio> RATIO = ObjectCodec.of("Ratio", List.of(R_NUM, R_DEN), MeasureCodecs::ratio);

  private static final Field<NotMeasurable, NotMeasurableReason> N_REASON =
      Field.required("reason", NotMeasurable::reason, Scalars.code(NotMeasurableReason.class));
  private static final Field<NotMeasurable, Option<String>> N_SUBJECT = Field.option("subject", NotMeasurable::subject,
      Scalars.TEXT);
  /** Why a measure has no value, and what it concerns. */
  public static final Codec<NotMeasurable> NOT_MEASURABLE = ObjectCodec.of("NotMeasurable",
      List.of(N_REASON, N_SUBJECT),
      d -> d.get(N_SUBJECT).map(s -> NotMeasurable.of(d.get(N_REASON), s))
          .getOrElse(() -> NotMeasurable.of(d.get(N_REASON))));

  private static final Field<Measurement, Option<Ratio>> M_VALUE = Field.option("value", Measurement::value, RATIO);
  private static final Field<Measurement, Option<NotMeasurable>> M_WHY = Field.option("notMeasurable",
      Measurement::whyNot, NOT_MEASURABLE);
  private static final Field<Measurement, Optional<String>> M_TEXT = ComputedFields.informative("text",
      Measurement::render);
  /** Exactly one of {@code value} and {@code notMeasurable}; {@code text} renders it (4 decimals when not whole). */
  public static final Codec<Measurement> MEASUREMENT = ObjectCodec.of("Measurement", List.of(M_VALUE, M_WHY, M_TEXT),
      MeasureCodecs::measurement);

  private static final Field<MeasurementPeriod, Granularity> P_GRANULARITY =
      Field.required("granularity", MeasurementPeriod::granularity, Scalars.code(Granularity.class));
  private static final Field<MeasurementPeriod, LocalDate> P_START = Field.required("start", MeasurementPeriod::start,
      Scalars.DATE);
  private static final Field<MeasurementPeriod, LocalDate> P_END = Field.required("end", MeasurementPeriod::end,
      Scalars.DATE);
  private static final Field<MeasurementPeriod, Optional<String>> P_LABEL = ComputedFields.derived("label",
      MeasurementPeriod::label, Scalars.TEXT);
  /**
   * {@code {"granularity": "MONTH", "start": "2025-03-01", "end": "2025-03-31", "label": "2025-03"}}: a
   * week, month or year must be a whole ISO week, calendar month or calendar year.
   */
  public static final Codec<MeasurementPeriod> PERIOD = ObjectCodec.of("MeasurementPeriod",
      List.of(P_GRANULARITY, P_START, P_END, P_LABEL), MeasureCodecs::period);

  private MeasureCodecs() {}

  private static Ratio ratio(Decoded d) {
    BigInteger numerator = d.get(R_NUM);
    BigInteger denominator = d.get(R_DEN);
    if (denominator.signum() <= 0) {
      throw DecodeFailure.of(d.path(R_DEN), JsonProblem.Kind.INVALID_VALUE, "json.ratio.denominator");
    }
    if (!numerator.gcd(denominator).equals(BigInteger.ONE)) {
      throw DecodeFailure.of(d.path(R_NUM), JsonProblem.Kind.INVALID_VALUE, "json.ratio.lowestTerms");
    }
    return Ratio.of(numerator, denominator);
  }

  private static Measurement measurement(Decoded d) {
    Option<Ratio> value = d.get(M_VALUE);
    Option<NotMeasurable> why = d.get(M_WHY);
    if (value.isDefined() == why.isDefined()) {
      throw DecodeFailure.of(d.path(M_VALUE), JsonProblem.Kind.INVALID_VALUE, "json.measurement.oneOf");
    }
    return value.map(Measurement::of).getOrElse(() -> Measurement.notMeasurable(why.get()));
  }

  private static MeasurementPeriod period(Decoded d) {
    LocalDate start = d.get(P_START);
    LocalDate end = d.get(P_END);
    MeasurementPeriod p;
    switch (d.get(P_GRANULARITY)) {
      case WEEK -> p = MeasurementPeriod.weekOf(start);
      case MONTH -> p = MeasurementPeriod.month(YearMonth.from(start));
      case YEAR -> p = MeasurementPeriod.year(start.getYear());
      default -> {
        if (end.isBefore(start)) {
          throw DecodeFailure.of(d.path(P_END), JsonProblem.Kind.INVALID_VALUE, "json.period.endBeforeStart");
        }
        return MeasurementPeriod.custom(start, end);
      }
    }
    if (!p.start().equals(start) || !p.end().equals(end)) {
      throw DecodeFailure.of(d.path(P_START), JsonProblem.Kind.INVALID_VALUE, "json.period.notWhole",
          d.get(P_GRANULARITY).name());
    }
    return p;
  }
}
