package id.kim.csv;

import id.kim.core.community.KimProfile;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a JVM with a small heap by {@link BoundedMemoryTest}: imports a generated Tabel 3.1 file row
 * by row and prints the summary. With {@code retain} it keeps every profile, which must exhaust the
 * same heap — the proof that the limit is tight enough to mean something.
 */
public final class BoundedMemoryProbe {
  private BoundedMemoryProbe() {}

  /**
   * @param args the number of rows, then {@code stream} or {@code retain}
   * @throws Exception if reading fails
   */
  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    boolean retain = args[1].equals("retain");
    List<Either<RowError, KimProfile>> kept = new ArrayList<>();
    try (Tabel31Rows read = Tabel31Reader.open(new GeneratedTabel31(rows), Fixtures.OPTIONS).get()) {
      read.forEachRemaining(row -> {
        if (retain) {
          kept.add(row);
        }
      });
      System.out.println(read.summary().read() + " " + read.summary().accepted() + " " + read.summary().rejected() + " "
          + kept.size());
    }
  }
}
