package io.outeract.command.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageSendRequestedEvent;
import io.outeract.contract.outbound.MessageTemplate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable queue of messages waiting to be handed to their platform. Rows are claimed with
 * SKIP LOCKED, so several servers share the queue without sending one message twice.
 */
@Component
class SendQueue {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    SendQueue(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void enqueue(MessageSendRequestedEvent requested) {
        jdbc.update("""
                INSERT INTO send_queue (message_id, connection_id, platform, external_chat_id,
                                        text, media, template, reply_to, subject, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (message_id) DO NOTHING""",
                requested.messageId(), requested.connectionId(),
                requested.platform().wireName(), requested.externalChatId(), requested.text(),
                write(requested.media()), write(requested.template()),
                requested.replyToExternalMessageId(), requested.subject(),
                Timestamp.from(requested.requestedAt()));
    }

    void postpone(UUID messageId, Instant dueAt) {
        jdbc.update("UPDATE send_queue SET due_at = ?, claimed_until = NULL WHERE message_id = ?",
                Timestamp.from(dueAt), messageId);
    }

    void remove(UUID messageId) {
        jdbc.update("DELETE FROM send_queue WHERE message_id = ?", messageId);
    }

    /** Claims up to {@code limit} due rows for {@code lease}; each claim counts an attempt. */
    List<QueuedSend> claimDue(int limit, Duration lease) {
        return jdbc.query("""
                UPDATE send_queue AS queued
                SET claimed_until = now() + ?::interval, attempts = queued.attempts + 1
                FROM (SELECT message_id, claimed_until IS NOT NULL AS interrupted
                      FROM send_queue
                      WHERE due_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY due_at
                      LIMIT ?
                      FOR UPDATE SKIP LOCKED) AS due
                WHERE queued.message_id = due.message_id
                RETURNING queued.message_id, queued.connection_id, queued.platform,
                          queued.external_chat_id, queued.text, queued.media, queued.template,
                          queued.reply_to, queued.subject,
                          queued.attempts, due.interrupted""",
                (row, index) -> new QueuedSend(
                        row.getObject("message_id", UUID.class),
                        row.getObject("connection_id", UUID.class),
                        Platform.fromWireName(row.getString("platform")),
                        row.getString("external_chat_id"),
                        row.getString("text"),
                        read(row.getString("media"), MediaReference.class),
                        read(row.getString("template"), MessageTemplate.class),
                        row.getString("reply_to"),
                        row.getString("subject"),
                        row.getInt("attempts"),
                        row.getBoolean("interrupted")),
                lease.toMillis() + " milliseconds", limit);
    }

    /** When the next row falls due, so the dispatcher can sleep until then. */
    Instant nextDueAt() {
        List<Timestamp> next = jdbc.query(
                "SELECT min(due_at) FROM send_queue WHERE claimed_until IS NULL",
                (row, index) -> row.getTimestamp(1));
        return next.isEmpty() || next.get(0) == null ? null : next.get(0).toInstant();
    }

    private String write(Object content) {
        try {
            return content == null ? null : json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A queued message's content cannot be written", e);
        }
    }

    private <T> T read(String content, Class<T> type) {
        try {
            return content == null ? null : json.readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A queued message's content cannot be read", e);
        }
    }
}
