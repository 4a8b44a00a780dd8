package id.kim.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tabel 4.6 (MEDIA-1..7), the platforms named in the juknis (MEDIA-PLATFORMS) and the PROFILE-o kinds (MEDIA-KIND-MAP).
 */
class MediaChannelTest {

  @Test
  @DisplayName("MEDIA-1..7 in the order of Tabel 4.6")
  void channelsInTableOrder() {
    assertEquals(List.of("MEDIA-1", "MEDIA-2", "MEDIA-3", "MEDIA-4", "MEDIA-5", "MEDIA-6", "MEDIA-7"),
        EnumSet.allOf(MediaChannel.class).stream().map(MediaChannel::ruleId).toList());
    assertEquals("Media cetak", MediaChannel.PRINT.label());
    assertEquals("Komunikasi tatap muka", MediaChannel.FACE_TO_FACE.label());
  }

  @Test
  @DisplayName(
      "MEDIA-KIND-MAP (PROPOSED): face-to-face ← MEDIA-7; conventional ← MEDIA-1, 2, 6; digital ← MEDIA-3, 4, 5")
  void kindMap() {
    assertEquals(MediaKind.CONVENTIONAL, MediaChannel.PRINT.kind());
    assertEquals(MediaKind.CONVENTIONAL, MediaChannel.BROADCAST.kind());
    assertEquals(MediaKind.DIGITAL, MediaChannel.SOCIAL_MEDIA.kind());
    assertEquals(MediaKind.DIGITAL, MediaChannel.INSTANT_MESSAGING.kind());
    assertEquals(MediaKind.DIGITAL, MediaChannel.ONLINE.kind());
    assertEquals(MediaKind.CONVENTIONAL, MediaChannel.OUTDOOR.kind());
    assertEquals(MediaKind.FACE_TO_FACE, MediaChannel.FACE_TO_FACE.kind());
  }

  @Test
  @DisplayName(
      "MEDIA-PLATFORMS: every named platform sits in one Tabel 4.6 channel; blogs and websites are online media "
          + "(MEDIA-5)")
  void platforms() {
    for (Platform p : List.of(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TWITTER, Platform.YOUTUBE,
        Platform.TIKTOK, Platform.LINE)) {
      assertEquals(MediaChannel.SOCIAL_MEDIA, p.channel(), p::name);
    }
    assertEquals(MediaChannel.INSTANT_MESSAGING, Platform.WHATSAPP_GROUP.channel());
    assertEquals(MediaChannel.INSTANT_MESSAGING, Platform.TELEGRAM.channel());
    for (Platform p : List.of(Platform.WEBSITE, Platform.BLOG, Platform.KIM_ID)) {
      assertEquals(MediaChannel.ONLINE, p.channel(), p::name);
    }
    assertEquals(MediaChannel.BROADCAST, Platform.COMMUNITY_RADIO.channel());
    assertEquals(MediaChannel.PRINT, Platform.PRINT.channel());
    assertEquals(MediaChannel.OUTDOOR, Platform.OUTDOOR.channel());
    assertEquals(MediaChannel.FACE_TO_FACE, Platform.FACE_TO_FACE.channel());
    EnumSet<MediaChannel> covered = EnumSet.noneOf(MediaChannel.class);
    for (Platform p : Platform.values()) {
      covered.add(p.channel());
    }
    assertEquals(EnumSet.allOf(MediaChannel.class), covered, "every channel has a platform");
  }

  @Test
  @DisplayName("a medium's channel and kind come from its platform")
  void mediumDerivesChannelAndKind() {
    KimMedium wag = KimMedium.of(Platform.WHATSAPP_GROUP, "WAG KIM Gumbrih");
    assertEquals(MediaChannel.INSTANT_MESSAGING, wag.channel());
    assertEquals(MediaKind.DIGITAL, wag.kind());
  }
}
