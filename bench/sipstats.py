#!/usr/bin/env python3
"""CPU cost of SIP message statistics (PID org.voxgate.sip, message.statistics) and of the message trace.

Starts one gateway (port 25810), warms it up, then runs ROUNDS rounds; each round measures every mode in turn:
SIPp sends MESSAGES OPTIONS over UDP at RATE/s, answered 200 by the call core, and the gateway's CPU time
(utime+stime from /proc) over the run is divided by the number of OPTIONS. Modes: statistics off, statistics
on (the default), statistics on + `debug ccsip messages` (trace to the log). Modes are switched live through
<home>/etc/org.voxgate.sip.cfg (FileInstall) and voxgate-cli. Prints per-mode medians (microseconds of gateway
CPU per OPTIONS transaction = 2 messages).

usage: bench/sipstats.py [ROUNDS] [MESSAGES] [RATE]   (default 5 20000 2000; needs runtime/target/voxgate and sipp)
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "runtime", "target", "voxgate", "bin")
SCENARIO = os.path.join(ROOT, "itests", "dist", "src", "test", "resources", "sipp", "options.xml")
PORT, SIPP_PORT = 25810, 25811
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
MESSAGES = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
RATE = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    # the JVM is a child of the bin/voxgate shell (exec'd: same pid)
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def cli(home, command):
    subprocess.run([os.path.join(BIN, "voxgate-cli"), "--home", home, command], check=True,
                   stdout=subprocess.DEVNULL, timeout=30)


def sipp(n):
    subprocess.run(["sipp", "127.0.0.1:%d" % PORT, "-sf", SCENARIO, "-m", str(n), "-r", str(RATE), "-t", "u1",
                    "-i", "127.0.0.1", "-p", str(SIPP_PORT), "-nostdin", "-timeout", "120", "-timeout_error"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def mode(home, name):
    with open(os.path.join(home, "etc", "org.voxgate.sip.cfg"), "w") as f:
        f.write("message.statistics=%s\n" % ("false" if name == "off" else "true"))
    cli(home, "debug ccsip messages" if name == "trace" else "undebug all")
    time.sleep(2.5)  # FileInstall polls every second


def main():
    tmp = tempfile.mkdtemp(prefix="voxgate-sipstats-")
    home = os.path.join(tmp, "home")
    conf = os.path.join(tmp, "bench.conf")
    open(conf, "w").write("voice service voip\n sip\n  listen-port non-secure %d\n" % PORT)
    proc = subprocess.Popen([os.path.join(BIN, "voxgate"), "--home", home, "--config", conf],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {"off": [], "on": [], "trace": []}
    try:
        deadline = time.monotonic() + 60
        while not os.path.exists(os.path.join(home, "run", "cli.sock")):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("gateway did not start")
            time.sleep(0.2)
        time.sleep(2)
        sipp(MESSAGES)  # warm-up: JIT
        for r in range(ROUNDS):
            for name in ("off", "on", "trace"):
                mode(home, name)
                before = cpu_seconds(proc.pid)
                sipp(MESSAGES)
                us = (cpu_seconds(proc.pid) - before) * 1e6 / MESSAGES
                results[name].append(us)
                print("round %d %-5s %.1f us CPU per OPTIONS" % (r + 1, name, us), flush=True)
        for name, v in results.items():
            print("%-5s median %.1f us (min %.1f, max %.1f) over %d runs" % (name, statistics.median(v), min(v), max(v), len(v)))
        off, on = statistics.median(results["off"]), statistics.median(results["on"])
        print("statistics overhead: %.1f us per OPTIONS (%.1f%%)" % (on - off, 100 * (on - off) / off))
    finally:
        proc.terminate()
        proc.wait(30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
