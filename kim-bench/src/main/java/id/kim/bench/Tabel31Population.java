package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.RegencyCity;
import id.kim.csv.Tabel31Format;
import id.kim.csv.Tabel31Writer;
import id.kim.testkit.KimSamples;
import id.kim.testkit.RegionSamplers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A Dinas' Tabel 3.1 file of any size, deterministic: row {@code i} is kim-testkit's
 * {@code KimSamples.recordIn(new SplittableRandom(seed + i), regency)} profile of the first
 * kabupaten/kota of its region table, exported with {@link Tabel31Writer}. Every twentieth row is a
 * KIM of the next kabupaten/kota, which the Dinas' import rejects (outside its area, MAP-RULE-a), so
 * the run also measures rejected rows. The figures of a row are given one "Tanggal Pendataan" (a
 * row has one date; kim-testkit draws one per figure).
 */
final class Tabel31Population {
  /** The seed of row 0 of the bench's files. */
  static final long SEED = 31L;
  private final RegencyCity home = RegionSamplers.regencyCities().get(0);
  private final RegencyCity neighbour = RegionSamplers.regencyCities().get(1);

  /** @return the Dinas whose file it is */
  Dinas dinas() {
    return Dinas.regencyCity("Dinas Kominfo " + home.fullName(), home);
  }

  /**
   * @param i the row (0-based)
   * @return its profile
   */
  KimProfile profile(int i) {
    KimProfile p = KimSamples.recordIn(new SplittableRandom(SEED + i), i % 20 == 19 ? neighbour : home).profile();
    LocalDate day = p.reach().stream().map(ReachObservation::observedOn).findFirst().orElse(Fixtures.AS_OF);
    return KimProfile.builder().from(p)
        .reach(p.reach().stream().map(o -> ReachObservation.of(o.medium(), o.metric(), o.value(), day))
            .collect(Collectors.toList()))
        .responses(p.responses().stream().map(o -> ResponseObservation.of(o.medium(), o.metric(), o.value(), day))
            .collect(Collectors.toList()))
        .build();
  }

  /**
   * Writes {@code rows} rows to {@code out}.
   *
   * @param rows how many
   * @param out where
   * @throws IOException if writing fails
   */
  void write(int rows, OutputStream out) throws IOException {
    try (Tabel31Writer writer = Tabel31Writer.open(out, Tabel31Format.excel())) {
      for (int i = 0; i < rows; i++) {
        writer.write(profile(i));
      }
    }
  }

  /**
   * @param rows how many rows
   * @param dir where to keep the file between runs
   * @return the file, written unless a previous run left it
   * @throws IOException if writing fails
   */
  Path file(int rows, Path dir) throws IOException {
    Path file = dir.resolve("tabel-3-1-" + rows + "-seed" + SEED + ".csv");
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      Path partial = dir.resolve(file.getFileName() + ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        write(rows, out);
      }
      Files.move(partial, file);
    }
    return file;
  }
}
