package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a jar that shades the register owes the ODbL, found entry by entry and text by text. */
class RedistributionTest {
  @TempDir
  Path dir;

  private JarFile jar(Map<String, String> entries) throws IOException {
    Path path = dir.resolve("app.jar");
    try (OutputStream file = Files.newOutputStream(path); JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return new JarFile(path.toFile());
  }

  @Test
  void aJarWithoutTheLicenceTextIsToldSo() throws IOException {
    try (JarFile jar = jar(Map.of("id/kim/regions/data/villages.csv", "code,district_code,name\n"))) {
      List<String> missing = Redistribution.missing(jar);
      assertEquals(Redistribution.ENTRIES.size() - 1, missing.size(), missing::toString);
      assertEquals("META-INF/NOTICE is not in the jar", missing.get(0));
    }
  }

  @Test
  void aNoticeWithoutTheAttributionIsToldSo() throws IOException {
    Map<String, String> entries = new HashMap<>();
    Redistribution.ENTRIES.forEach(e -> entries.put(e, "x"));
    entries.put("META-INF/NOTICE", "Open Database License");
    entries.put("META-INF/LICENSE-ODbL.md", "Open Database License (ODbL) v1.0");
    entries.put("id/kim/regions/data/PROVENANCE", "idn-area-data 4.0.1");
    try (JarFile jar = jar(entries)) {
      assertEquals(List.of("META-INF/NOTICE does not attribute idn-area-data 4.0.1 to its author (fityannugroho)"),
          Redistribution.missing(jar));
    }
  }
}
