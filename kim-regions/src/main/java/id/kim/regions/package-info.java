/**
 * The Kemendagri region register (kode dan data wilayah administrasi pemerintahan) bundled with the
 * SDK: every provinsi, kabupaten/kota, kecamatan and kelurahan/desa with its code and official name,
 * from the npm package idn-area-data 4.0.1 (data under the Open Database License 1.0, see
 * {@code META-INF/NOTICE}). {@link id.kim.regions.RegionRegister#bundled()} is the
 * {@link id.kim.core.region.RegionDirectory} that validation (REGION-CODE-2..4) and the Tabel 3.1
 * import use to check the seat of a KIM (PROFILE-f..h, MAP-ENTRY-2).
 */
package id.kim.regions;
