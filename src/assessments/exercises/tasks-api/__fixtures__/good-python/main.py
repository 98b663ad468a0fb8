import os

from tasks import Store, make_server

if __name__ == "__main__":
    data_dir = os.environ.get("DATA_DIR", "./data")
    os.makedirs(data_dir, exist_ok=True)
    server = make_server(Store(data_dir), int(os.environ.get("PORT", "3000")))
    print(f"tasks-api listening on {server.server_address[1]}", flush=True)
    server.serve_forever()
