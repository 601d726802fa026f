package io.outeract.api.subscription;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An application's endpoint on loopback: it answers with the status codes it was given, in
 * turn, then 200 for good, and keeps every request it got.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as the receiver got it; the body read once, as text. */
    record Call(String id, String timestamp, String signature, String body) {
    }

    private final MockWebServer server = new MockWebServer();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookReceiver(Integer... statusCodes) throws IOException {
        answers.addAll(List.of(statusCodes));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.add(new Call(request.getHeader("webhook-id"),
                        request.getHeader("webhook-timestamp"),
                        request.getHeader("webhook-signature"), request.getBody().readUtf8()));
                Integer status;
                synchronized (answers) {
                    status = answers.isEmpty() ? 200 : answers.poll();
                }
                return new MockResponse().setResponseCode(status).setBody("status " + status);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    String url() {
        return server.url("/outeract-hooks").toString();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
