package id.kim.core.privacy;

/**
 * A value that identifies or locates a person — a name, a phone or WhatsApp number, an e-mail
 * address, a street address (PROFILE-d, -e, -i, -j of Tabel 3.1). Such values are protected under
 * UU 27/2022 (Pelindungan Data Pribadi); the juknis is silent on it (RULES.md GAP-49).
 *
 * <p>Every implementation prints only its {@link #masked()} form in {@code toString()}, so the raw
 * value never reaches a log, an exception message or a validation finding by accident. The raw
 * value stays available through the type's own accessor for the code that really needs it.
 */
public interface PersonalData {

  /** @return a masked rendering that hints at the value without disclosing it */
  String masked();
}
