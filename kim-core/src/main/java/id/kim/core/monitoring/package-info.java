/**
 * What a Dinas records to monitor and evaluate the dissemination of a KIM (juknis V, "Monitoring dan
 * Evaluasi Efektifitas Diseminasi Informasi oleh KIM"): the monitoring log of Tabel 5.2
 * (MONITOR-COL-0..5), the social-media table of Tabel 5.3 with its exact indicator set per platform
 * (SOCIAL-HEAD-0, SOCIAL-COL-1..5, SOCIAL-IG/FB/TW/YT/TT), audience tallies and surveys for the three
 * measurement levels of Tabel 5.1 (MEASURE-1..3), and the vocabulary of dissemination actions
 * (ACTION-1..4, Tabel 4.3) and of proactive/responsive dissemination (DISSEM-0..2).
 *
 * <p>These are facts, not conclusions: the measures and the continuation evaluation are in
 * {@code kim-rules} ({@code id.kim.rules.evaluation}).
 */
@KimStyle
package id.kim.core.monitoring;

import id.kim.core.style.KimStyle;
