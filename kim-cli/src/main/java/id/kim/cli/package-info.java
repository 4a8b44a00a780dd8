/**
 * The {@code kim} command line (picocli), shipped as one self-contained {@code kim.jar} with a
 * launcher: {@code import} (Tabel 3.1), {@code evaluate} (kelayakan), {@code review} (dasar
 * penghentian), {@code map} (pemetaan), {@code evaluate-dissemination} (evaluasi diseminasi),
 * {@code report} and {@code generate-completion}. JSON goes to standard output and nothing else does;
 * summaries, progress and errors go to standard error. Exit codes ({@link id.kim.cli.ExitCode}): 0 done,
 * 1 a KIM not eligible under {@code --fail-on-ineligible}, 2 bad input or usage (one line on stderr
 * says why), 3 internal error. See {@code docs/cli.md}.
 */
package id.kim.cli;
