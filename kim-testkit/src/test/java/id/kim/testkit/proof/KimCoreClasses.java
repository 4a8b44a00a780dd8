package id.kim.testkit.proof;

import id.kim.core.community.KimProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The public top-level classes of kim-core, found on the class path (a directory in the reactor, a
 * jar otherwise), so that tests over "every type" stay complete when kim-core grows.
 *
 * <p>The sweeping tests cover the packages kim-testkit generates, {@link #COVERED_PACKAGES}: a type
 * added to one of them without a generator, a builder table entry or a defect fails the build; a new
 * package joins the list when kim-testkit learns to generate its values.
 */
final class KimCoreClasses {
  /** The kim-core packages whose every type kim-testkit generates and proves. */
  static final Set<String> COVERED_PACKAGES = Set.of("agency", "assessment", "community", "contact", "document", "i18n",
      "media", "metric", "monitoring", "organisation", "privacy", "region", "time", "validation");

  private static final Map<String, byte[]> BYTES = new TreeMap<>();
  private static final List<Class<?>> ALL = scan();

  private KimCoreClasses() {}

  /** @return every public, top-level class of the covered packages, generated implementations excluded */
  static List<Class<?>> all() {
    return ALL.stream().filter(c -> covered(c.getPackageName())).toList();
  }

  /** @return the bytes of every class file of the covered packages, generated ones included */
  static List<byte[]> classFiles() {
    return BYTES.entrySet().stream().filter(e -> covered(e.getKey().replace('/', '.'))).map(Map.Entry::getValue)
        .toList();
  }

  /** @return the bytes of every class file of kim-core, whatever its package */
  static List<byte[]> allClassFiles() {
    return List.copyOf(BYTES.values());
  }

  private static boolean covered(String qualifiedName) {
    String rest = qualifiedName.substring("id.kim.core.".length());
    int dot = rest.indexOf('.');
    return COVERED_PACKAGES.contains(dot < 0 ? rest : rest.substring(0, dot));
  }

  private static List<Class<?>> scan() {
    try {
      Path root = Path.of(KimProfile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        return classesUnder(root);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        return classesUnder(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> classesUnder(Path root) throws IOException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("id/kim/core"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(".class")) {
          BYTES.put(relative, Files.readAllBytes(file));
        }
        if (!relative.endsWith(".class") || relative.contains("$") || relative.contains("/Immutable")
            || relative.contains("/With") || relative.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = load(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        if (Modifier.isPublic(type.getModifiers())) {
          out.add(type);
        }
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return List.copyOf(out);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, KimCoreClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
