package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A change is announced at once and, inside a transaction, again when it ends. */
class InvalidationTest {

    private final AtomicInteger cleared = new AtomicInteger();
    private final Invalidation invalidation = new Invalidation(cleared::incrementAndGet);

    @Test
    void outsideATransactionAChangeIsAnnouncedOnce() {
        long loaded = invalidation.generation();
        assertThat(invalidation.unchangedSince(loaded)).isTrue();
        invalidation.changed();
        assertThat(invalidation.unchangedSince(loaded)).isFalse();
        assertThat(cleared).hasValue(1);
    }

    @Test
    void aCopyLoadedWhileTheWritingTransactionRanIsNotTrustedAfterItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            invalidation.changed();
            // a reader in another transaction still sees the old rows and keeps them under this generation
            long loadedBeforeCommit = invalidation.generation();
            assertThat(cleared).hasValue(1);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            assertThat(invalidation.unchangedSince(loadedBeforeCommit)).isFalse();
            assertThat(cleared).hasValue(2);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
