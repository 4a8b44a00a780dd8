package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.regions.Redistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * kim.jar carries kim-regions' Kemendagri register, a database under the Open Database License: the jar
 * that redistributes it must keep its attribution (META-INF/NOTICE, merged by Shade's
 * ApacheNoticeResourceTransformer) and offer the licence text (META-INF/LICENSE-ODbL.md) beside the data.
 * Run by failsafe after {@code package} ({@code mvn verify}).
 */
class KimJarLicenceIT {

  @Test
  void theJarCarriesTheRegisterWithItsOdblNoticeAndLicence() throws IOException {
    Path path = Path.of(System.getProperty("kim.jar", "target/kim.jar"));
    assertTrue(Files.isRegularFile(path), () -> path + " is built by the package phase");
    try (JarFile jar = new JarFile(path.toFile())) {
      assertEquals(List.of(), Redistribution.missing(jar));
    }
  }
}
