package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.KimValidator;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of docs/json.md is true: a type example reads into its SDK type and writes back
 * identically; a request file reads as its type; a response is exactly what the command line prints
 * for the command above it (request files named {@code {file}} are the request blocks of the page).
 */
class DocsJsonTest {
  private static final Pattern BLOCK = Pattern.compile("<!-- ([a-z-]+)(?:: ([^\\n]*?))? "
      + "-->\\n```(?:json|text)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern FILE = Pattern.compile("\\{([a-z0-9-]+\\.json)\\}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A marked block: kind, argument, content. */
  private record Block(String kind, String argument, String content) {}

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
    blocks().forEach(b -> kinds.add(b.kind() + ":" + b.argument().split(" ")[0]));
    for (String expected : List.of("example:Dinas", "example:KimRecord", "example:KimRef", "example:MonitoringRecord",
        "example:LifecycleEvent", "example:AuditTrail", "problem:KimRecord", "problem-text:", "cli:evaluate",
            "cli:review", "cli:map",
        "cli:evaluate-dissemination", "request:dinas.json", "request:records.json", "request:grid.json",
            "request:issues.json")) {
      assertTrue(kinds.contains(expected), expected + " missing from docs/json.md: " + kinds);
    }
  }

  @TestFactory
  Stream<DynamicTest> typeExamplesReadAndWriteBackIdentically() throws Exception {
    return blocks().stream().filter(b -> b.kind().equals("example")).map(b -> DynamicTest.dynamicTest(b.argument(),
        () -> {
      Object value = read(b.argument(), b.content());
      assertEquals(JSON.readTree(b.content()), JSON.readTree(KimJson.write(value, Lang.EN)), "written back "
          + "differently: " + b.argument());
      assertTrue(KimValidator.standard().validate(value).isValid(),
          () -> String.valueOf(KimValidator.standard().validate(value)));
    }));
  }

  @TestFactory
  Stream<DynamicTest> requestFilesReadAsTheirType() throws Exception {
    return blocks().stream().filter(b -> b.kind().equals("request")).map(b -> DynamicTest.dynamicTest(b.argument(),
        () -> {
      String[] fileAndType = b.argument().split(" ");
      Object value = read(fileAndType[1], b.content());
      assertTrue(value != null);
    }));
  }

  @Test
  void theProblemExampleIsTheProblemReported() throws Exception {
    List<Block> blocks = blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind().equals("problem")) {
        Either<JsonProblem, KimRecord> read = KimJson.read(blocks.get(i).content(), KimRecord.class);
        assertEquals(blocks.get(i + 1).content().strip(), read.getLeft().describe(Lang.EN));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> responsesAreWhatTheCommandLinePrints(@TempDir Path dir) throws Exception {
    for (Block b : blocks()) {
      if (b.kind().equals("request")) {
        Files.writeString(dir.resolve(b.argument().split(" ")[0]), b.content(), StandardCharsets.UTF_8);
      }
    }
    return blocks().stream().filter(b -> b.kind().equals("cli")).map(b -> DynamicTest.dynamicTest(b.argument(), () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit = Main.run(arguments(b.argument(), dir), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, exit, () -> err.toString(StandardCharsets.UTF_8));
      JsonNode printed = JSON.readTree(out.toString(StandardCharsets.UTF_8));
      if (Boolean.getBoolean("kim.docs.print")) {
        System.out.println("=== kim " + b.argument() + "\n" + out.toString(StandardCharsets.UTF_8));
      }
      assertEquals(JSON.readTree(b.content()), printed, "docs/json.md is out of date for: kim " + b.argument());
    }));
  }

  /** Reads a type by its simple name, or a JSON array of it ({@code GridAssessment[]}). */
  private static Object read(String typeName, String content) throws Exception {
    boolean array = typeName.endsWith("[]");
    String simple = array ? typeName.substring(0, typeName.length() - 2) : typeName;
    Class<?> type = KimJson.types().stream().filter(t -> t.getSimpleName().equals(simple)).findFirst()
        .orElseThrow(() -> new AssertionError("no contract type " + simple));
    return array ? KimJson.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        Field.listOf(KimJson.codec(type)))
        .getOrElseThrow(p -> new AssertionError(p.describe(Lang.EN))) : KimJson.read(content, type)
        .getOrElseThrow(p -> new AssertionError(p.describe(Lang.EN)));
  }

  private static String[] arguments(String line, Path dir) {
    List<String> args = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      String arg = m.group(1) != null ? m.group(1) : m.group(2);
      Matcher file = FILE.matcher(arg);
      args.add(file.matches() ? dir.resolve(file.group(1)).toString() : arg);
    }
    return args.toArray(new String[0]);
  }
}
