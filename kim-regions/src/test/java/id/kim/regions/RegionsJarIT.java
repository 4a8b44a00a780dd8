package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar as packaged (read after {@code package}, on {@code mvn verify}) carries the data with its
 * ODbL text, notice and provenance, so that whoever redistributes the jar redistributes them too.
 */
class RegionsJarIT {

  @Test
  void theJarCarriesDataLicenceNoticeAndProvenance() throws IOException {
    String built = System.getProperty("kim-regions.jar");
    assertNotNull(built, "run by failsafe after package (mvn verify), which names the jar in kim-regions.jar");
    Path jar = Path.of(built);
    assertTrue(Files.isRegularFile(jar), jar + " is built");
    try (JarFile file = new JarFile(jar.toFile())) {
      for (String entry : List.of("META-INF/NOTICE", "META-INF/LICENSE-ODbL.md", "id/kim/regions/data/PROVENANCE",
          "id/kim/regions/data/provinces.csv", "id/kim/regions/data/regencies.csv",
          "id/kim/regions/data/districts.csv", "id/kim/regions/data/villages.csv",
          "id/kim/regions/RegionRegister.class")) {
        assertNotNull(file.getEntry(entry), entry + " in " + jar);
      }
      assertEquals("id.kim.regions", file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
      String notice = new String(file.getInputStream(file.getEntry("META-INF/NOTICE")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(notice.contains("Open Database License (ODbL) v1.0"), notice);
    }
  }
}
