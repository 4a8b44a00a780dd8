package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
      assertEquals(List.of(), Redistribution.missing(file));
      assertNotNull(file.getEntry("id/kim/regions/RegionRegister.class"), "the code beside the data");
      assertEquals("id.kim.regions", file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }
  }
}
