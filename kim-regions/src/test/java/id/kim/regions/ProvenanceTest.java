package id.kim.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The bundled data is what PROVENANCE says it is (checksum and rows of each file, written by
 * update-data.sh), and the licence and attribution the ODbL asks for travel with it in META-INF.
 */
class ProvenanceTest {

  @Test
  void everyFileHasTheChecksumAndRowsOfProvenance() throws IOException, NoSuchAlgorithmException {
    Properties provenance = new Properties();
    try (InputStream in = resource("/id/kim/regions/data/PROVENANCE")) {
      provenance.load(in);
    }
    assertEquals("idn-area-data", provenance.getProperty("package"));
    assertEquals("4.0.1", provenance.getProperty("version"));
    assertEquals("npm pack idn-area-data@4.0.1", provenance.getProperty("fetched.with"));
    assertEquals("8d47ffb2be39c08aacb0a2dd43193a1edb5754edb1022d57158341c702acc32d",
        provenance.getProperty("tarball.sha256"));
    for (String file : List.of("provinces.csv", "regencies.csv", "districts.csv", "villages.csv")) {
      byte[] bytes;
      try (InputStream in = resource(RegisterLoader.RESOURCE_DIR + file)) {
        bytes = in.readAllBytes();
      }
      assertEquals(provenance.getProperty(file + ".sha256"),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), file);
      long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
      assertEquals(provenance.getProperty(file + ".rows"), Long.toString(lines - 1), file);
    }
  }

  /** Read from this module's own classes: other jars on the test class path have a META-INF/NOTICE too. */
  @Test
  void licenceAndNoticeAreBesideTheClasses() throws IOException {
    String notice = text("/META-INF/NOTICE");
    assertTrue(notice.contains("idn-area-data 4.0.1 by Fityan (fityannugroho)"), notice);
    assertTrue(notice.contains("Open Database License (ODbL) v1.0"), notice);
    assertTrue(notice.contains("Kementerian Dalam Negeri (Kemendagri)"), notice);
    assertTrue(text("/META-INF/LICENSE-ODbL.md").startsWith("# Open Database License (ODbL)"));
  }

  private static String text(String path) throws IOException {
    URL classes = RegionRegister.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader own = new URLClassLoader(new URL[] {classes}, null);
        InputStream in = own.getResourceAsStream(path.substring(1))) {
      assertNotNull(in, path + " in " + classes);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = ProvenanceTest.class.getResourceAsStream(path);
    assertNotNull(in, path);
    return in;
  }
}
