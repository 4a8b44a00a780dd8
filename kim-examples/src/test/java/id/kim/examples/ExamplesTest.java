package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.KimSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for every example: main prints run(), the README lists it, its Javadoc says how to run it. */
class ExamplesTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "id", "kim", "examples");

  static List<Class<?>> examples() {
    return List.of(QuickStart.class, WorkedExample.class, LifecycleExample.class, MappingExample.class,
        DisseminationExample.class, JsonExample.class, PropertyTestExample.class, ImpactExample.class);
  }

  @ParameterizedTest
  @MethodSource("examples")
  @DisplayName("main prints exactly what run() returns")
  void mainPrintsRun(Class<?> example) throws ReflectiveOperationException {
    String expected = (String) example.getMethod("run").invoke(null);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      example.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new AssertionError(example.getSimpleName() + ".main failed", e.getCause());
    } finally {
      System.setOut(out);
    }
    assertEquals(expected, printed.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("examples")
  @DisplayName("the Javadoc names a juknis section, what the reader learns, and the command that runs this class")
  void javadocSaysWhatAndHow(Class<?> example) throws IOException {
    String source = Files.readString(SOURCES.resolve(example.getSimpleName() + ".java"), StandardCharsets.UTF_8);
    assertTrue(source.contains("What the reader learns"), example::getSimpleName);
    assertTrue(source.contains("juknis") || source.contains("Juknis"), example::getSimpleName);
    assertTrue(source.contains("mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=" + example.getName()),
        example::getSimpleName);
  }

  @ParameterizedTest
  @MethodSource("examples")
  @DisplayName("kim-examples/README.md lists the example")
  void readmeListsIt(Class<?> example) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("[`" + example.getSimpleName() + "`]"), example::getSimpleName);
  }

  @Test
  @DisplayName("every program of the package is in this list, so none runs untested")
  void everyProgramIsListed() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      Set<String> programs = files.filter(Files::isRegularFile)
          .filter(f -> read(f).contains("public static void main(String[] args)"))
          .map(f -> f.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
      assertEquals(programs, examples().stream().map(Class::getSimpleName).collect(Collectors.toSet()));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("the jqwik line of docs/testkit.md and PropertyTestExample: KimSamples takes jqwik's java.util.Random")
  void jqwikLineTypeChecks() throws IOException {
    Function<Random, KimProfile> sampler = random -> KimSamples.profile(random);   // the lambda the snippet passes
    assertTrue(KimValidator.standard().validate(sampler.apply(new Random(7))).isValid());
    String line = "Arbitraries.randomValue(random -> KimSamples.profile(random))";
    String doc = Files.readString(Path.of("..", "docs", "testkit.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains(line), "docs/testkit.md lacks " + line);
    String example = Files.readString(SOURCES.resolve("PropertyTestExample.java"), StandardCharsets.UTF_8);
    assertTrue(example.contains(line.replace("->", "-&gt;")), "PropertyTestExample lacks " + line);
  }
}
