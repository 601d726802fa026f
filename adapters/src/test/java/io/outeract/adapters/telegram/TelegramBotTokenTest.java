package io.outeract.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A bot's id is the number before the ':' of its token. */
class TelegramBotTokenTest {

    @Test
    void readsTheBotIdBeforeTheColon() {
        assertThat(TelegramBotToken.botId(FakeTelegram.BOT_TOKEN)).isEqualTo("7391056284");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullSource
    @ValueSource(strings = {
        "",
        "7391056284",
        "7391056284:",
        "7391056284:AAH-too_short",
        ":AAH-fake_token_for_outeract_tests_0123",
        "bot7391056284:AAH-fake_token_for_outeract_tests_0123",
        "7391056284:AAH-fake_token_for/outeract_tests_0123",
        " 7391056284:AAH-fake_token_for_outeract_tests_0123"
    })
    void refusesAValueNotShapedLikeATokenWithoutRepeatingIt(String value) {
        assertThatThrownBy(() -> TelegramBotToken.botId(value))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(refusal -> {
                    if (value != null && !value.isEmpty()) {
                        assertThat(refusal.getMessage()).doesNotContain(value);
                    }
                });
    }
}
