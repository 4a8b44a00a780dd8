package id.kim.csv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Tabel 3.1 file of any number of rows, produced on the fly so that the test itself holds only one
 * row's bytes: every tenth row has a bad type, every row a quoted multi-item cell.
 */
final class GeneratedTabel31 extends InputStream {
  static final String HEADER =
      "\uFEFFNo;Nama KIM;Tipe KIM;Nomor Induk Komunitas;Ketua/Narahubung;Alamat;RT/RW;Kelurahan/Desa;Kecamatan;"
      + "WhatsApp;Email;Khalayak Sasaran;Jenis Media;Bidang Kegiatan;Isu Publik;Frekuensi;Jenis Konten;Periode "
      + "Kemitraan;"
      + "Kekuatan;Pengaruh\r\n";
  private final int rows;
  private int next;
  private byte[] current = HEADER.getBytes(StandardCharsets.UTF_8);
  private int position;

  GeneratedTabel31(int rows) {
    this.rows = rows;
  }

  static String row(int i) {
    return (i + 1) + ";KIM Uji " + i + ";" + (i % 10 == 9 ? "Tipe Z" : i % 2 == 0 ? "Tipe A" : "Tipe B") + ";KIM/3399/"
        + i
        + ";Warga Uji " + i + ";Jl. Percobaan No. " + (i % 200 + 1) + ";00" + (i % 9 + 1) + "/00" + (i % 7 + 1)
        + ";Desa Uji " + (i % 300) + ";Kec. Uji " + (i % 20) + ";0812" + String.format("%08d", i) + ";kim" + i
        + "@example.id"
        + ";warga desa dan sekitarnya;\"Instagram @kim.uji" + i + "; WhatsApp Group; Tatap muka\";Kesehatan, Pertanian"
        + ";\"Stunting; Banjir\";3 kali seminggu;Tulisan, Foto;01/01/2026 s.d. 31/12/2026: Sosialisasi Program"
        + ";Instagram " + (i % 5000) + " pengikut;Instagram " + (i % 700) + " suka\r\n";
  }

  @Override
  public int read() {
    if (position == current.length) {
      if (next == rows) {
        return -1;
      }
      current = row(next++).getBytes(StandardCharsets.UTF_8);
      position = 0;
    }
    return current[position++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int n = 0;
    while (n < len) {
      int c = read();
      if (c == -1) {
        return n == 0 ? -1 : n;
      }
      b[off + n++] = (byte) c;
    }
    return n;
  }
}
