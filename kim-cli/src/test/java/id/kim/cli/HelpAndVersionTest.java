package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code --version}, {@code --help} of every command, shell completion and the internal-error code. */
class HelpAndVersionTest {
  private static final List<String> COMMANDS =
      List.of("import", "evaluate", "review", "map", "evaluate-dissemination", "report", "impact", "serve",
          "generate-completion");

  @Test
  @DisplayName("--version prints the version of this build (the Maven project's), not a literal")
  void version() {
    String project = System.getProperty("kim.version");
    assertTrue(project != null && !project.isBlank(), "surefire passes kim.version");
    Cli r = Cli.run("--version");
    assertEquals(ExitCode.OK, r.exit);
    assertEquals("kim " + project + " (KIM SDK; rules juknis-2022 v2022.08.30)", r.out.strip());
    assertEquals("", r.err);
  }

  @ParameterizedTest
  @ValueSource(strings = {"import", "evaluate", "review", "map", "evaluate-dissemination", "report", "serve",
      "generate-completion"})
  @DisplayName("every command has --help and --version from the standard mixin")
  void standardHelpOptions(String command) {
    PrintWriter none = new PrintWriter(new StringWriter());
    CommandLine.Model.CommandSpec spec = Commands.commandLine(new Main(false), none, none).getSubcommands().get(command)
        .getCommandSpec();
    assertTrue(spec.mixinStandardHelpOptions(), command);
    assertTrue(spec.usageMessage().description().length > 0, command);
    Cli r = Cli.run(command, "--help");
    assertEquals(ExitCode.OK, r.exit, r::toString);
    assertTrue(r.out.startsWith("Usage: kim " + command), r.out);
    assertTrue(r.out.contains("Example"), () -> command + " shows examples\n" + r.out);
  }

  @Test
  @DisplayName("the data commands list their exit codes in --help")
  void exitCodesInHelp() {
    for (String command : COMMANDS.subList(0, 5)) {
      String help = Cli.run(command, "--help").out;
      assertTrue(help.contains("Exit codes:") && help.contains("2   bad input or usage"), help);
    }
    assertTrue(Cli.run("evaluate", "--help").out.contains("1   --fail-on-ineligible"));
  }

  @Test
  @DisplayName("help written to a pipe carries no escape sequence")
  void noEscapeInHelp() {
    for (String command : COMMANDS) {
      assertFalse(Cli.run(command, "--help").out.contains("\u001b"), command);
    }
    assertFalse(Cli.run("--help").out.contains("\u001b"));
  }

  @Test
  @DisplayName("kim generate-completion prints a bash/zsh script that completes every command")
  void completion() {
    Cli r = Cli.run("generate-completion");
    assertEquals(ExitCode.OK, r.exit, r::toString);
    assertTrue(r.out.contains("complete -F _complete_kim"), r.out);
    for (String command : COMMANDS) {
      assertTrue(r.out.contains(command), command);
    }
    assertTrue(r.out.contains("--fail-on-ineligible"), "options are completed too");
    assertTrue(Cli.run("--help").out.contains("generate-completion"), "listed in the usage");
  }

  @Test
  @DisplayName("an exception the SDK did not expect: exit 3 and one line asking to report it")
  void internalErrorIsThree() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cl = Commands.commandLine(new Main(false), new PrintWriter(new StringWriter()), new PrintWriter(err,
        true));
    int code = cl.getExecutionExceptionHandler().handleExecutionException(new IllegalStateException("x"), cl, null);
    assertEquals(ExitCode.INTERNAL, code);
    assertEquals("kim: galat internal java.lang.IllegalStateException; mohon laporkan beserta perintah yang dijalankan",
        err.toString().strip());
  }

  @Test
  @DisplayName("a call that names a data command builds only that command's model; the usage and completion get all")
  void onlyTheCommandNamedIsBuilt() {
    PrintWriter none = new PrintWriter(new StringWriter());
    assertEquals(List.of("evaluate"), List.copyOf(Commands.commandLine(new Main(false), none, none,
        new String[] {"--lang", "en", "evaluate", "--kim", "KIM Sinar Pagi"}).getSubcommands().keySet()));
    assertEquals(List.of("import"), List.copyOf(Commands.commandLine(new Main(false), none, none,
        new String[] {"--lang=id", "import", "--help"}).getSubcommands().keySet()));
    for (String[] args : List.of(new String[] {}, new String[] {"--help", "evaluate"},
        new String[] {"generate-completion"}, new String[] {"nonsense"}, new String[] {"--version"})) {
      assertEquals(COMMANDS,
          List.copyOf(Commands.commandLine(new Main(false), none, none, args).getSubcommands().keySet()),
          () -> String.join(" ", args));
    }
    Cli typo = Cli.run("evalute");
    assertEquals(ExitCode.BAD_INPUT, typo.exit);
    assertTrue(typo.oneErrorLine().contains("evalute"), typo.err);
  }
}
