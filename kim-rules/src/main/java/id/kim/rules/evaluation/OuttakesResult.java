package id.kim.rules.evaluation;

import io.vavr.collection.SortedMap;
import java.math.BigInteger;
import org.immutables.value.Value;

/**
 * The Outtakes measure of one KIM for one period (MEASURE-2, Tabel 5.1: "Respons dan reaksi khalayak
 * sasaran terhadap kegiatan KIM, misalnya apakah terlibat dalam konten media sosial (memberikan like,
 * comment, share), terlibat dalam diskusi pada kegiatan komunikasi tatap muka"). Formulas:
 * {@link OuttakesMeasure}.
 */
@Value.Immutable
public abstract class OuttakesResult {

  /** @return the period measured */
  public abstract MeasurementPeriod period();

  /** @return the number of Tabel 5.3 rows published in the period */
  public abstract long contentCount();

  /** @return Σ Like */
  public abstract Measurement likes();

  /** @return Σ Comment */
  public abstract Measurement comments();

  /** @return Σ Share + Σ Retweet (a retweet is Twitter's share; PROPOSED, GAP-42) */
  public abstract Measurement shares();

  /** @return Σ discussion participants at face-to-face events */
  public abstract Measurement discussion();

  /** @return likes + comments + shares + discussion */
  public abstract Measurement total();

  /** @return (likes + comments + shares) / number of posts */
  public abstract Measurement perContent();

  /** @return the totals per Tabel 5.3 row and indicator, e.g. {@code "SOCIAL-IG LIKE" -> 120} */
  public abstract SortedMap<String, BigInteger> indicatorTotals();

  /**
   * @return a builder — the SDK computes an Outtakes measure; the builder is public to reload a stored one (kim-json)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OuttakesResult}. */
  public static final class Builder extends ImmutableOuttakesResult.Builder {}
}
