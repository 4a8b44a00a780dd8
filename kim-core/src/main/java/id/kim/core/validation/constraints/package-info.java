/**
 * Bean Validation constraints that the standard ones cannot express: Indonesian phone and WhatsApp
 * numbers, RT/RW, the Nomor Induk Komunitas (never a 16-digit population NIK), chronological dates
 * of periods and decrees, http(s) links, and text that must not be blank when present.
 */
package id.kim.core.validation.constraints;
