package id.kim.report.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver (packages {@code chromium} and
 * {@code chromium-driver}), with the flags this closed network needs. Selenium Manager never runs:
 * both paths are given, so nothing is downloaded.
 *
 * <p>Where the packages are missing the browser tests are skipped, unless the environment variable
 * {@code KIM_BROWSER_TESTS=required} is set — as {@code .ci/run} does after installing them — in which
 * case a missing browser fails the build instead of hiding the test.
 */
final class Chromium {
  static final Path BINARY = Path.of(System.getenv().getOrDefault("KIM_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("KIM_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private Chromium() {}

  /** Skips the calling test where no browser is installed, or fails it where CI requires one. */
  static void requireInstalled() {
    boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    if (!installed && "required".equals(System.getenv("KIM_BROWSER_TESTS"))) {
      throw new AssertionError("KIM_BROWSER_TESTS=required but " + BINARY + " or " + DRIVER
          + " is missing: apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "no " + BINARY + " / " + DRIVER + ": browser test skipped "
        + "(apt-get install -y chromium chromium-driver, or run bash .ci/run)");
  }

  /**
   * @param profile an empty directory for the browser profile
   * @return a headless browser with its console log recorded; quit it when done
   */
  static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort()
        .withLogFile(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile())
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
