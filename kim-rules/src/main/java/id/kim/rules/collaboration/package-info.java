/**
 * Chapter IV.B of the juknis — "Mengembangkan Model, Uji Coba Model serta Validasi Model Kemitraan
 * dalam Diseminasi Informasi Publik" — and the partnership principles of II.A, as code.
 *
 * <p>This package holds the shared vocabulary:
 * <ul>
 *   <li>{@link id.kim.rules.collaboration.PartnershipPrinciple} — the five principles (PRINCIPLE-1..5)
 *       for checklists and reports; the strategy behind them (STRATEGY-1..3) is described there;</li>
 *   <li>{@link id.kim.rules.collaboration.CollaborationModel} — the participation–collaboration model
 *       (model partisipasi-kolaborasi, MODEL-GEN-1..2) in its two forms, chosen by the KIM's type:
 *       active coordination for TYPE-A (Gambar 4.1) and empowerment content for TYPE-B (Gambar 4.2);</li>
 *   <li>{@link id.kim.rules.collaboration.CampaignStage} — the three stages both figures share
 *       (MODEL-A-STAGE-1..3, MODEL-B-STAGE-1..3);</li>
 *   <li>{@link id.kim.rules.collaboration.CoordinationTable} — Tabel 4.2 (MODEL-A-T42) as data;</li>
 *   <li>{@link id.kim.rules.collaboration.CollaborationRejection} — why a step was refused, in
 *       Indonesian and English, with its rule and citation.</li>
 * </ul>
 * A dissemination campaign that moves through the three stages lives in
 * {@code id.kim.rules.collaboration.campaign}; the trial and validation of the model, ending in the
 * designation of the KIM for a period, in {@code id.kim.rules.collaboration.trial}.
 */
@KimStyle
package id.kim.rules.collaboration;

import id.kim.core.style.KimStyle;
