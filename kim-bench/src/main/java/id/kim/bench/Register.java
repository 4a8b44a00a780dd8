package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.region.RegencyCity;
import id.kim.testkit.RegionSamplers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The register of one Dinas Kominfo Kabupaten/Kota in the national run: its regency/city, how many
 * of the country's records it holds and the seed of its first record (its records have the
 * consecutive seeds {@code firstSeed .. firstSeed + count - 1}).
 *
 * @param regencyCity the regency/city, one of kim-testkit's region table
 * @param firstSeed the seed of its first record
 * @param count how many records it holds
 */
record Register(RegencyCity regencyCity, int firstSeed, int count) {

  /** @return the Dinas that holds the register and decides about its KIM */
  Dinas dinas() {
    return Dinas.regencyCity("Dinas Kominfo " + regencyCity.fullName(), regencyCity);
  }

  /**
   * Shares {@code profiles} records among the regencies/cities of kim-testkit's region table in
   * proportion to their villages — the shares {@code KimSamples.record} draws seats with — rounding by
   * largest remainder (ties to the earlier regency in table order), so the counts add up exactly.
   *
   * @param profiles how many records the country holds
   * @return the registers with at least one record, largest first (ties in table order); seeds are
   *     numbered in table order from 0
   */
  static List<Register> shares(int profiles) {
    List<RegencyCity> regencies = RegionSamplers.regencyCities();
    int n = regencies.size();
    long[] villages = new long[n];
    long all = 0;
    for (int i = 0; i < n; i++) {
      villages[i] = RegionSamplers.villagesIn(regencies.get(i)).size();
      all += villages[i];
    }
    int[] counts = new int[n];
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      counts[i] = (int) (profiles * villages[i] / all);
      remainders[i] = profiles * villages[i] % all;
      given += counts[i];
    }
    Integer[] byRemainder = new Integer[n];
    for (int i = 0; i < n; i++) {
      byRemainder[i] = i;
    }
    java.util.Arrays.sort(byRemainder, Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
    for (int k = 0; given < profiles; k++, given++) {
      counts[byRemainder[k]]++;
    }
    List<Register> out = new ArrayList<>();
    int seed = 0;
    for (int i = 0; i < n; i++) {
      if (counts[i] > 0) {
        out.add(new Register(regencies.get(i), seed, counts[i]));
      }
      seed += counts[i];
    }
    out.sort(Comparator.comparingInt(Register::count).reversed());
    return List.copyOf(out);
  }
}
