package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many segments a text costs: GSM-7 at 160 or 153 a part, UCS-2 at 70 or 67 a part. */
class SmsSegmentsTest {

    @Test
    void fitsOneHundredSixtyGsmCharactersInOneSegment() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
    }

    @Test
    void splitsOneHundredSixtyOneGsmCharactersIntoTwoParts() {
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
    }

    @Test
    void fitsOneHundredFiftyThreeGsmCharactersInEachPart() {
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void countsAnExtensionCharacterAsTwoSeptets() {
        assertThat(SmsSegments.isGsm7("Price: 5€ [net]")).isTrue();
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void neverSplitsAnExtensionCharacterAcrossParts() {
        // 152 septets, then a two-septet euro that cannot end the first part: 306 septets in
        // all, which two parts of 153 would hold if the euro could be split.
        String text = "a".repeat(152) + "€" + "a".repeat(152);

        assertThat(SmsSegments.count(text)).isEqualTo(3);
        assertThat(SmsSegments.count("a".repeat(152) + "€" + "a".repeat(151))).isEqualTo(2);
    }

    @Test
    void switchesTheWholeTextToUcs2ForOneCharacterOutsideGsm() {
        assertThat(SmsSegments.isGsm7("Thanks 🚀")).isFalse();
        assertThat(SmsSegments.count("a".repeat(69) + "’")).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(70) + "’")).isEqualTo(2);
    }

    @Test
    void fitsSixtySevenUtf16UnitsInEachUcs2Part() {
        assertThat(SmsSegments.count("ж".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.count("ж".repeat(135))).isEqualTo(3);
    }

    @Test
    void countsAnEmojiAsTwoUnitsAndNeverSplitsIt() {
        assertThat(SmsSegments.count("🚀".repeat(35))).isEqualTo(1);
        // 66 units, then an emoji of two that cannot end the first part: 134 units in all,
        // which two parts of 67 would hold if the emoji could be split.
        assertThat(SmsSegments.count("ж".repeat(66) + "🚀" + "ж".repeat(66))).isEqualTo(3);
        assertThat(SmsSegments.count("ж".repeat(66) + "🚀" + "ж".repeat(65))).isEqualTo(2);
    }

    @Test
    void readsTheDocumentedSendAsOneSegment() {
        assertThat(SmsSegments.count(
                "Your order #5521 is ready for pickup until 6pm. Reply STOP to opt out."))
                .isEqualTo(SmsFixtures.expected("send-success-response").path("num_segments")
                        .asInt());
    }

    @Test
    void countsNoSegmentForNoText() {
        assertThat(SmsSegments.count("")).isZero();
    }
}
