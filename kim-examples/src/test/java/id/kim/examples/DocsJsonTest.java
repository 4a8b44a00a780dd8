package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.KimValidator;
import id.kim.examples.data.Input;
import id.kim.examples.data.Loader;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of docs/json.md is true: types read and write back identically; responses are what the CLI prints. */
class DocsJsonTest {
  private static final Pattern BLOCK = Pattern.compile("<!-- ([a-z-]+)(?:: ([^\\n]*?))? -->\\n```(?:json|text)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, BiFunction<Input, Lang, Either<String, ?>>> PROVISIONAL = Map.of(
      "grid", Loader::grid, "monitoring", Loader::monitoring, "social", Loader::social, "surveys", Loader::surveys);

  /** A marked block: kind, argument, content. */
  private static final class Block {
    final String kind;
    final String argument;
    final String content;

    Block(String kind, String argument, String content) {
      this.kind = kind;
      this.argument = argument;
      this.content = content;
    }
  }

  static List<Block> blocks() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "json.md"), StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2) == null ? "" : m.group(2), m.group(3)));
    }
    return out;
  }

  @Test
  void everyKindOfExampleIsPresent() throws Exception {
    List<String> kinds = new ArrayList<>();
    blocks().forEach(b -> kinds.add(b.kind + ":" + b.argument.split(" ")[0]));
    for (String expected : List.of("example:Dinas", "example:KimRecord", "example:grid", "example:monitoring", "example:social",
        "example:surveys", "problem:KimRecord", "problem-text:", "cli:evaluate", "cli:review")) {
      assertTrue(kinds.contains(expected), expected + " missing from docs/json.md: " + kinds);
    }
  }

  @TestFactory
  Stream<DynamicTest> typeExamplesReadAndWriteBackIdentically() throws Exception {
    return blocks().stream().filter(b -> b.kind.equals("example")).map(b -> DynamicTest.dynamicTest(b.argument, () -> {
      if (PROVISIONAL.containsKey(b.argument)) {
        Either<String, ?> read = PROVISIONAL.get(b.argument).apply(input(b.content), Lang.EN);
        assertTrue(read.isRight(), () -> String.valueOf(read));
        return;
      }
      Class<?> type = b.argument.equals("Dinas") ? Dinas.class : KimRecord.class;
      Object value = KimJson.read(b.content, type).getOrElseThrow(p -> new AssertionError(p.describe(Lang.EN)));
      assertEquals(JSON.readTree(b.content), JSON.readTree(KimJson.write(value, Lang.EN)));
      assertTrue(KimValidator.standard().validate(value).isValid(), () -> String.valueOf(KimValidator.standard().validate(value)));
    }));
  }

  @Test
  void theProblemExampleIsTheProblemReported() throws Exception {
    List<Block> blocks = blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind.equals("problem")) {
        Either<JsonProblem, KimRecord> read = KimJson.read(blocks.get(i).content, KimRecord.class);
        assertEquals(blocks.get(i + 1).content.strip(), read.getLeft().describe(Lang.EN));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> responsesAreWhatTheCommandLinePrints() throws Exception {
    return blocks().stream().filter(b -> b.kind.equals("cli")).map(b -> DynamicTest.dynamicTest(b.argument, () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit = Main.run(arguments(b.argument), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, exit, () -> err.toString(StandardCharsets.UTF_8));
      JsonNode printed = JSON.readTree(out.toString(StandardCharsets.UTF_8));
      assertEquals(JSON.readTree(b.content), printed, "docs/json.md is out of date for: kim " + b.argument);
    }));
  }

  private static String[] arguments(String line) {
    List<String> args = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      args.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return args.toArray(new String[0]);
  }

  private static Input input(String content) {
    return new Input() {
      @Override
      public String name() {
        return "docs/json.md";
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
      }
    };
  }
}
