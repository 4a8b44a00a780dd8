package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import id.kim.core.validation.constraints.RtRwNumber;
import org.immutables.value.Value;

/** The neighbourhood and community unit of an address (RT/RW, Rukun Tetangga/Rukun Warga; PROFILE-e). */
@Value.Immutable
public abstract class RtRw {

  /** @return the RT number as written, e.g. {@code "003"} */
  @Value.Parameter
  @RtRwNumber
  public abstract String rt();

  /** @return the RW number as written, e.g. {@code "005"} */
  @Value.Parameter
  @RtRwNumber
  public abstract String rw();

  /**
   * @param rt RT number
   * @param rw RW number
   * @return the pair
   */
  public static RtRw of(String rt, String rw) {
    return ImmutableRtRw.of(rt, rw);
  }

  /**
   * Parses {@code "003/005"}, {@code "RT 3 / RW 5"} or {@code "RT.03 RW.05"}.
   *
   * @param text the RT/RW as a Dinas writes it
   * @return the pair
   * @throws IllegalArgumentException if two numbers cannot be found in the text
   */
  public static RtRw parse(String text) {
    String[] numbers = MissingValueException.requireNonNull(text, "text").replaceAll("(?i)r[tw]\\.?", " ").trim()
        .split("[^0-9]+");
    if (numbers.length != 2 || numbers[0].isEmpty()) {
      throw new IllegalArgumentException("RT/RW '" + text + "' is not of the form 'RT/RW', e.g. '003/005' (PROFILE-e)");
    }
    return of(numbers[0], numbers[1]);
  }

  @Override
  public String toString() {
    return "RT " + rt() + "/RW " + rw();
  }
}
