/**
 * Benchmarks of the KIM SDK (JMH) against a hand-written baseline and a general rule engine, and
 * the national-scale run. Not a user artifact.
 */
package id.kim.bench;
