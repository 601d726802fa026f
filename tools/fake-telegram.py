#!/usr/bin/env python3
"""A stand-in for the Telegram Bot API on loopback, for trying Outeract without Telegram.

It answers getMe, setWebhook, deleteWebhook and sendMessage the way Telegram does, for any
token shaped like a bot token, and prints each call it gets (never the token). Run it, then
start Outeract with OUTERACT_TELEGRAM_BASE_URL=http://127.0.0.1:8081.
"""
import http.server
import json
import re
import sys
import threading
import time

TOKEN_PATH = re.compile(r"^/bot(\d+):[A-Za-z0-9_-]+/(\w+)$")
next_message_id = [1000]
lock = threading.Lock()


class FakeTelegram(http.server.BaseHTTPRequestHandler):
    # Keep-alive, as Telegram's servers do, so clients may reuse their connections.
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        match = TOKEN_PATH.match(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if not match:
            return self.answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        bot_id, method = int(match.group(1)), match.group(2).lower()
        with lock:
            sys.stdout.write(f"fake telegram: {method} for bot {bot_id}\n")
            sys.stdout.flush()
        if method == "getme":
            return self.answer(200, {"ok": True, "result": {
                "id": bot_id, "is_bot": True, "first_name": "Demo bot",
                "username": f"demo_{bot_id}_bot"}})
        if method in ("setwebhook", "deletewebhook"):
            return self.answer(200, {"ok": True, "result": True,
                                     "description": "Webhook was set"})
        if method == "sendmessage":
            with lock:
                next_message_id[0] += 1
                message_id = next_message_id[0]
            chat = body.get("chat_id")
            return self.answer(200, {"ok": True, "result": {
                "message_id": message_id, "date": int(time.time()),
                "chat": {"id": chat, "type": "private"},
                "from": {"id": bot_id, "is_bot": True, "first_name": "Demo bot"},
                "text": body.get("text", "")}})
        return self.answer(404, {"ok": False, "error_code": 404,
                                 "description": "Not Found: method not found"})

    do_GET = do_POST

    def answer(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8081
    print(f"fake telegram listening on http://127.0.0.1:{port}", flush=True)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), FakeTelegram).serve_forever()
