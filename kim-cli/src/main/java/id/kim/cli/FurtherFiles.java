package id.kim.cli;

import id.kim.report.data.Input;
import id.kim.report.data.Inputs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A group of further input files a command reads besides the KIM data. With the bundled sample the
 * command gets the group's bundled files unless it names its own; a command that does not read a group
 * gets none of its files.
 */
interface FurtherFiles {

  /**
   * @param b the inputs being built
   * @param sample the bundled sample's inputs, when the sample is used
   */
  void apply(Inputs.Builder b, Optional<Inputs> sample);

  /** @return the file as an input, or the sample's, or none */
  static Optional<Input> file(Path path, Optional<Inputs> sample, Function<Inputs, Optional<Input>> bundled) {
    return path != null ? Optional.of(Input.file(path)) : sample.flatMap(bundled);
  }
}
