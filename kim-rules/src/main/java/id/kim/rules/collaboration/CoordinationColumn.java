package id.kim.rules.collaboration;

import id.kim.core.i18n.Lang;

/**
 * The three columns of Tabel 4.2 "Partisipasi-Kolaborasi dan Aksi KIM dalam Diseminasi dan Literasi
 * Informasi" (MODEL-A-T42). Each column describes one {@link CampaignStage} of the active-coordination
 * model ({@link #stage()}). The seed prints the third header as "Literssi"; the table's title spells
 * it "Literasi", which is used here.
 */
public enum CoordinationColumn {
  /** (1) Berpartisipasi melalui Koordinasi aktif dengan Dinas. */
  PARTICIPATION("Berpartisipasi melalui Koordinasi aktif dengan Dinas",
      "Participate through active coordination with the Dinas", CampaignStage.PARTICIPATION_ENSURED),
  /** (2) Berkolaborasi dalam Merancang Bahan Informasi. */
  COLLABORATION("Berkolaborasi dalam Merancang Bahan Informasi",
      "Collaborate in designing information materials", CampaignStage.MATERIALS_CO_DESIGNED),
  /** (3) Aksi KIM dalam Diseminasi &amp; Literasi Informasi. */
  ACTION("Aksi KIM dalam Diseminasi & Literasi Informasi",
      "KIM action in dissemination and information literacy", CampaignStage.DISSEMINATED);

  private final String headerId;
  private final String headerEn;
  private final CampaignStage stage;

  CoordinationColumn(String headerId, String headerEn, CampaignStage stage) {
    this.headerId = headerId;
    this.headerEn = headerEn;
    this.stage = stage;
  }

  /** @return the column's number in the table, 1 … 3 */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * @param lang the language
   * @return the column header
   */
  public String header(Lang lang) {
    return lang == Lang.ID ? headerId : headerEn;
  }

  /** @return the stage of Gambar 4.1 the column describes */
  public CampaignStage stage() {
    return stage;
  }
}
