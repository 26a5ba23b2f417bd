#!/usr/bin/env python3
"""CPU time and allocation per call of Voxgate at a steady, modest rate: figures that hold on a shared machine.

usage: bench/percall.py [--rate 200] [--warm 20] [--seconds 10] [--rounds 3] [--jfr] [--dist DIR] [--out DIR]
                        [--sip "key=value;key=value"]

Uses bench/run's harness (same ports, configuration, SIPp scenarios; everything stopped by PID at the end): one
SIPp UAS, one Voxgate, a warm-up of WARM seconds at RATE calls/s (not judged), then ROUNDS runs of SECONDS at RATE.
Per round: calls completed and failed, retransmissions, Voxgate CPU time (utime+stime from /proc) per completed
call, other processes' CPU, and bytes allocated per completed call, exact to the G1 log's MB resolution: heap
used at the end minus at the start (jcmd GC.heap_info) plus what each young/mixed/full collection in between
freed (-Xlog:gc, through VOXGATE_JAVA_OPTS), and that collections' count and pause sum. --jfr: one more round
under JFR (settings=profile) for the hot spots; its figures are not counted (JFR costs CPU). Medians at the end.
"""
import argparse
import importlib.machinery
import importlib.util
import os
import re
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
_loader = importlib.machinery.SourceFileLoader("bench_run", os.path.join(HERE, "run"))
_spec = importlib.util.spec_from_loader("bench_run", _loader)
br = importlib.util.module_from_spec(_spec)
_loader.exec_module(br)


def heap_used_kb(vox):
    m = re.search(r"heap\s+total \d+K, used (\d+)K", vox.jcmd("GC.heap_info"))
    return int(m.group(1)) if m else None


def gc_lines(path):
    try:
        with open(path) as f:
            return [x for x in f if "Pause" in x or "Concurrent" in x]
    except OSError:
        return []


def parse_gc(line):
    """(KB before, KB after, pause ms) of one -Xlog:gc line with 'A->B(C)'; None for lines without."""
    m = re.search(r"(\d+)([KMG])->(\d+)([KMG])\(\d+[KMG]\)\s+([\d.]+)ms", line)
    if not m:
        return None
    k = {"K": 1, "M": 1024, "G": 1024 * 1024}
    return int(m.group(1)) * k[m.group(2)], int(m.group(3)) * k[m.group(4)], float(m.group(5))


