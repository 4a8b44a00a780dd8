package id.kim.cli;

import id.kim.core.validation.KimValidator;
import id.kim.json.KimJson;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cold start of a data command. Every such command checks values with Hibernate Validator and reads
 * JSON with Jackson, and setting up each of the two takes a large part of a cold start. On a machine
 * with more than one core both are set up on threads of their own while the main thread parses the
 * arguments; whichever thread needs one first simply waits for its class initialisation to finish (the
 * JVM's class-initialisation lock), so no answer depends on this. Neither depends on the other or on
 * the command line, so the waits cannot form a cycle. {@code --version}, {@code --help} and
 * {@code generate-completion} start nothing. {@code -Dkim.warmUp=false} turns this off, to measure it.
 */
final class StartUp {
  private static final Set<String> DATA_COMMANDS =
      Set.of("import", "evaluate", "review", "map", "evaluate-dissemination", "report");
  private static final Set<String> NO_WORK = Set.of("-h", "--help", "-V", "--version");
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private StartUp() {}

  /**
   * Starts the set-up early when the arguments name a data command, before they are parsed.
   *
   * @param args the command-line arguments
   */
  static void warmFor(String[] args) {
    List<String> words = List.of(args);
    if (words.stream().anyMatch(DATA_COMMANDS::contains) && words.stream().noneMatch(NO_WORK::contains)) {
      warm();
    }
  }

  /** Starts setting up the shared validator and the JSON contract in the background, once per process. */
  static void warm() {
    if (Runtime.getRuntime().availableProcessors() < 2 || "false".equals(System.getProperty("kim.warmUp"))
        || !STARTED.compareAndSet(false, true)) {
      return;
    }
    start("kim-validator-warm-up", KimValidator::standard);
    start("kim-json-warm-up", KimJson::types);
  }

  private static void start(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }
}
