package id.kim.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is a well-formed absolute web address with scheme {@code http} or {@code https} and a
 * host, e.g. a proof of publication (Bukti Tayang/Link konten, MONITOR-COL-5: "Alamat konten / bukti
 * tayang yang dapat diakses untuk verifikasi"). Rejected: other schemes ({@code javascript:},
 * {@code ftp:}, {@code file:}), relative links, addresses without a host, whitespace or control
 * characters anywhere, and more than 2,000 characters.
 */
@Documented
@Constraint(validatedBy = HttpLinkValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpLink {
  /** @return message key */
  String message() default "{kim.url.invalid}";

  /** @return groups */
  Class<?>[] groups() default {};

  /** @return payload */
  Class<? extends Payload>[] payload() default {};
}
