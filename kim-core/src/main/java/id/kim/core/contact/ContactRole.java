package id.kim.core.contact;

/** Whom the Dinas contacts to coordinate with a KIM (PROFILE-d "Ketua KIM/Narahubung"). */
public enum ContactRole {
  /** Ketua KIM — the chair acts as contact. */
  CHAIR,
  /** Narahubung — another board member designated as contact person. */
  CONTACT_PERSON
}
