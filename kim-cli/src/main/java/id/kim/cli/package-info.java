/**
 * The {@code kim} command line (picocli): {@code import}, {@code evaluate}, {@code review},
 * {@code map}, {@code evaluate-dissemination} and {@code report}. Exit codes: 0 done, 1 internal
 * error, 2 bad input or usage (one line on stderr says why), 3 the rule family the command needs is
 * not in this build. See {@code docs/cli.md}.
 */
package id.kim.cli;
