package id.kim.core.monitoring;

import id.kim.core.media.MediaChannel;

/**
 * The four dissemination actions of Tabel 4.3 "Kategori Aksi Diseminasi Informasi" (category
 * "Diseminasi Hasil Kolaborasi"; RULES.md GAP-30 explains why only one category label survives),
 * each carried out on one channel of Tabel 4.6.
 */
public enum DisseminationActionKind {
  /**
   * ACTION-1 "Berbagi tautan (link) bahan informasi hasil kolaborasi Dinas melalui Grup-grup Whats App KIM" (MEDIA-4).
   */
  SHARE_LINK_IN_WHATSAPP_GROUP("ACTION-1", MediaChannel.INSTANT_MESSAGING),
  /** ACTION-2 "Melakukan posting informasi hasil kolaborasi dengan Dinas di akun media sosial KIM" (MEDIA-3). */
  POST_ON_SOCIAL_MEDIA("ACTION-2", MediaChannel.SOCIAL_MEDIA),
  /** ACTION-3 "Memuat bahan informasi hasil kolaborasi dengan Dinas di blog atau situs web … (kim.id)" (MEDIA-5). */
  PUBLISH_ON_BLOG_OR_WEBSITE("ACTION-3", MediaChannel.ONLINE),
  /** ACTION-4 "Melakukan pertemuan tatap muka dengan masyarakat di suatu lingkup wilayah" (MEDIA-7). */
  FACE_TO_FACE_MEETING("ACTION-4", MediaChannel.FACE_TO_FACE);

  private final String ruleId;
  private final MediaChannel channel;

  DisseminationActionKind(String ruleId, MediaChannel channel) {
    this.ruleId = ruleId;
    this.channel = channel;
  }

  /** @return the RULES.md ID, {@code "ACTION-1"} … {@code "ACTION-4"} */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Tabel 4.6 channel the action uses */
  public MediaChannel channel() {
    return channel;
  }
}
