/**
 * Short programs that show the KIM SDK's library API, one class per example, each with a {@code main} and a
 * {@code run()} that returns what it prints so that a test checks it: the quick start and the worked example
 * of README (eligibility, juknis II.B.4–5), a partnership's lifecycle (II.B.6), a mapping (III), a
 * dissemination evaluation (V), the JSON contract and kim-testkit in a user's own property tests. The
 * examples are not part of the SDK's API; {@code kim-examples/README.md} lists them and says how to run one.
 */
package id.kim.examples;
