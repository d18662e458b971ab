package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyMemoTest {
    @Test
    void aTextIsReadOnceWhileRemembered() {
        AtomicInteger reads = new AtomicInteger();
        KeyMemo<String> memo = new KeyMemo<>(text -> {
            reads.incrementAndGet();
            return text.toUpperCase();
        });

        assertThat(memo.of("nextline")).isEqualTo("NEXTLINE");
        assertThat(memo.of("nextline")).isEqualTo("NEXTLINE");
        assertThat(memo.of("kitaichi")).isEqualTo("KITAICHI");

        assertThat(reads).hasValue(2);
    }

    @Test
    void aFullMemoForgetsRatherThanGrows() {
        AtomicInteger reads = new AtomicInteger();
        KeyMemo<Integer> memo = new KeyMemo<>(text -> reads.incrementAndGet());
        memo.of("first");
        for (int i = 0; i < 10_000; i++) {
            memo.of("text " + i);
        }

        memo.of("first");

        assertThat(reads).hasValue(10_002);
    }

    @Test
    void keysReadThroughTheMemoStillMatchOtherSpellings() {
        String name = "株式会社ネクストライン 新宿支店";
        String address = "東京都新宿区西新宿2-8-1 都庁ビル5F";

        assertThat(CompanyNameKey.of(name)).isEqualTo(CompanyNameKey.of("(株)ネクストライン"));
        assertThat(AddressKey.parse(address).floor()).isEqualTo("5");
        assertThat(PersonNameKey.of("佐藤 健一 様")).isEqualTo(PersonNameKey.of("佐藤健一"));
    }
}
