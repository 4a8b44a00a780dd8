package id.kim.examples;

/** Entry point of the examples (the {@code kim} command line comes with the examples issue). */
public final class Main {
  private Main() {}

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.out.println("KIM SDK examples: the kim command line is not built yet.");
  }
}
