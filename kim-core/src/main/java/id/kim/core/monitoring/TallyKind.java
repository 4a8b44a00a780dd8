package id.kim.core.monitoring;

/**
 * What an {@link AudienceTally} counts: the audience figures Tabel 5.1 names besides social-media
 * indicators — "pengunjung blog/situs web, kehadiran peserta event pada kegiatan tatap muka" (Output,
 * MEASURE-1) and "terlibat dalam diskusi pada kegiatan komunikasi tatap muka" (Outtakes, MEASURE-2).
 */
public enum TallyKind {
  /** Pengunjung blog/situs web — visits to the KIM's blog or website (MEASURE-1). */
  VISITORS(MeasurementLevel.OUTPUT),
  /** Kehadiran peserta event — people attending a face-to-face event (MEASURE-1). */
  ATTENDANCE(MeasurementLevel.OUTPUT),
  /** Peserta yang terlibat dalam diskusi — people who took part in the discussion (MEASURE-2). */
  DISCUSSION_PARTICIPANTS(MeasurementLevel.OUTTAKES);

  private final MeasurementLevel level;

  TallyKind(MeasurementLevel level) {
    this.level = level;
  }

  /** @return the Tabel 5.1 level the tally is counted in */
  public MeasurementLevel level() {
    return level;
  }
}
