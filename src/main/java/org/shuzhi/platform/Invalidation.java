package org.shuzhi.platform;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells an in-memory copy of table data (a cache) that the data changed — at once, and again when the writing
 * transaction ends, because a reader running alongside that transaction may have loaded the old rows and be about
 * to keep them. A copy notes the {@link #generation()} it was loaded under and trusts itself only while
 * {@link #unchangedSince} says so; {@code onChange} drops what it holds. Staleness across instances is the copy's
 * own business (a time limit).
 */
public final class Invalidation {

    private final AtomicLong generation = new AtomicLong();
    private final Runnable onChange;

    /** @param onChange run after every bump, e.g. clearing a cache */
    public Invalidation(Runnable onChange) {
        this.onChange = onChange;
    }

    /** The generation to note before loading a copy. */
    public long generation() {
        return generation.get();
    }

    /** True when no change was announced since {@code loadedUnder} was noted. */
    public boolean unchangedSince(long loadedUnder) {
        return generation.get() == loadedUnder;
    }

    /** Announces a change: now and, inside a transaction, once more when it ends (commit or rollback). */
    public void changed() {
        bump();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    bump();
                }
            });
        }
    }

    private void bump() {
        // bump before clearing: a reader that stored its copy after the clear sees the new generation
        generation.incrementAndGet();
        onChange.run();
    }
}
