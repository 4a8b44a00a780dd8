/**
 * Problem documents (RFC 9457, {@code application/problem+json}): one factory per error class, JSON Pointers
 * converted from kim-json's JSON paths, titles and details in Indonesian and English — never a value of the
 * request (RULES.md GAP-49).
 */
package id.kim.server.problem;
