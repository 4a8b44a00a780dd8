package id.kim.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.report.SampleReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The sample report in a real browser (Debian's Chromium, headless): it renders without console
 * errors; every KIM of the sample is either a dot on the grid with its entry in the printed legend, or
 * listed apart as not entering the mapping; printed on A4 no table is clipped and the grid fits one
 * page. A screenshot and the PDF print are left under {@code target/browser/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {
  /** A4 at 96 CSS px per inch with the report's 15 mm margins: 180 mm × 267 mm. */
  private static final int A4_CONTENT_WIDTH_PX = 680;
  private static final int A4_CONTENT_HEIGHT_PX = 1009;
  private static final Path OUT = Path.of("target", "browser");
  private ChromeDriver browser;

  @BeforeAll
  void start() throws Exception {
    Chromium.requireInstalled();
    Files.createDirectories(OUT);
    browser = Chromium.start(Files.createTempDirectory("kim-chromium"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private Path open(Lang lang) throws Exception {
    Path page =
        OUT.resolve("report-" + lang.name().toLowerCase(Locale.ROOT) + ".html").toAbsolutePath();
    Files.writeString(page, SampleReport.html(lang), StandardCharsets.UTF_8);
    browser.get(page.toUri().toString());
    return page;
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void rendersWithoutConsoleErrors(Lang lang) throws Exception {
    browser.manage().logs().get(LogType.BROWSER);
    open(lang);
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).collect(Collectors.toList());
    assertTrue(errors.isEmpty(), () -> "console: " + errors);
    assertEquals(
        lang.name().toLowerCase(Locale.ROOT),
        browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyKimOfTheSampleIsOnTheGridOrListedApart(Lang lang) throws Exception {
    open(lang);
    Set<Integer> dots = numbers(browser.findElements(By.cssSelector("#mapping svg.grid [data-kim]")));
    Set<Integer> legend = numbers(browser.findElements(By.cssSelector("#grid-legend [data-kim]")));
    Set<Integer> apart = numbers(browser.findElements(By.cssSelector("#not-mapped [data-kim]")));
    assertEquals(browser.findElements(By.cssSelector("#mapping svg.grid [data-kim]")).size(), dots.size(),
        "one dot per KIM");
    assertEquals(dots, legend, "the printed legend names exactly the KIM on the grid");
    assertTrue(dots.stream().noneMatch(apart::contains), () -> "on the grid and listed apart: " + dots + " " + apart);
    Set<Integer> all = new TreeSet<>(dots);
    all.addAll(apart);
    int kim = SampleReport.kimCount();
    assertEquals(IntStream.rangeClosed(1, kim).boxed().collect(Collectors.toSet()), all,
        "every KIM of the sample, numbered 1.." + kim + ", is on the grid or listed apart");
    assertFalse(dots.isEmpty(), "the sample places KIM on the grid");
    WebElement grid = browser.findElement(By.cssSelector("#mapping svg.grid"));
    for (WebElement dot : browser.findElements(By.cssSelector("#mapping svg.grid [data-kim]"))) {
      assertTrue(dot.isDisplayed(), () -> "dot " + dot.getAttribute("data-kim") + " is not visible");
      assertTrue(inside(dot, grid), () -> "dot " + dot.getAttribute("data-kim") + " lies outside the grid");
    }
    for (WebElement entry : browser.findElements(By.cssSelector("#grid-legend [data-kim]"))) {
      assertTrue(entry.getText().contains(entry.getAttribute("data-kim")), () -> "legend entry without its number: "
          + entry.getText());
      assertTrue(entry.getText().length() > entry.getAttribute("data-kim").length() + 2, "legend entry without a name");
    }
    Files.write(
        OUT.resolve("grid-" + lang.name().toLowerCase(Locale.ROOT) + ".png"),
        grid.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void printsOnA4WithoutClippedTablesAndTheGridOnOnePage() throws Exception {
    open(Lang.ID);
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", A4_CONTENT_WIDTH_PX, "height", A4_CONTENT_HEIGHT_PX, "deviceScaleFactor", 1, "mobile", false));
    try {
      @SuppressWarnings("unchecked")
      List<String> clipped = (List<String>) browser.executeScript(
          "const w = document.documentElement.clientWidth; const out = [];"
              + "document.querySelectorAll('table').forEach((t, i) => {"
              + "  const r = t.getBoundingClientRect();"
              + "  if (r.right > w + 1 || t.scrollWidth > t.clientWidth + 1) out.push((t.id || t.className || 'table ' "
              + "+ i) + ': ' + Math.round(r.width) + 'px');"
              + "}); return out;");
      assertTrue(clipped.isEmpty(), () -> "tables wider than an A4 page: " + clipped);
      Number gridHeight = (Number) browser.executeScript(
          "const g = document.querySelector('#mapping svg.grid'); const f = g.closest('figure') || g;"
              + "return f.getBoundingClientRect().height;");
      assertTrue(gridHeight.doubleValue() <= A4_CONTENT_HEIGHT_PX,
          () -> "the grid's figure is " + gridHeight + " px high, more than one A4 page (" + A4_CONTENT_HEIGHT_PX
              + " px)");
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new PageSize(29.7, 21.0));
    a4.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
    Files.write(OUT.resolve("report-id.pdf"), pdf);
    int pages = pages(pdf);
    assertTrue(pages > 1, "the print has pages");
    Files.writeString(OUT.resolve("report-id.pages.txt"), pages + "\n");
    writeFullPageScreenshot(OUT.resolve("report-id.png"));
  }

  private void writeFullPageScreenshot(Path file) throws Exception {
    Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height.intValue(), 16000), "scale", 1)));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static boolean inside(WebElement dot, WebElement grid) {
    var d = dot.getRect();
    var g = grid.getRect();
    return d.getX() >= g.getX() - 1 && d.getY() >= g.getY() - 1
        && d.getX() + d.getWidth() <= g.getX() + g.getWidth() + 1 && d.getY() + d.getHeight() <= g.getY()
            + g.getHeight() + 1;
  }

  private static Set<Integer> numbers(List<WebElement> elements) {
    return elements.stream().map(e -> Integer.valueOf(e.getAttribute("data-kim")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Counts the page objects of a PDF ({@code /Type /Page}, not {@code /Pages}). */
  static int pages(byte[] pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
