"""Accounts, sessions and the login lockout. Passwords are kept only as salted scrypt hashes in
DATA_DIR/users.json; sessions and lockout counts live in memory (the brief allows losing them on a restart)."""
import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import time
import uuid
from datetime import datetime, timezone

SCRYPT = {"n": 2**14, "r": 8, "p": 1}
EMAIL_SHAPE = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


class Invalid(Exception):
    pass


def normalise_email(value):
    if not isinstance(value, str):
        raise Invalid("email must be a string")
    email = value.strip().lower()
    if len(email) > 254 or not EMAIL_SHAPE.match(email):
        raise Invalid("email must look like name@example.com")
    return email


def check_new_password(value):
    if not isinstance(value, str):
        raise Invalid("password must be a string")
    if not 10 <= len(value) <= 128:
        raise Invalid("password must be 10 to 128 characters long")
    return value


def hash_password(password, salt=None):
    salt = salt or secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **SCRYPT)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(key).decode()


def verify_password(password, stored):
    _, salt, _key = stored.split("$")
    return hmac.compare_digest(hash_password(password, base64.b64decode(salt)), stored)


DECOY = hash_password(secrets.token_urlsafe(12))


class Service:
    def __init__(self, data_dir, clock=time.monotonic):
        self.file = os.path.join(data_dir, "users.json")
        self.clock = clock
        self.lock = threading.Lock()
        self.users = {}
        self.sessions = {}
        self.failures = {}
        if os.path.exists(self.file):
            with open(self.file, encoding="utf-8") as handle:
                self.users = {user["email"]: user for user in json.load(handle)["users"]}

    def register(self, email, password):
        email, password = normalise_email(email), check_new_password(password)
        password_hash = hash_password(password)
        with self.lock:
            if email in self.users:
                return None
            user = {
                "id": str(uuid.uuid4()),
                "email": email,
                "passwordHash": password_hash,
                "createdAt": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            }
            self.users[email] = user
            self._save()
        return user

    def login(self, email, password):
        """('ok', token) | ('locked', None) | ('wrong', None)"""
        email = email.strip().lower()
        with self.lock:
            if self._locked(email):
                return "locked", None
            user = self.users.get(email)
        matches = verify_password(password, user["passwordHash"] if user else DECOY)
        with self.lock:
            if not (user and matches):
                self._failed(email)
                return "wrong", None
            self.failures.pop(email, None)
            token = secrets.token_urlsafe(32)
            self.sessions[self._digest(token)] = user["email"]
            return "ok", token

    def user_for(self, token):
        with self.lock:
            email = self.sessions.get(self._digest(token)) if token else None
            return self.users.get(email) if email else None

    def logout(self, token):
        with self.lock:
            return self.sessions.pop(self._digest(token), None) is not None

    def _locked(self, email):
        entry = self.failures.get(email)
        return bool(entry and entry["locked_until"] > self.clock())

    def _failed(self, email):
        now = self.clock()
        entry = self.failures.setdefault(email, {"times": [], "locked_until": 0})
        entry["times"] = [t for t in entry["times"] if t > now - WINDOW_SECONDS] + [now]
        if len(entry["times"]) >= MAX_FAILURES:
            entry["locked_until"] = now + WINDOW_SECONDS

    @staticmethod
    def _digest(token):
        return hashlib.sha256(token.encode()).hexdigest()

    def _save(self):
        temporary = self.file + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump({"users": list(self.users.values())}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.file)
