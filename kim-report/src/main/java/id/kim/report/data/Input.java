package id.kim.report.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one input of the pipeline comes from: a file the user names, or a file bundled in this jar (the
 * Kabupaten Jembrana sample: real places and codes, fictional KIM).
 */
public abstract class Input {
  /** How the name of a bundled input begins, before its path on the class path. */
  public static final String BUNDLED = "(bundled) ";

  /** @return the name to show in messages, e.g. the file path */
  public abstract String name();

  /**
   * @return the bytes, to be closed by the caller
   * @throws IOException if the input cannot be opened
   */
  public abstract InputStream open() throws IOException;

  /**
   * @param path a file
   * @return the input
   */
  public static Input file(Path path) {
    return new Input() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(path);
      }
    };
  }

  /**
   * @param resource a path on the class path, e.g. {@code /id/kim/report/sample/jembrana/dinas.json}
   * @return the input
   */
  public static Input bundled(String resource) {
    return new Input() {
      @Override
      public String name() {
        return BUNDLED + resource;
      }

      @Override
      public InputStream open() throws IOException {
        InputStream in = Input.class.getResourceAsStream(resource);
        if (in == null) {
          throw new IOException("bundled resource " + resource + " is missing");
        }
        return in;
      }
    };
  }

  @Override
  public String toString() {
    return name();
  }
}
