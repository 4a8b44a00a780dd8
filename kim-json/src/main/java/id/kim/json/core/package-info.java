/**
 * Codecs of the kim-core values: regions, contacts, profile (PROFILE-a..t), documents, organisation,
 * assessments, records, the one reference to a KIM ({@code KimRef}) and the monitoring of juknis V
 * (Tabel 5.2, Tabel 5.3 with its per-platform indicators, tallies, surveys).
 */
package id.kim.json.core;
