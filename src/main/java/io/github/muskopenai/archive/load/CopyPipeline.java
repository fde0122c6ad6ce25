package io.github.muskopenai.archive.load;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.postgresql.copy.CopyManager;

/**
 * Sends COPY batches from a second thread, so that parsing the next rows (this JVM) and
 * storing the previous ones (the PostgreSQL backend) overlap on a multi-core machine. At most
 * {@value #IN_FLIGHT} batches are queued or being sent; the parser waits beyond that, so memory
 * stays bounded. The connection is used by one thread at a time: callers {@link #await} before
 * running statements of their own.
 */
final class CopyPipeline implements AutoCloseable {

    private static final int IN_FLIGHT = 2;

    private final CopyManager copy;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "corpus-copy");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private volatile Exception failure;
    private volatile boolean closed;
    private Future<?> last;

    CopyPipeline(CopyManager copy) {
        this.copy = copy;
    }

    /** Queues the batches (in order); blocks while {@value #IN_FLIGHT} batches are pending. */
    void send(List<CopyTable.Batch> batches) {
        throwIfFailed();
        if (batches.isEmpty()) {
            return;
        }
        slots.acquireUninterruptibly();
        last = sender.submit(() -> {
            try {
                if (failure == null && !closed) {
                    for (CopyTable.Batch batch : batches) {
                        batch.send(copy);
                    }
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until everything queued is stored; throws the first failure of the sender thread. */
    void await() {
        if (last != null) {
            try {
                // Tasks run in order on one thread: the last one done means all are.
                last.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("interrupted while writing rows", e);
            } catch (ExecutionException e) {
                throw new LoadException("writing rows failed", e.getCause());
            }
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        Exception e = failure;
        if (e != null) {
            throw new LoadException("writing rows failed: " + e.getMessage(), e);
        }
    }

    /**
     * Stops sending: batches not started are dropped (the transaction is being rolled back or is
     * complete), and a batch being sent is waited for, so the connection is free again on return.
     */
    @Override
    public void close() {
        closed = true;
        sender.shutdown();
        try {
            while (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
                // a COPY in progress finishes or fails; either way the connection is released
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
