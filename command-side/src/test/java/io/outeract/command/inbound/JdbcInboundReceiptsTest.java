package io.outeract.command.inbound;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.command.CommandSideDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The deduplication ledger against the real PostgreSQL; every test claims keys of its own. */
class JdbcInboundReceiptsTest {

    private static final Duration POLL = Duration.ofMillis(5);

    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private final String first = prefix + "update:1";
    private final String second = prefix + "update:2";
    private final String third = prefix + "update:3";

    private final JdbcInboundReceipts receipts =
            new JdbcInboundReceipts(CommandSideDatabase.jdbc());
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void claimsKeysNeverClaimedBefore() {
        assertThat(receipts.claimNew(List.of(first, second)))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void neverClaimsAKeyTwice() {
        receipts.claimNew(List.of(first));

        assertThat(receipts.claimNew(List.of(first))).isEmpty();
    }

    @Test
    void claimsOnlyTheNewKeysOfABatch() {
        receipts.claimNew(List.of(first, second));

        assertThat(receipts.claimNew(List.of(second, third, first))).containsExactly(third);
    }

    @Test
    void countsAKeyGivenTwiceInOneCallOnce() {
        assertThat(receipts.claimNew(List.of(first, second, first)))
                .containsExactlyInAnyOrder(first, second);
        assertThat(receiptRowsUnder(prefix)).isEqualTo(2);
    }

    @Test
    void claimsNothingForNoKeys() {
        assertThat(receipts.claimNew(List.of())).isEmpty();
    }

    @Test
    void letsExactlyOneOfTwoRacingTransactionsClaimAKey() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (Connection left = CommandSideDatabase.openTransaction();
                Connection right = CommandSideDatabase.openTransaction()) {
            Future<Set<String>> leftClaim = threads.submit(claimAtStart(left, start));
            Future<Set<String>> rightClaim = threads.submit(claimAtStart(right, start));

            start.countDown();

            Set<String> leftWon = leftClaim.get(10, SECONDS);
            Set<String> rightWon = rightClaim.get(10, SECONDS);
            assertThat(leftWon.size() + rightWon.size()).isEqualTo(1);
            assertThat(receiptRowsUnder(prefix)).isEqualTo(1);
        }
    }

    @Test
    void makesASecondClaimWaitForTheFirstAndThenFindTheKeyTaken() throws Exception {
        try (Connection winner = CommandSideDatabase.openTransaction();
                Connection loser = CommandSideDatabase.openTransaction()) {
            Set<String> won = receiptsOver(winner).claimNew(List.of(first, second));
            Future<Set<String>> lost = threads.submit(
                    () -> receiptsOver(loser).claimNew(List.of(second, third)));
            awaitWaitingOnALock(loser);

            winner.commit();

            assertThat(won).containsExactlyInAnyOrder(first, second);
            assertThat(lost.get(10, SECONDS)).containsExactly(third);
            loser.commit();
        }
    }

    @Test
    void handsTheKeyToTheWaitingClaimWhenTheFirstRollsBack() throws Exception {
        try (Connection abandoned = CommandSideDatabase.openTransaction();
                Connection waiting = CommandSideDatabase.openTransaction()) {
            receiptsOver(abandoned).claimNew(List.of(first));
            Future<Set<String>> claim = threads.submit(
                    () -> receiptsOver(waiting).claimNew(List.of(first)));
            awaitWaitingOnALock(waiting);

            abandoned.rollback();

            assertThat(claim.get(10, SECONDS)).containsExactly(first);
            waiting.commit();
        }
    }

    private Callable<Set<String>> claimAtStart(Connection connection, CountDownLatch start) {
        return () -> {
            start.await();
            Set<String> claimed = receiptsOver(connection).claimNew(List.of(first));
            connection.commit();
            return claimed;
        };
    }

    private static JdbcInboundReceipts receiptsOver(Connection transaction) {
        return new JdbcInboundReceipts(
                new JdbcTemplate(new SingleConnectionDataSource(transaction, true)));
    }

    /** Waits until the connection's statement blocks on a lock another transaction holds. */
    private static void awaitWaitingOnALock(Connection connection)
            throws SQLException, InterruptedException {
        int backend = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (!waitsOnALock(backend)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The second claim never waited for the first");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static boolean waitsOnALock(int backend) {
        return Boolean.TRUE.equals(CommandSideDatabase.jdbc().queryForObject(
                "SELECT coalesce(bool_or(wait_event_type = 'Lock'), false)"
                        + " FROM pg_stat_activity WHERE pid = ?",
                Boolean.class, backend));
    }

    private static int receiptRowsUnder(String prefix) {
        return CommandSideDatabase.jdbc().queryForObject(
                "SELECT count(*) FROM inbound_receipt WHERE dedupe_key LIKE ?",
                Integer.class, prefix + "%");
    }
}
