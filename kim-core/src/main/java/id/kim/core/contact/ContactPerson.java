package id.kim.core.contact;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * The chair or contact person of a KIM (Ketua KIM/Narahubung, PROFILE-d): "nama individu yang dapat
 * dihubungi Dinas Kominfo untuk berkoordinasi".
 */
@Value.Immutable
public abstract class ContactPerson {

  /** @return the person's name */
  @Value.Parameter
  @Valid
  public abstract PersonName name();

  /** @return whether this is the chair or another contact person */
  @Value.Parameter
  public abstract ContactRole role();

  /**
   * @param name the person's name
   * @param role chair or contact person
   * @return the contact person
   */
  public static ContactPerson of(PersonName name, ContactRole role) {
    return ImmutableContactPerson.of(name, role);
  }
}
