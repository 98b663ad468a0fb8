import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from accounts import Invalid, Service, hash_password, normalise_email, verify_password  # noqa: E402


class Rules(unittest.TestCase):
    def test_hashes_are_salted(self):
        first, second = hash_password("correct horse"), hash_password("correct horse")
        self.assertNotEqual(first, second)
        self.assertTrue(verify_password("correct horse", first))
        self.assertFalse(verify_password("correct horsf", first))

    def test_email_rules(self):
        self.assertEqual(normalise_email("  Ann@Example.COM "), "ann@example.com")
        for bad in ["ann", "ann@example", "@example.com", "a b@example.com", "ann@@example.com"]:
            with self.assertRaises(Invalid):
                normalise_email(bad)


class Accounts(unittest.TestCase):
    def setUp(self):
        self.now = 0.0
        self.data_dir = tempfile.mkdtemp()
        self.service = Service(self.data_dir, clock=lambda: self.now)

    def test_password_is_not_stored(self):
        self.service.register("kim@example.com", "Sapphire-Teacup-42")
        with open(os.path.join(self.data_dir, "users.json"), encoding="utf-8") as handle:
            self.assertNotIn("Sapphire-Teacup-42", handle.read())

    def test_lockout_after_five_failures(self):
        self.service.register("kim@example.com", "Sapphire-Teacup-42")
        for _ in range(5):
            self.assertEqual(self.service.login("kim@example.com", "wrong password")[0], "wrong")
        self.assertEqual(self.service.login("kim@example.com", "Sapphire-Teacup-42")[0], "locked")
        self.now += 15 * 60 + 1
        self.assertEqual(self.service.login("kim@example.com", "Sapphire-Teacup-42")[0], "ok")

    def test_logout_ends_the_session(self):
        self.service.register("kim@example.com", "Sapphire-Teacup-42")
        _, token = self.service.login("kim@example.com", "Sapphire-Teacup-42")
        self.assertIsNotNone(self.service.user_for(token))
        self.assertTrue(self.service.logout(token))
        self.assertIsNone(self.service.user_for(token))


if __name__ == "__main__":
    unittest.main()
