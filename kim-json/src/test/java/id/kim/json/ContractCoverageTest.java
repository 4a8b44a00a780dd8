package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract covers every public value and enum of kim-core, and its messages exist in both languages. */
class ContractCoverageTest {
  /**
   * Public kim-core types that are not data: services, helpers, annotations. Constraint validators are not data
   * either, wherever they live ({@code validation.constraints}, or next to the type they check).
   */
  private static final Set<String> NOT_DATA = Set.of("id.kim.core.validation.KimValidator", "id.kim.core.privacy.Mask",
      "id.kim.core.validation.PlausibleCounts",
      "id.kim.core.regioncheck.RegionCheck",
      "id.kim.core.i18n.Bundles", "id.kim.core.region.RegionNames");

  @Test
  void everyPublicKimCoreValueAndEnumIsPartOfTheContract() throws IOException, URISyntaxException {
    Path location = Path.of(KimProfile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> missing = new TreeSet<>();
    int data = 0;
    try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
        Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
      Path root = jar == null ? location : jar.getPath("/");
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = load(name);
        if (isData(type)) {
          data++;
          if (!KimJson.types().contains(type)) {
            missing.add(name);
          }
        }
      }
    }
    assertTrue(data > 50, "scanned only " + data + " kim-core types in " + location);
    assertEquals(Set.of(), missing, "kim-core types without a JSON codec");
  }

  @Test
  void everyMessageKeyUsedExistsInIndonesianAndEnglish() throws IOException {
    Properties id = bundle("/id/kim/json/Messages.properties");
    Properties en = bundle("/id/kim/json/Messages_en.properties");
    assertEquals(id.keySet(), en.keySet());
    Pattern key = Pattern.compile("\"(json\\.[A-Za-z.]+)\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = key.matcher(Files.readString(source));
        while (m.find()) {
          assertTrue(id.containsKey(m.group(1)), m.group(1) + " used in " + source + " has no message");
        }
      }
    }
  }

  private static boolean isData(Class<?> type) {
    int mod = type.getModifiers();
    return Modifier.isPublic(mod) && !type.isInterface() && !type.isAnnotation()
        && !type.getSimpleName().equals("Builder")
        && !type.getSimpleName().startsWith("Immutable") && !Throwable.class.isAssignableFrom(type)
        && !type.getPackageName().endsWith(".constraints") && !ConstraintValidator.class.isAssignableFrom(type)
        && !NOT_DATA.contains(type.getName())
        && !type.getName().contains("$1");
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ContractCoverageTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Properties bundle(String resource) throws IOException {
    Properties p = new Properties();
    try (var in = ContractCoverageTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
