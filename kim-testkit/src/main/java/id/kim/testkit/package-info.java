/**
 * kim-testkit: generators of valid and deliberately invalid KIM SDK values, for the SDK's own
 * property tests and for those of its users.
 *
 * <ul>
 *   <li>{@link id.kim.testkit.KimGens} — QuickTheories {@code Gen}s for every kim-core type
 *       (failures shrink; repeatable with a fixed seed);</li>
 *   <li>{@link id.kim.testkit.KimSamples} — the same values from any
 *       {@link java.util.random.RandomGenerator}, for other frameworks or plain loops;</li>
 *   <li>{@link id.kim.testkit.Defects} — one {@link id.kim.testkit.Defect} per constraint: values
 *       valid except for one defect, with the finding validation must report;</li>
 *   <li>the {@code *Samplers} classes — the recipes themselves, one class per concept, composable
 *       through {@link id.kim.testkit.Sampler} and {@link id.kim.testkit.Draw}.</li>
 * </ul>
 *
 * <p>Data are realistic: all 38 provinces, real kabupaten/kota, kecamatan and kelurahan/desa (also
 * nagari, gampong, kalurahan, kampung), Indonesian personal names, mobile numbers of Indonesian
 * operators, fixed lines with real area codes. Parties and NGOs are invented names.
 */
package id.kim.testkit;
