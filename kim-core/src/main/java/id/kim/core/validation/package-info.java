/**
 * Checking SDK values: {@link id.kim.core.validation.KimValidator} runs Jakarta Bean Validation
 * (Hibernate Validator) and returns a Vavr {@code Validation} of every
 * {@link id.kim.core.validation.FieldViolation} — field path, problem, masked rejected value, juknis
 * rule — with messages in Indonesian and English. The exceptions of the SDK's builders live here too.
 */
package id.kim.core.validation;
