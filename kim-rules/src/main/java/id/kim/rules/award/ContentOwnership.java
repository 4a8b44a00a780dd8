package id.kim.rules.award;

/**
 * Who owns the entries of a competition (COMP-IP: "sayembara pembuatan konten, yang kemudian konten
 * para peserta sayembara menjadi milik Pemerintah Daerah"). The juknis gives this only as an example,
 * so there is no default: each self-organised competition must state it (RULES.md GAP-34).
 */
public enum ContentOwnership {
  /** The participants keep their content. */
  PARTICIPANT,
  /** The content becomes the regional government's property. */
  REGIONAL_GOVERNMENT
}