def held(h, vox, uas, a, out):
    time.sleep(35)   # the warm-up's transactions and dialogs out of the baseline (Timer J)
    base = vox.heap_used_kb_after_gc()

    if a.jfr:   # old-object samples with their paths to GC roots: what holds held and ended calls
        h.log(vox.jcmd("JFR.start", "name=old", "settings=" + a.jfr, "path-to-gc-roots=true").strip(), echo=False)

    def measure():
        r = dict(heap_kb=vox.heap_used_kb_after_gc(), legs=vox.legs())
        with open(os.path.join(out, "held-histogram.txt"), "w") as f:
            f.write(vox.jcmd("GC.class_histogram"))
        if a.jfr:
            vox.jcmd("JFR.dump", "name=old", "filename=" + os.path.join(out, "held.jfr"))
        return r
    s = br.hold_round(h, os.path.join(out, "held"), vox, a.rate, a.held, 2, 3, uas, measure)
    time.sleep(1)
    after0 = vox.heap_used_kb_after_gc()
    with open(os.path.join(out, "ended-histogram.txt"), "w") as f:
        f.write(vox.jcmd("GC.class_histogram"))
    if a.jfr:
        vox.jcmd("JFR.dump", "name=old", "filename=" + os.path.join(out, "ended.jfr"))
    decay = {}
    t0 = time.time()
    for at in (5, 10, 15, 20, 25, 30):   # seconds after the first sample: how the ended calls' state decays
        time.sleep(max(0, t0 + at - time.time()))
        decay[at + 1] = round(((vox.heap_used_kb_after_gc() or 0) - base) * 1024 / a.held)
    time.sleep(max(0, t0 + 35 - time.time()))
    after35 = vox.heap_used_kb_after_gc()
    n = (s.get("legs") or 0) // 2
    r = dict(held=n, base_heap_kb=base, held_heap_kb=s.get("heap_kb"), ok=s.get("ok"), failed=s.get("failed"),
             heap_per_held_call_b=round((s["heap_kb"] - base) * 1024 / n) if n and s.get("heap_kb") else None,
             heap_per_ended_call_b_at_1s=round((after0 - base) * 1024 / a.held) if after0 else None,
             heap_per_ended_call_b_at_36s=round((after35 - base) * 1024 / a.held) if after35 else None,
             heap_per_ended_call_b_by_second=decay)
    h.record(test="held", rate=a.rate, **r)
    print("held %d calls at %d/s: %s; load %s" % (a.held, a.rate, r, open("/proc/loadavg").read().split()[0]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=int, default=200)
    ap.add_argument("--warm", type=int, default=20)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jfr", nargs="?", const="profile", metavar="SETTINGS",
                    help="one more round under JFR with these settings (default: profile; or a .jfc path)")
    ap.add_argument("--held", type=int, metavar="N",
                    help="instead of the rounds: heap per held call (N calls held, after a full GC), then live heap "
                         "per ended call right after they all end and 35 s later (JAIN-SIP's Timer J)")
    ap.add_argument("--dist", help="a Voxgate distribution other than runtime/target/voxgate (to compare builds)")
    ap.add_argument("--out")
    ap.add_argument("--sip", metavar="KEY=VALUE;...",
                    help="etc/org.voxgate.sip.cfg for the Voxgate under test, e.g. \"overload.delay.ms=200\"")
    a = ap.parse_args()
    if a.dist:
        br.VOXGATE = os.path.join(os.path.abspath(a.dist), "bin", "voxgate")
        br.VOXGATE_CLI = os.path.join(os.path.abspath(a.dist), "bin", "voxgate-cli")
    out = a.out or tempfile.mkdtemp(prefix="voxgate-percall-")
    os.makedirs(out, exist_ok=True)
    prof = dict(br.FULL)
    prof["budget_s"] = a.warm + (a.seconds + 40) * a.rounds + 60
    h = br.Harness(out, prof, False)
    gclog = os.path.join(out, "gc.log")
    os.environ["VOXGATE_JAVA_OPTS"] = (os.environ.get("VOXGATE_JAVA_OPTS", "") + " -Xlog:gc:file=" + gclog).strip()
    h.log("percall: out=%s rate=%d warm=%ds rounds=%dx%ds load=%s" % (
        out, a.rate, a.warm, a.rounds, a.seconds, open("/proc/loadavg").read().split()[0]))
    rows = []
    try:
        uas = br.Uas(h, os.path.join(out, "uas")).start()
        etc = {"org.voxgate.sip.cfg": "\n".join(a.sip.split(";")) + "\n"} if a.sip else None
        vox = br.Voxgate(h, "percall", etc=etc).start()
        left = a.warm
        i = 0
        while left > 0:
            s = min(10, left)
            st = br.run_uac(h, os.path.join(out, "warm%d" % i), br.P_VOX, a.rate, a.rate * s, mid=vox, uas=uas)
            h.log("warm-up %d/s %ds: ok=%s failed=%s" % (a.rate, s, st.get("ok"), st.get("failed")))
            left -= s
            i += 1
        if a.held:
            held(h, vox, uas, a, out)
            return 0
        for r in range(1, a.rounds + (2 if a.jfr else 1)):
            jfr = None
            used0, gc0 = heap_used_kb(vox), gc_lines(gclog)
            if r > a.rounds:
                jfr = os.path.join(out, "round%d.jfr" % r)
                h.log(vox.jcmd("JFR.start", "name=percall", "settings=" + a.jfr, "filename=" + jfr).strip(),
                      echo=False)
            st = br.run_uac(h, os.path.join(out, "round%d" % r), br.P_VOX, a.rate, a.rate * a.seconds, mid=vox,
                            uas=uas)
            ok = st.get("ok", 0) or 0
            used1, gc1 = heap_used_kb(vox), gc_lines(gclog)
            gcs = [parse_gc(x) for x in gc1[len(gc0):]]
            gcs = [x for x in gcs if x]
            freed_kb = sum(b - a_ for b, a_, _ in gcs)
            row = dict(round=r, ok=ok, failed=st.get("failed"), retrans=st.get("retrans"),
                       cpu_us_per_call=round(st["cpu_mid"] / 100.0 * st["wall"] / ok * 1e6) if ok else None,
                       cpu_mid=st["cpu_mid"], cpu_other=st["cpu_other"],
                       alloc_kb_per_call=round((used1 - used0 + freed_kb) / ok, 1) if ok and used0 and used1 else None,
                       gcs=len(gcs), gc_pause_ms=round(sum(p for _, _, p in gcs)))
            if jfr:
                vox.jcmd("JFR.stop", "name=percall")
                for _ in range(100):
                    if os.path.exists(jfr) and os.path.getsize(jfr) > 0:
                        break
                    time.sleep(0.2)
                row["jfr"] = jfr
            rows.append(row)
            h.record(test="percall", rate=a.rate, **row)
            h.log("round %d: %s" % (r, row))
    finally:
        h.cleanup()
    counted = [x for x in rows if not x.get("jfr")]
    cpu = [x["cpu_us_per_call"] for x in counted if x["cpu_us_per_call"]]
    al = [x["alloc_kb_per_call"] for x in counted if x["alloc_kb_per_call"]]
    print("percall rate=%d/s rounds=%d: CPU us/call median %s (min %s, max %s); alloc KB/call median %s (%s-%s); "
          "GCs %s, pauses ms %s; other CPU %% %s; failed %s; retrans %s; load %s" % (
              a.rate, len(counted), statistics.median(cpu) if cpu else None, min(cpu) if cpu else None,
              max(cpu) if cpu else None, statistics.median(al) if al else None, min(al) if al else None,
              max(al) if al else None, [x["gcs"] for x in counted], [x["gc_pause_ms"] for x in counted],
              [x["cpu_other"] for x in counted], [x["failed"] for x in counted], [x["retrans"] for x in counted],
              open("/proc/loadavg").read().split()[0]))
    if rows and rows[-1].get("jfr"):
        print(br.jfr_report(rows[-1]["jfr"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
