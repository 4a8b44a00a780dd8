package id.kim.rules.capacity;

/**
 * A content-production skill (CAP-4: "misal keterampilan penulisan, fotografi, pengambilan gambar
 * menggunakan kamera video dan editing video, desain grafis, dsb." — an open list, hence
 * {@link #OTHER}).
 */
public enum ContentSkill {
  /** Penulisan — writing. */
  WRITING,
  /** Fotografi — photography. */
  PHOTOGRAPHY,
  /** Pengambilan gambar dengan kamera video — video shooting. */
  VIDEO_SHOOTING,
  /** Editing video. */
  VIDEO_EDITING,
  /** Desain grafis — graphic design. */
  GRAPHIC_DESIGN,
  /** Other skills. */
  OTHER
}
