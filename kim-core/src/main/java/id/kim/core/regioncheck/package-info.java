/**
 * Checking the Kemendagri region codes recorded on SDK values against a register of codes
 * ({@link id.kim.core.region.RegionDirectory}): {@link id.kim.core.regioncheck.RegionCheck}
 * finds codes that do not exist (REGION-CODE-2) and names that are not the official name of their
 * code (REGION-CODE-4), as {@link id.kim.core.validation.FieldViolation}s beside those of
 * {@link id.kim.core.validation.KimValidator}, which checks what needs no register (REGION-CODE-1, the
 * nesting of REGION-CODE-3).
 */
package id.kim.core.regioncheck;
