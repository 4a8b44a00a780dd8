package id.kim.core.community;

import java.util.Locale;

/**
 * The two types of KIM (Tipe KIM, PROFILE-b; juknis II.A, II.B.1). The type decides the collaboration
 * model (MODEL-A-*, MODEL-B-*).
 */
public enum KimType {
  /**
   * Tipe A (TYPE-A) — "komunitas bidang pengelolaan dan diseminasi informasi": a community whose
   * activity is managing and disseminating information.
   */
  A("Tipe A", "komunitas bidang pengelolaan dan diseminasi informasi"),
  /**
   * Tipe B (TYPE-B) — "komunitas bidang pemberdayaan masyarakat dengan ditambahkan fungsi pengelolaan
   * dan diseminasi informasi": a community-empowerment community to which the information function
   * has been added (e.g. an MSME or farmers' community).
   */
  B("Tipe B",
      "komunitas bidang pemberdayaan masyarakat dengan ditambahkan fungsi pengelolaan dan diseminasi informasi");

  private final String label;
  private final String description;

  KimType(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** @return {@code "Tipe A"} or {@code "Tipe B"}, as written in the profile */
  public String label() {
    return label;
  }

  /** @return the juknis' Indonesian description of the type */
  public String description() {
    return description;
  }

  /**
   * Parses {@code "A"}, {@code "Tipe A"}, {@code "tipe b"} …
   *
   * @param text the type as a Dinas writes it
   * @return the type
   * @throws IllegalArgumentException if the text names neither type
   */
  public static KimType parse(String text) {
    String t =
        text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replaceFirst("^TIPE\\s*", "");
    for (KimType type : values()) {
      if (type.name().equals(t)) {
        return type;
      }
    }
    throw new IllegalArgumentException("KIM type '" + text + "' is neither 'Tipe A' nor 'Tipe B' (PROFILE-b)");
  }
}
