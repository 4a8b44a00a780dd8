package id.kim.cli;

import id.kim.core.validation.KimValidator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cold start of a data command. Every such command checks values with Hibernate Validator and reads
 * JSON with Jackson, and each of the two takes a large part of a cold start to set up. On a machine
 * with more than one core the validator is set up on a second thread while the first parses the
 * arguments and builds the JSON mappers; whichever thread asks for it first simply waits for the class
 * initialisation to finish (the JVM's class-initialisation lock), so no answer depends on this.
 */
final class StartUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private StartUp() {}

  /** Starts setting up the shared validator in the background, once per process. */
  static void warmValidator() {
    if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(KimValidator::standard, "kim-validator-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
