package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The predefined validation scope lists every value class kim-core generates, so none falls back. */
class ValidatedTypesTest {

  @Test
  @DisplayName("ValidatedTypes names every generated ImmutableX class of kim-core (KimStyle aside)")
  void everyGeneratedValueClassIsListed() throws IOException, URISyntaxException {
    Path classes = Path.of(KimValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> generated;
    try (Stream<Path> files = Files.walk(classes)) {
      generated = files.map(p -> classes.relativize(p).toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$")
              && Path.of(n).getFileName().toString().startsWith("Immutable"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> !n.endsWith(".ImmutableKimStyle"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(generated, new TreeSet<>(Arrays.asList(ValidatedTypes.NAMES)));
    assertEquals(generated.size(), ValidatedTypes.classes().size());
  }
}
