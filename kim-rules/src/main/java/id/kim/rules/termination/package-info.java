/**
 * Termination triggers (alasan peninjauan atau penghentian kemitraan) — juknis II.B.6, RULES.md
 * §2.10, TERM-1..7 and TERM-PROC-1..2.
 *
 * <blockquote>Dalam perjalanannya Dinas Kominfo Kabupaten/ Kota dapat menghentikan kemitraan
 * dengan KIM, jika terbukti melakukan kegiatan berikut: … Bagi KIM yang terindikasi mengalami salah
 * satu poin tersebut di atas, maka Dinas Kominfo akan melakukan peninjauan terhadap kemitraan dengan
 * KIM. Selanjutnya, apabila KIM terbukti mengalami salah satu poin sebagaimana tersebut di atas, Dinas
 * Kominfo melakukan penghentian kemitraan dengan KIM.</blockquote>
 *
 * <ul>
 *   <li>{@link id.kim.rules.termination.TerminationTrigger} — the seven grounds, each with its rule ID,
 *       citation and Indonesian/English label;</li>
 *   <li>{@link id.kim.rules.termination.Indication} — a ground indicated (terindikasi), with evidence,
 *       reporter, day and source (detected or reported);</li>
 *   <li>{@link id.kim.rules.termination.TriggerDetector} — pure detectors over one record or two
 *       versions of it, and a scan into findings;</li>
 *   <li>{@link id.kim.rules.termination.TriggerPolicy} (with kim-core's
 *       {@link id.kim.core.organisation.CivilServantScope} for TERM-3) — whose acts count where the juknis is silent
 * (GAP-03, GAP-04, GAP-05; PROPOSED).</li>
 * </ul>
 * Detectable from data: TERM-1 (SK expired/revoked as of a day), TERM-2 (a party/NGO affiliation),
 * TERM-3 (ASN status), TERM-5 (seat in another regency/city; not a move inside it, GAP-39), TERM-6 (a
 * reputation-decline assessment), TERM-7 (a dissolution notice). TERM-4 is only ever reported. What an
 * indication sets off — a review, and only on proof a termination — is modelled in
 * {@code id.kim.rules.lifecycle}.
 */
@KimStyle
package id.kim.rules.termination;

import id.kim.core.style.KimStyle;
