package id.kim.regions;

import id.kim.core.validation.MissingValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What a jar that carries the bundled register owes the Open Database License: the data files with
 * their provenance, the ODbL text ({@code META-INF/LICENSE-ODbL.md}) and the attribution in
 * {@code META-INF/NOTICE} (idn-area-data 4.0.1 by Fityan, fityannugroho). kim-regions' own jar, the
 * shaded {@code kim.jar} and {@code kim-server.jar}, and a Dinas application that shades kim-regions
 * into its own jar can all be checked with {@link #missing(JarFile)}.
 */
public final class Redistribution {
  /** The entries a redistributing jar must hold. */
  public static final List<String> ENTRIES = List.of("META-INF/NOTICE", "META-INF/LICENSE-ODbL.md",
      "id/kim/regions/data/PROVENANCE", "id/kim/regions/data/provinces.csv", "id/kim/regions/data/regencies.csv",
      "id/kim/regions/data/districts.csv", "id/kim/regions/data/villages.csv");

  private Redistribution() {}

  /**
   * @param jar a jar that carries the bundled register
   * @return what it lacks, one line each (an entry, or what the notice, licence or provenance fails to
   *     say); empty when it redistributes the register as the ODbL asks
   * @throws IOException if the jar cannot be read
   */
  public static List<String> missing(JarFile jar) throws IOException {
    MissingValueException.requireNonNull(jar, "jar");
    List<String> out = new ArrayList<>();
    for (String name : ENTRIES) {
      if (jar.getJarEntry(name) == null) {
        out.add(name + " is not in the jar");
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    String notice = text(jar, "META-INF/NOTICE");
    if (!notice.contains("idn-area-data 4.0.1") || !notice.contains("fityannugroho")) {
      out.add("META-INF/NOTICE does not attribute idn-area-data 4.0.1 to its author (fityannugroho)");
    }
    if (!notice.contains("Open Database License")) {
      out.add("META-INF/NOTICE does not name the Open Database License");
    }
    if (!text(jar, "META-INF/LICENSE-ODbL.md").contains("Open Database License")) {
      out.add("META-INF/LICENSE-ODbL.md is not the ODbL text");
    }
    if (!text(jar, "id/kim/regions/data/PROVENANCE").contains("4.0.1")) {
      out.add("id/kim/regions/data/PROVENANCE does not name version 4.0.1");
    }
    return List.copyOf(out);
  }

  private static String text(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
