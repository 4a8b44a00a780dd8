/**
 * A dissemination campaign (kegiatan diseminasi informasi) run with one KIM under the
 * participation–collaboration model (juknis IV.B, Gambar 4.1 and 4.2): participation ensured on the
 * basis of the mapping → materials co-designed (message, theme, presentation format) → results
 * disseminated. A {@link id.kim.rules.collaboration.campaign.DisseminationCampaign} moves through the
 * stages only in order; every step is a function (campaign, step, date, officer) →
 * {@code Either<CollaborationRejection, DisseminationCampaign>}, and the history of a campaign is
 * never rewritten. The KIM's feedback of Tabel 4.2 ({@link id.kim.rules.collaboration.campaign.KimFeedback})
 * is recorded on the campaign.
 */
@KimStyle
package id.kim.rules.collaboration.campaign;

import id.kim.core.style.KimStyle;
