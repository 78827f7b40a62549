"""A stand-in OTLP/HTTP collector for the benchmark: answers every export with 200 and counts them.

Usage: python3 bench/otlp_sink.py PORTFILE COUNTFILE -- listens on a free loopback port, writes it to PORTFILE, and
on SIGTERM writes "<exports> <bytes>" of the trace exports it received to COUNTFILE.
"""
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

received = {"exports": 0, "bytes": 0}


class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/v1/traces":
            received["exports"] += 1
            received["bytes"] += len(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def main():
    port_file, count_file = sys.argv[1], sys.argv[2]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)

    def stop(*_):
        with open(count_file, "w") as out:
            out.write(f"{received['exports']} {received['bytes']}\n")
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    with open(port_file, "w") as out:
        out.write(str(server.server_address[1]))
    server.serve_forever()


main()
