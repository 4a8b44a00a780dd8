package id.kim.core.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * Where the Dinas keeps a document: an archive number, a file name or a link to a scan. The SDK
 * stores the reference, never the document.
 */
@Value.Immutable
public abstract class DocumentRef {

  /** @return the reference, e.g. {@code "arsip/2026/SK-KIM-017.pdf"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 500, message = "{kim.text.tooLong}")
  public abstract String reference();

  /**
   * @param reference the reference
   * @return the document reference
   */
  public static DocumentRef of(String reference) {
    return ImmutableDocumentRef.of(reference);
  }

  @Override
  public String toString() {
    return reference();
  }
}
