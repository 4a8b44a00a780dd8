/**
 * Bean Validation constraints on plain values that the standard ones cannot express: Indonesian phone
 * numbers, RT/RW, the Nomor Induk Komunitas (never a 16-digit population NIK), http(s) links, and text
 * that must not be blank when present. A constraint on one of the SDK's own types lives next to that type
 * ({@code contact.MobileNumber}, {@code document.ChronologicalDecree}, {@code time.ChronologicalPeriod}),
 * so this package uses no type of kim-core but {@code validation.MissingValueException} (to refuse a null), and
 * no package cycle runs through it.
 */
package id.kim.core.validation.constraints;
