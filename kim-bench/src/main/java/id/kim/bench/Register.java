package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.region.RegencyCity;
import id.kim.testkit.RegionSamplers;
import java.util.ArrayList;
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
   * Shares {@code profiles} records equally among the regencies/cities of kim-testkit's region
   * table (the first {@code profiles % regencies} in table order hold one more). The table's village
   * counts are not a measure of a regency's size — it lists 48 of the 51 villages of Jembrana but a
   * handful elsewhere, so drawing seats by village puts ~10 % of all KIM in Jembrana, whereas the
   * real Kabupaten Bogor has eight times Jembrana's villages — so every Dinas gets a register of the
   * same size.
   *
   * @param profiles how many records the country holds
   * @return the registers with at least one record, in table order; seeds are numbered from 0
   */
  static List<Register> shares(int profiles) {
    List<RegencyCity> regencies = RegionSamplers.regencyCities();
    int n = regencies.size();
    List<Register> out = new ArrayList<>();
    int seed = 0;
    for (int i = 0; i < n; i++) {
      int count = profiles / n + (i < profiles % n ? 1 : 0);
      if (count > 0) {
        out.add(new Register(regencies.get(i), seed, count));
      }
      seed += count;
    }
    return List.copyOf(out);
  }
}
