package io.outeract.adapters.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server on loopback that answers as a transcript ({@code smtp-session-*.txt}) says:
 * each command gets the reply the transcript's server gave it, the last one where the command
 * came twice (the EHLO after TLS, whose capabilities count). TLS itself is not played; the
 * client meets the server as it is after STARTTLS. A command the transcript never answers is
 * met by a closed connection, as when a server goes away.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private static final String END_OF_DATA = ".";

    private final List<String> greeting = new ArrayList<>();
    private final Map<String, List<String>> replies = new HashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final ServerSocket listener;

    private ScriptedSmtpServer(String transcript) throws IOException {
        read(transcript);
        listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(this::serve, "scripted-smtp-" + listener.getLocalPort());
        serving.setDaemon(true);
        serving.start();
    }

    static ScriptedSmtpServer replaying(String transcript) {
        try {
            return new ScriptedSmtpServer(transcript);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }

    /** The transcript up to, not including, its first line that starts with {@code prefix}. */
    static String cutBefore(String transcript, String prefix) {
        int at = transcript.indexOf("\n" + prefix);
        return at < 0 ? transcript : transcript.substring(0, at + 1);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every command the client sent, and {@code <message>} for what it sent after DATA. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    List<String> verbs() {
        return commands.stream().map(ScriptedSmtpServer::verbOf).toList();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void read(String transcript) {
        List<String> answering = greeting;
        for (String line : transcript.split("\n")) {
            if (line.startsWith("S: ")) {
                answering.add(line.substring(3));
            } else if (line.startsWith("C: ") && !line.startsWith("C: <")) {
                answering = new ArrayList<>();
                replies.put(verbOf(line.substring(3)), answering);
            }
        }
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                converse(client);
            } catch (IOException closed) {
                // The listener closed, or a client went away: either ends this conversation.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        write(out, greeting);
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String verb = verbOf(line);
            List<String> reply = replies.get(verb);
            if (reply == null && (verb.equals("RSET") || verb.equals("NOOP"))) {
                reply = List.of("250 2.0.0 OK");
            }
            if (reply == null || reply.isEmpty()) {
                return;
            }
            write(out, reply);
            if (verb.equals("QUIT") || reply.get(0).startsWith("421")) {
                return;
            }
            if (verb.equals("DATA") && reply.get(0).startsWith("354")) {
                skipMessage(in);
                commands.add("<message>");
                List<String> afterData = replies.get(END_OF_DATA);
                if (afterData == null) {
                    return;
                }
                write(out, afterData);
            }
        }
    }

    private static void skipMessage(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null && !line.equals(END_OF_DATA)) {
            // The message itself is the GreenMail tests' to check.
        }
    }

    private static void write(OutputStream out, List<String> lines) throws IOException {
        for (String line : lines) {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static String verbOf(String command) {
        String first = command.strip().split(" ", 2)[0];
        return first.toUpperCase(Locale.ROOT);
    }
}
