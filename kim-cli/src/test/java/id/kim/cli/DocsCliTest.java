package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md is true: every {@code kim …} line of its {@code sh} blocks runs, from the repository
 * root, with the exit code the page gives it (0 unless a {@code # exit N} comment says otherwise).
 * Variables set in a block ({@code S=…}) are expanded; files written with {@code --out} go to a
 * temporary directory. The JSON shown for {@code kim import} is what it prints on the bundled sample.
 */
class DocsCliTest {
  private static final Pattern SH = Pattern.compile("```sh\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");
  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d)");
  private static final Pattern ASSIGN = Pattern.compile("([A-Z]+)=(\\S+)");
  private static final Path ROOT = Path.of("..");
  private static final Pattern IMPORT_JSON = Pattern.compile("## `import`.*?```json\\n(.*?)\\n```", Pattern.DOTALL);

  @TempDir
  static Path out;

  /** One {@code kim} line: its words after {@code kim} and the exit code expected. */
  record Line(String text, List<String> args, int exit) {}

  static List<Line> lines() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/cli.md"), StandardCharsets.UTF_8);
    List<Line> lines = new ArrayList<>();
    Matcher block = SH.matcher(doc);
    while (block.find()) {
      Map<String, String> variables = new HashMap<>();
      for (String line : block.group(1).split("\n")) {
        Matcher assign = ASSIGN.matcher(line);
        if (assign.matches()) {
          variables.put(assign.group(1), assign.group(2));
        }
        if (line.startsWith("kim ")) {
          Matcher exit = EXIT.matcher(line);
          int code = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
          String command = line.replaceFirst("\\s+#.*$", "");
          lines.add(new Line(line, words(command.substring(4), variables), code));
        }
      }
    }
    return lines;
  }

  private static List<String> words(String command, Map<String, String> variables) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(command);
    while (m.find()) {
      if (m.group(1) != null || m.group(2) != null) {
        words.add(m.group(1) != null ? m.group(1) : m.group(2));
        continue;
      }
      String word = m.group(3);
      for (Map.Entry<String, String> v : variables.entrySet()) {
        word = word.replace("$" + v.getKey(), v.getValue());
      }
      words.add(word);
    }
    return words;
  }

  /** Paths of the page are relative to the repository root; written files go to the temporary directory. */
  private static String[] inRepository(List<String> args) {
    List<String> out2 = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean written = i > 0 && (args.get(i - 1).equals("--out") || args.get(i - 1).equals("--report"));
      if (written) {
        out2.add(out.resolve(a).toString());
      } else if (a.contains("/") && !a.startsWith("-")) {
        out2.add(ROOT.resolve(a).toString());
      } else {
        out2.add(a);
      }
    }
    return out2.toArray(new String[0]);
  }

  @Test
  void thePageHasExamplesOfEveryCommand() throws IOException {
    List<String> commands = lines().stream().map(l -> l.args().get(0)).toList();
    for (String c : List.of("import", "evaluate", "review", "map", "evaluate-dissemination", "report", "--version")) {
      assertTrue(commands.contains(c), () -> c + " has no example in docs/cli.md: " + commands);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAsWritten() throws IOException {
    return lines().stream().filter(l -> !l.args().get(0).equals("generate-completion") || l.args().size() == 1)
        .map(l -> DynamicTest.dynamicTest(l.text(), () -> {
          Cli r = Cli.run(inRepository(l.args()));
          assertEquals(l.exit(), r.exit, r::toString);
          if (l.exit() != 0) {
            r.oneErrorLine();
          }
        }));
  }

  @Test
  @DisplayName("the JSON of `kim import` shown on the page is what it prints: the rows shown, every summary field "
      + "(encoding too) with its value, and columns named as read")
  void theImportJsonShownIsWhatImportPrints() throws IOException {
    Matcher block = IMPORT_JSON.matcher(Files.readString(ROOT.resolve("docs/cli.md"), StandardCharsets.UTF_8));
    assertTrue(block.find(), "docs/cli.md has no JSON block under ## `import`");
    ObjectMapper json = new ObjectMapper();
    JsonNode shown = json.readTree(block.group(1));
    Cli r = Cli.run("import");
    assertEquals(0, r.exit, r::toString);
    JsonNode printed = json.readTree(r.out);
    JsonNode first = shown.get("rows").get(0);
    assertEquals(printed.get("rows").get(0).get("row"), first.get("row"));
    assertEquals(printed.get("rows").get(0).get("profile").get("name"), first.get("profile").get("name"));
    JsonNode rejected = shown.get("rows").get(1);
    assertEquals(printed.get("rows").get(rejected.get("row").asInt() - 2), rejected, "the rejected row");
    JsonNode summary = printed.get("summary");
    List<String> names = new ArrayList<>();
    summary.fieldNames().forEachRemaining(names::add);
    List<String> shownNames = new ArrayList<>();
    shown.get("summary").fieldNames().forEachRemaining(shownNames::add);
    assertEquals(names, shownNames, "the summary's fields");
    for (Map.Entry<String, JsonNode> field : shown.get("summary").properties()) {
      if (field.getKey().equals("columns")) {
        field.getValue().properties().forEach(c -> assertTrue(c.getKey().equals("…")
            || summary.get("columns").get(c.getKey()).equals(c.getValue()), c::toString));
      } else {
        assertEquals(summary.get(field.getKey()), field.getValue(), field.getKey());
      }
    }
  }
}
