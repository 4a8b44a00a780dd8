package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code kim serve} is kim-server's own command under another name: the same options, the same
 * environment, the same defaults (the server itself is started by {@link KimJarIT} from kim.jar).
 */
class ServeCommandTest {

  @Test
  void serveIsKimServersCommandNotACopy() {
    PrintWriter none = new PrintWriter(new StringWriter());
    CommandLine serve = Commands.commandLine(new Main(false), none, none).getSubcommands().get("serve");
    assertInstanceOf(id.kim.server.Main.class, serve.getCommandSpec().userObject());
    CommandLine server = new CommandLine(new id.kim.server.Main());
    for (String option : server.getCommandSpec().options().stream().map(o -> o.longestName()).toList()) {
      assertTrue(serve.getCommandSpec().findOption(option) != null, option);
    }
  }

  @Test
  void helpListsTheServersFlagsAndTheApiKeyVariable() {
    Cli r = Cli.run("serve", "--help");
    assertEquals(ExitCode.OK, r.exit, r::toString);
    assertTrue(r.out.startsWith("Usage: kim serve"), r.out);
    for (String flag : List.of("--port", "--host", "--max-body", "--cors-origin", "--max-concurrent",
        "--shutdown-timeout", "KIM_API_KEY", "docs/server.md")) {
      assertTrue(r.out.contains(flag), () -> flag + " in\n" + r.out);
    }
  }

  @Test
  void aBadFlagIsOneLineAndExitTwoWithoutStartingAServer() {
    Cli r = Cli.run("serve", "--port", "eighty");
    assertEquals(ExitCode.BAD_INPUT, r.exit, r::toString);
    assertTrue(r.oneErrorLine().startsWith("kim serve: "), r.err);
    assertEquals("", r.out);
  }
}
