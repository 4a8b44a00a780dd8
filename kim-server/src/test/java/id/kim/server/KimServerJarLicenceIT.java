package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * kim-server.jar carries kim-regions' Kemendagri register, a database under the Open Database License: the jar
 * that redistributes it must keep its attribution (META-INF/NOTICE, merged by Shade's
 * ApacheNoticeResourceTransformer) and offer the licence text (META-INF/LICENSE-ODbL.md) beside the data.
 * Run by failsafe after {@code package} ({@code mvn verify}).
 */
class KimServerJarLicenceIT {

  @Test
  void theJarCarriesTheRegisterWithItsOdblNoticeAndLicence() throws IOException {
    Path path = Path.of(System.getProperty("kim-server.jar", "target/kim-server.jar"));
    assertTrue(Files.isRegularFile(path), () -> path + " is built by the package phase");
    try (JarFile jar = new JarFile(path.toFile())) {
      String notice = text(jar, "META-INF/NOTICE");
      assertTrue(notice.contains("idn-area-data 4.0.1") && notice.contains("Open Database License"), notice);
      assertTrue(notice.contains("fityannugroho"), "the attribution names the data's author: " + notice);
      String licence = text(jar, "META-INF/LICENSE-ODbL.md");
      assertTrue(licence.contains("Open Database License"), "the ODbL text, whole");
      assertTrue(text(jar, "id/kim/regions/data/PROVENANCE").contains("4.0.1"));
      for (String data : new String[] {"provinces", "regencies", "districts", "villages"}) {
        assertNotNull(jar.getJarEntry("id/kim/regions/data/" + data + ".csv"), data);
      }
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertNotNull(entry, name + " is in the jar");
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
