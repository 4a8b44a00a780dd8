package id.kim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in: where {@code /usr/bin/chromium} exists (Debian package {@code chromium}), the sample report
 * is rendered headless and the screenshot must show the grid — the cells of the four categories of
 * Tabel 3.3 and KIM of each.
 * Skipped cleanly elsewhere (CI has no Chromium).
 */
class ScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void theGridIsDrawnInAHeadlessBrowser(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: screenshot test skipped");
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(SampleReport.model(Lang.ID)), StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png, "--window-size=1280,2400", page.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "chromium did not finish");
    assertTrue(Files.exists(png), () -> "no screenshot: " + read(dir.resolve("chromium.log")));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(2400, image.getHeight());
    for (int colour : new int[] {0xe8f5e9, 0xe3f2fd, 0xfff3e0, 0xf5f5f5, 0x2e7d32, 0x1565c0, 0xe65100, 0x616161}) {
      assertTrue(count(image, colour) > 50, String.format("colour #%06x of the grid is not on the screenshot", colour));
    }
  }

  private static int count(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = image.getRGB(x, y) & 0xFFFFFF;
        if (Math.abs((c >> 16) - (rgb >> 16)) <= 3 && Math.abs(((c >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 3
            && Math.abs((c & 0xFF) - (rgb & 0xFF)) <= 3) {
          n++;
        }
      }
    }
    return n;
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

}
