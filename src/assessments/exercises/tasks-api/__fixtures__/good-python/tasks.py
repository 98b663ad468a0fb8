"""Tasks API: validation, storage and HTTP handling, standard library only."""

import datetime
import json
import os
import re
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

PRIORITIES = ("low", "medium", "high")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
WHOLE_NUMBER = re.compile(r"[0-9]+", re.ASCII)
MAX_BODY = 1024 * 1024


class ValidationError(Exception):
    pass


class HttpError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def is_calendar_date(value):
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def task_fields(body, partial):
    """The fields of a new task or of a change; unknown fields are dropped."""
    if not isinstance(body, dict):
        raise ValidationError("the body must be a JSON object")
    fields = {}
    if not partial or "title" in body:
        title = body.get("title")
        if not isinstance(title, str):
            raise ValidationError("title must be a string")
        title = title.strip()
        if not 1 <= len(title) <= 200:
            raise ValidationError("title must have 1 to 200 characters")
        fields["title"] = title
    if "description" in body:
        description = body["description"]
        if description is not None and (not isinstance(description, str) or len(description) > 2000):
            raise ValidationError("description must be a string of at most 2000 characters, or null")
        fields["description"] = description
    elif not partial:
        fields["description"] = None
    if "priority" in body:
        if body["priority"] not in PRIORITIES or not isinstance(body["priority"], str):
            raise ValidationError("priority must be low, medium or high")
        fields["priority"] = body["priority"]
    elif not partial:
        fields["priority"] = "medium"
    if "dueDate" in body:
        if body["dueDate"] is not None and not is_calendar_date(body["dueDate"]):
            raise ValidationError("dueDate must be a real date written YYYY-MM-DD, or null")
        fields["dueDate"] = body["dueDate"]
    elif not partial:
        fields["dueDate"] = None
    if partial and "done" in body:
        if not isinstance(body["done"], bool):
            raise ValidationError("done must be true or false")
        fields["done"] = body["done"]
    return fields


def list_query(query_string):
    params = {key: values[-1] for key, values in parse_qs(query_string, keep_blank_values=True).items()}
    query = {"limit": 20, "offset": 0, "done": None, "priority": None}
    if "done" in params:
        if params["done"] not in ("true", "false"):
            raise ValidationError("done must be true or false")
        query["done"] = params["done"] == "true"
    if "priority" in params:
        if params["priority"] not in PRIORITIES:
            raise ValidationError("priority must be low, medium or high")
        query["priority"] = params["priority"]
    if "limit" in params:
        if not WHOLE_NUMBER.fullmatch(params["limit"]) or not 1 <= int(params["limit"]) <= 100:
            raise ValidationError("limit must be a whole number from 1 to 100")
        query["limit"] = int(params["limit"])
    if "offset" in params:
        if not WHOLE_NUMBER.fullmatch(params["offset"]):
            raise ValidationError("offset must be a whole number, 0 or more")
        query["offset"] = int(params["offset"])
    return query


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """Tasks in memory, saved to one JSON file under a lock before each change is answered."""

    def __init__(self, data_dir):
        self.path = os.path.join(data_dir, "tasks.json")
        self.lock = threading.Lock()
        self.tasks = {}
        try:
            with open(self.path, encoding="utf-8") as file:
                for task in json.load(file)["tasks"]:
                    self.tasks[task["id"]] = task
        except FileNotFoundError:
            pass

    def _save(self):
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump({"tasks": list(self.tasks.values())}, file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)

    def get(self, task_id):
        with self.lock:
            task = self.tasks.get(task_id)
            return dict(task) if task else None

    def list(self, query):
        with self.lock:
            matching = [
                task
                for task in self.tasks.values()
                if (query["done"] is None or task["done"] == query["done"])
                and (query["priority"] is None or task["priority"] == query["priority"])
            ]
        matching.sort(key=lambda task: (task["createdAt"], task["id"]))
        start = query["offset"]
        return {"items": matching[start : start + query["limit"]], "total": len(matching)}

    def create(self, fields):
        task = {"id": str(uuid.uuid4()), **fields, "done": False, "createdAt": now_iso()}
        with self.lock:
            self.tasks[task["id"]] = task
            self._save()
        return dict(task)

    def update(self, task_id, changes):
        with self.lock:
            if task_id not in self.tasks:
                return None
            self.tasks[task_id] = {**self.tasks[task_id], **changes}
            self._save()
            return dict(self.tasks[task_id])

    def delete(self, task_id):
        with self.lock:
            if self.tasks.pop(task_id, None) is None:
                return False
            self._save()
            return True


class Handler(BaseHTTPRequestHandler):
    store = None

    def log_message(self, format, *args):  # noqa: A002 - the base class names it so
        pass

    def send_json(self, status, payload=None):
        self.send_response(status)
        if payload is None:
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps(payload).encode("utf-8")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_json(self):
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise ValidationError("invalid Content-Length")
        if length > MAX_BODY:
            raise HttpError(413, "the body is larger than 1 MB")
        raw = self.rfile.read(length) if length > 0 else b""
        try:
            return json.loads(raw)
        except ValueError:
            raise ValidationError("the body is not valid JSON")

    def handle_any(self):
        try:
            self.route()
        except ValidationError as error:
            self.send_json(400, {"error": str(error)})
        except HttpError as error:
            self.send_json(error.status, {"error": str(error)})
        except Exception:  # noqa: BLE001 - an unexpected error must still answer JSON
            self.send_json(500, {"error": "something went wrong on our side"})

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = handle_any

    def route(self):
        url = urlsplit(self.path)
        segments = [segment for segment in url.path.split("/") if segment]
        method = self.command
        if segments == ["health"]:
            return self.send_json(200, {"status": "ok"})
        if not segments or segments[0] != "tasks" or len(segments) > 2:
            raise HttpError(404, "no such route")
        if len(segments) == 1:
            if method == "GET":
                return self.send_json(200, self.store.list(list_query(url.query)))
            if method == "POST":
                fields = task_fields(self.read_json(), partial=False)
                return self.send_json(201, self.store.create(fields))
            raise HttpError(405, "use GET or POST")
        task_id = unquote(segments[1])
        if method == "GET":
            task = self.store.get(task_id)
            if task is None:
                raise HttpError(404, "no task with this id")
            return self.send_json(200, task)
        if method == "PATCH":
            body = self.read_json()
            if self.store.get(task_id) is None:
                raise HttpError(404, "no task with this id")
            updated = self.store.update(task_id, task_fields(body, partial=True))
            if updated is None:
                raise HttpError(404, "no task with this id")
            return self.send_json(200, updated)
        if method == "DELETE":
            if not self.store.delete(task_id):
                raise HttpError(404, "no task with this id")
            return self.send_json(204)
        raise HttpError(405, "use GET, PATCH or DELETE")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    # The default listen backlog of 5 resets connections when dozens arrive at once.
    request_queue_size = 128


def make_server(store, port, host=""):
    handler = type("BoundHandler", (Handler,), {"store": store})
    return Server((host, port), handler)
