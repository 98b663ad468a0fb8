import json
import sys
import tempfile
import threading
import unittest
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tasks import Store, is_calendar_date, list_query, make_server, task_fields, ValidationError  # noqa: E402


class ValidationTest(unittest.TestCase):
    def test_trims_title_and_sets_defaults(self):
        self.assertEqual(
            task_fields({"title": "  Buy milk ", "extra": 1}, partial=False),
            {"title": "Buy milk", "description": None, "priority": "medium", "dueDate": None},
        )

    def test_title_limit_counts_characters(self):
        self.assertEqual(len(task_fields({"title": "é" * 200}, partial=False)["title"]), 200)
        with self.assertRaises(ValidationError):
            task_fields({"title": "é" * 201}, partial=False)

    def test_calendar_dates(self):
        self.assertTrue(is_calendar_date("2028-02-29"))
        self.assertFalse(is_calendar_date("2026-02-30"))
        self.assertFalse(is_calendar_date("20260315"))

    def test_list_query_bounds(self):
        for query in ("limit=0", "limit=101", "offset=-1", "done=yes", "priority=urgent"):
            with self.assertRaises(ValidationError, msg=query):
                list_query(query)


class HttpTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data_dir = tempfile.mkdtemp()
        cls.server = make_server(Store(cls.data_dir), 0, "127.0.0.1")
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base = f"http://127.0.0.1:{cls.server.server_address[1]}"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()

    def call(self, method, path, body=None):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request) as response:
                text = response.read()
                return response.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            text = error.read()
            return error.code, json.loads(text) if text else None

    def test_task_lifecycle(self):
        status, task = self.call("POST", "/tasks", {"title": "Write tests"})
        self.assertEqual(status, 201)
        self.assertFalse(task["done"])
        self.assertEqual(self.call("PATCH", f"/tasks/{task['id']}", {"done": True})[1]["done"], True)
        self.assertEqual(self.call("DELETE", f"/tasks/{task['id']}")[0], 204)
        self.assertEqual(self.call("GET", f"/tasks/{task['id']}")[0], 404)

    def test_invalid_json(self):
        self.assertEqual(self.call("POST", "/tasks", b'{"title":')[0], 400)

    def test_concurrent_creations_are_all_kept(self):
        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(lambda _: self.call("POST", "/tasks", {"title": "many"}), range(50)))
        self.assertEqual(len({task["id"] for _, task in results}), 50)
        self.assertGreaterEqual(Store(self.data_dir).list(list_query("limit=100"))["total"], 50)


if __name__ == "__main__":
    unittest.main()
