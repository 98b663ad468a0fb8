"""HTTP for the login system: register, log in, who am I, log out. Errors are JSON {"error": ...}."""
import json
import os
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from accounts import Invalid, Service

WRONG = "the e-mail address or the password is wrong"
BEARER = re.compile(r"^Bearer ([\w-]+)$")
MAX_BODY = 64 * 1024


def present(user):
    return {"id": user["id"], "email": user["email"], "createdAt": user["createdAt"]}


class Handler(BaseHTTPRequestHandler):
    service = None
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, payload=None):
        body = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        if payload is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise Invalid("the body is too large")
        try:
            value = json.loads(self.rfile.read(length) or b"null")
        except ValueError:
            raise Invalid("the body is not valid JSON")
        if not isinstance(value, dict):
            raise Invalid("the body must be a JSON object")
        return value

    def token(self):
        match = BEARER.match(self.headers.get("Authorization") or "")
        return match.group(1) if match else None

    def do_GET(self):
        if self.path == "/health":
            return self.send(200, {"status": "ok"})
        if self.path == "/me":
            user = self.service.user_for(self.token())
            return self.send(200, present(user)) if user else self.unauthorised()
        self.send(404, {"error": "no such endpoint"})

    def do_POST(self):
        try:
            if self.path == "/register":
                body = self.body()
                user = self.service.register(body.get("email"), body.get("password"))
                if user is None:
                    return self.send(409, {"error": "an account with this e-mail address exists already"})
                return self.send(201, present(user))
            if self.path == "/login":
                body = self.body()
                email, password = body.get("email"), body.get("password")
                if not isinstance(email, str) or not isinstance(password, str):
                    raise Invalid("email and password are required")
                outcome, token = self.service.login(email, password)
                if outcome == "locked":
                    return self.send(429, {"error": "too many failed attempts: try again later"})
                if outcome == "wrong":
                    return self.send(401, {"error": WRONG})
                return self.send(200, {"token": token})
            if self.path == "/logout":
                token = self.token()
                if not token or not self.service.logout(token):
                    return self.unauthorised()
                return self.send(204)
            self.send(404, {"error": "no such endpoint"})
        except Invalid as error:
            self.send(400, {"error": str(error)})

    def unauthorised(self):
        self.send(401, {"error": "sign in first: send Authorization: Bearer <token>"})


def main():
    data_dir = os.environ.get("DATA_DIR", "./data")
    os.makedirs(data_dir, exist_ok=True)
    Handler.service = Service(data_dir)
    server = ThreadingHTTPServer(("0.0.0.0", int(os.environ.get("PORT", "3000"))), Handler)
    server.serve_forever()


if __name__ == "__main__":
    main()
