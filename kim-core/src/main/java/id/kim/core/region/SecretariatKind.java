package id.kim.core.region;

/**
 * What the address of PROFILE-e is: "alamat sekretariat komunitas atau kediaman pengurus KIM yang
 * difungsikan sebagai sekretariat".
 */
public enum SecretariatKind {
  /** The community's own secretariat. */
  OWN_SECRETARIAT,
  /** A board member's residence serving as secretariat — personal data. */
  BOARD_MEMBER_RESIDENCE
}
