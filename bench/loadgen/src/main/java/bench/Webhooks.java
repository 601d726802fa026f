package bench;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram updates as Telegram posts them: one Update per request, unique update_ids, the
 * connection's secret token in X-Telegram-Bot-Api-Secret-Token. Counts what the server
 * acknowledged: a 200 with "recorded":1 is an update the server says it stored.
 */
final class Webhooks {

    record Delivery(Tenants.Connection connection, long updateId, long userId) {
    }

    private static final Pattern RECORDED = Pattern.compile("\"recorded\"\\s*:\\s*(\\d+)");
    private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");

    private final String base;
    private final int correspondents;
    private final AtomicLong nextUpdateId = new AtomicLong(500_000_000L);
    private final AtomicInteger nextConnection = new AtomicInteger();

    final LongAdder recorded = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder failed = new LongAdder();
    private final ConcurrentLinkedQueue<Delivery> sample = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sampleSize = new AtomicInteger();
    private final int sampleLimit;

    Webhooks(String base, int correspondents, int sampleLimit) {
        this.base = base;
        this.correspondents = correspondents;
        this.sampleLimit = sampleLimit;
    }

    /** The next fresh update, round robin over the given connections. */
    Load.Shot next(List<Tenants.Connection> connections) {
        Tenants.Connection connection = connections.get(
                Math.floorMod(nextConnection.getAndIncrement(), connections.size()));
        long updateId = nextUpdateId.getAndIncrement();
        long userId = 1_000_000L + Math.floorMod(updateId * 2_654_435_761L, correspondents);
        return shot(new Delivery(connection, updateId, userId), connection.secretToken(), true);
    }

    /** A delivery again, as Telegram redelivers: the same update, the same token. */
    Load.Shot again(Delivery delivery, Counts counts) {
        return new Load.Shot() {
            @Override
            public RawHttp.Request request() {
                return Load.webhook(delivery.connection(),
                        delivery.connection().secretToken(), body(delivery));
            }

            @Override
            public void answered(int status, String body) {
                counts.add(status, number(RECORDED, body), number(DUPLICATES, body));
            }
        };
    }

    /** A fresh update signed with a wrong secret token: must be refused, nothing stored. */
    Load.Shot forged(Tenants.Connection connection, Counts counts) {
        long updateId = nextUpdateId.getAndIncrement();
        Delivery delivery = new Delivery(connection, updateId, 1_000_000L);
        return new Load.Shot() {
            @Override
            public RawHttp.Request request() {
                return Load.webhook(connection, "forged-" + connection.secretToken()
                        .substring(7), body(delivery));
            }

            @Override
            public void answered(int status, String body) {
                counts.add(status, number(RECORDED, body), number(DUPLICATES, body));
            }
        };
    }

    Load.Shot shot(Delivery delivery, String secretToken, boolean keepSample) {
        return new Load.Shot() {
            @Override
            public RawHttp.Request request() {
                return Load.webhook(delivery.connection(), secretToken, body(delivery));
            }

            @Override
            public void answered(int status, String body) {
                if (status != 200) {
                    refused.increment();
                    return;
                }
                long fresh = number(RECORDED, body);
                recorded.add(fresh);
                duplicates.add(number(DUPLICATES, body));
                if (keepSample && fresh == 1 && sampleSize.get() < sampleLimit
                        && sampleSize.incrementAndGet() <= sampleLimit) {
                    sample.add(delivery);
                }
            }

            @Override
            public void failed(Throwable failure) {
                Webhooks.this.failed.increment();
            }
        };
    }

    /** A fresh delivery on this connection, for the visibility samples. */
    Delivery fresh(Tenants.Connection connection) {
        long updateId = nextUpdateId.getAndIncrement();
        return new Delivery(connection, updateId,
                1_000_000L + Math.floorMod(updateId * 2_654_435_761L, correspondents));
    }

    List<Delivery> sample() {
        return new ArrayList<>(sample);
    }

    static String body(Delivery delivery) {
        long user = delivery.userId();
        long date = 1_767_225_600L + delivery.updateId() % 10_000_000L;
        return ("{\"update_id\":%d,\"message\":{\"message_id\":%d,\"from\":{\"id\":%d,"
                + "\"is_bot\":false,\"first_name\":\"User%d\",\"last_name\":\"Bench\","
                + "\"username\":\"user_%d\",\"language_code\":\"en\"},\"chat\":{\"id\":%d,"
                + "\"first_name\":\"User%d\",\"last_name\":\"Bench\",\"username\":\"user_%d\","
                + "\"type\":\"private\"},\"date\":%d,\"text\":\"Hello, this is message %d of "
                + "the benchmark. Is anyone there who can help me with my order, please?\"}}")
                .formatted(delivery.updateId(), delivery.updateId() % 1_000_000 + 1, user, user,
                        user, user, user, user, date, delivery.updateId());
    }

    static long number(Pattern pattern, String body) {
        if (body == null) {
            return 0;
        }
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** Answers to redeliveries or forgeries. */
    static final class Counts {
        final LongAdder ok = new LongAdder();
        final LongAdder recorded = new LongAdder();
        final LongAdder duplicates = new LongAdder();
        final Map<Integer, LongAdder> statuses = new java.util.concurrent.ConcurrentHashMap<>();

        void add(int status, long recorded, long duplicates) {
            statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
            if (status == 200) {
                ok.increment();
                this.recorded.add(recorded);
                this.duplicates.add(duplicates);
            }
        }

        Map<String, Long> statusCounts() {
            Map<String, Long> out = new java.util.TreeMap<>();
            statuses.forEach((status, adder) -> out.put(Integer.toString(status), adder.sum()));
            return out;
        }
    }
}
