package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.regions.RegionRegister;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Configuration from environment variables and flags; safe defaults; the key never printed. */
class ServerConfigTest {

  @Test
  void defaultsAreSafe() {
    ServerConfig c = ServerConfig.defaults();
    assertEquals("127.0.0.1", c.host());
    assertEquals(Optional.empty(), c.apiKey());
    assertEquals(List.of(), c.corsOrigins());
    assertEquals(64L * 1024 * 1024, c.maxBodyBytes());
  }

  @Test
  void theEnvironmentSetsAndFlagsOverride() {
    ServerConfig env = ServerConfig.fromEnvironment(Map.of("KIM_PORT", "9090", "KIM_HOST", "0.0.0.0",
        "KIM_API_KEY", "k-123456", "KIM_MAX_BODY", "2m", "KIM_CORS_ORIGINS", "https://a.example, https://b.example"));
    assertEquals(9090, env.port());
    assertEquals("0.0.0.0", env.host());
    assertEquals(Optional.of("k-123456"), env.apiKey());
    assertEquals(2L * 1024 * 1024, env.maxBodyBytes());
    assertEquals(List.of("https://a.example", "https://b.example"), env.corsOrigins());
    Main main = new Main();
    new CommandLine(main).parseArgs("--port", "8081", "--max-body", "512k");
    ServerConfig c = main.config(env);
    assertEquals(8081, c.port());
    assertEquals(512L * 1024, c.maxBodyBytes());
    assertEquals("0.0.0.0", c.host());
  }

  @Test
  void theKeyIsNeverPrinted() {
    String text = ServerConfig.defaults().withApiKey("k-very-secret").toString();
    assertFalse(text.contains("very-secret"), text);
    assertTrue(text.contains("apiKey=set"), text);
  }

  @Test
  void unusableValuesNameTheirVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.fromEnvironment(Map.of("KIM_PORT", "eighty")));
    assertTrue(e.getMessage().contains("KIM_PORT"));
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withPort(70000));
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.fromEnvironment(Map.of("KIM_MAX_BODY", "lots")));
  }

  @Test
  void theRegisterIsTheBundledOneUnlessSwitchedOff() {
    assertSame(RegionRegister.bundled(), ServerConfig.defaults().regions().orElseThrow());
    assertEquals(Optional.empty(), ServerConfig.fromEnvironment(Map.of("KIM_REGIONS", "none")).regions());
    assertSame(RegionRegister.bundled(),
        ServerConfig.fromEnvironment(Map.of("KIM_REGIONS", "bundled")).regions().orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.fromEnvironment(Map.of("KIM_REGIONS", "kemendagri")));
    assertTrue(e.getMessage().contains("KIM_REGIONS"), e.getMessage());
    Main flags = new Main();
    new CommandLine(flags).parseArgs("--regions", "none");
    assertEquals(Optional.empty(), flags.config(ServerConfig.defaults()).regions(), "the flag overrides");
    assertTrue(ServerConfig.defaults().toString().contains("regions=bundled"));
  }
}
