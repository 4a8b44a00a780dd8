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
import java.util.stream.Stream;

/**
 * The public top-level classes of kim-core, found on the class path (a directory in the reactor, a
 * jar otherwise), so that tests over "every type" stay complete when kim-core grows.
 */
final class KimCoreClasses {
  private static final List<byte[]> BYTES = new ArrayList<>();
  private static final List<Class<?>> ALL = scan();

  private KimCoreClasses() {}

  /** @return every public, top-level class of {@code id.kim.core}, generated implementations excluded */
  static List<Class<?>> all() {
    return ALL;
  }

  /** @return the bytes of every class file of {@code id.kim.core}, generated ones included */
  static List<byte[]> classFiles() {
    return BYTES;
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
          BYTES.add(Files.readAllBytes(file));
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
