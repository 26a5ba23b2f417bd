#!/usr/bin/env python3
"""Start-up time of the built distribution, measured from outside the process.

For each run: spawn bin/voxgate, send a SIP OPTIONS over UDP to 127.0.0.1 every 10 ms, and stop the clock at
the first 200 OK. "first start" runs use a new home (the framework cache is built from the install);
"restart" runs reuse the home of the previous run (cache reused). Bounded: RUNS runs of each kind, each
at most 30 s; every gateway started is stopped (SIGTERM) before the next run.

usage: bench/startup.py [RUNS]    (default 5; needs runtime/target/voxgate from the README build command)
The gateway listens on 127.0.0.1:15990 (STARTUP_PORT in the environment overrides it). bench/run imports
measure() from here for its cold-start row.
"""
import os, random, shutil, signal, socket, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOXGATE = os.path.join(ROOT, "runtime", "target", "voxgate", "bin", "voxgate")
PORT = int(os.environ.get("STARTUP_PORT", "15990"))
CONFIG = "voice service voip\n sip\n  listen-port non-secure %d\n"


def options(sock, port):
    n = random.getrandbits(48)
    lp = sock.getsockname()[1]
    msg = ("OPTIONS sip:ping@127.0.0.1:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK%x;rport\r\n"
           "From: <sip:bench@127.0.0.1:%d>;tag=%x\r\nTo: <sip:ping@127.0.0.1:%d>\r\nCall-ID: %x@bench\r\n"
           "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n") % (port, lp, n, lp, n, port, n)
    sock.sendto(msg.encode(), ("127.0.0.1", port))


def one_run(home, config_file):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.01)
    t0 = time.monotonic()
    proc = subprocess.Popen([VOXGATE, "--home", home, "--config", config_file], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - t0 < 30:
            if proc.poll() is not None:
                raise SystemExit("bin/voxgate exited with %d; see %s/log" % (proc.returncode, home))
            options(sock, PORT)
            try:
                if sock.recv(65535).startswith(b"SIP/2.0 200"):
                    return time.monotonic() - t0
            except (socket.timeout, ConnectionRefusedError):
                pass
        raise SystemExit("no 200 OK within 30 s")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        sock.close()


def measure(runs, work=None):
    """(first, again): seconds to ready of RUNS first starts (new home) and RUNS restarts (home reused)."""
    if not os.access(VOXGATE, os.X_OK):
        raise SystemExit("build first: " + VOXGATE + " is missing")
    own = work is None
    work = work or tempfile.mkdtemp(prefix="voxgate-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        config_file = os.path.join(work, "startup.conf")
        with open(config_file, "w") as f:
            f.write(CONFIG % PORT)
        first, again = [], []
        for i in range(runs):
            home = os.path.join(work, "startup-home%d" % i)
            first.append(one_run(home, config_file))
            again.append(one_run(home, config_file))
        return first, again
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)


def main():
    first, again = measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    print("| start | runs | median (s) | min (s) | max (s) |")
    print("|---|---|---|---|---|")
    for name, xs in (("first start (new home)", first), ("restart (existing home)", again)):
        print("| %s | %d | %.2f | %.2f | %.2f |" % (name, len(xs), statistics.median(xs), min(xs), max(xs)))


if __name__ == "__main__":
    main()
