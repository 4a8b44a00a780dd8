/**
 * Personal data protection (UU 27/2022; RULES.md GAP-49): values that identify a person mask
 * themselves in every {@code toString}, so no name, phone, e-mail or street address leaks into logs,
 * exceptions or findings.
 */
package id.kim.core.privacy;
