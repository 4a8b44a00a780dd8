package id.kim.cli;

import id.kim.rules.eligibility.Juknis2022;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code kim --version} prints: the version of this build of the SDK — written into
 * {@code id/kim/cli/build.properties} by Maven's resource filtering, so it is the artifact's own
 * ({@code 0.1.0-SNAPSHOT} until a release) — and the rule set the decisions cite.
 */
final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "build.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"kim " + version() + " (KIM SDK; rules " + Juknis2022.NAME + " v" + Juknis2022.VERSION + ")"};
  }

  /** @return the project version of this build */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path: a broken build");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + v);
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
