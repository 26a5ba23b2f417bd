#!/usr/bin/env python3
"""CPU per REGISTER of Voxgate's SRST registrar at a fixed rate, after a warm-up, with the split by thread.

    bench/regcpu.py [--rate 8000] [--users 40000] [--rounds 3] [--dist DIR]

One Voxgate (the bench/run registrar configuration), warmed up (2,000/s and 8,000/s, every user registered and
unregistered), then ROUNDS rounds: every user registers once at RATE (measured), then unregisters (not measured).
Prints per round the process CPU (/proc utime+stime of the JVM) per REGISTER answered, user and system apart, and
the eight busiest thread kinds. All on 127.0.0.1, bounded in count and time; stops what it started."""
import argparse, collections, importlib.machinery, importlib.util, os, re, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
_l = importlib.machinery.SourceFileLoader("bench_run", os.path.join(HERE, "run"))
_s = importlib.util.spec_from_loader("bench_run", _l); br = importlib.util.module_from_spec(_s); _l.exec_module(br)


def threads(pids):
    """thread kind (name with digits folded) -> (user ticks, system ticks), summed."""
    d = collections.defaultdict(lambda: [0, 0])
    for pid in pids:
        for t in os.listdir("/proc/%d/task" % pid):
            try:
                x = open("/proc/%d/task/%s/stat" % (pid, t)).read()
            except OSError:
                continue
            name = re.sub(r"\d+", "N", x[x.index("(") + 1:x.rindex(")")])
            f = x[x.rindex(")") + 2:].split()
            d[(t, name)][0] += int(f[11]); d[(t, name)][1] += int(f[12])
    return d


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=int, default=8000)
    ap.add_argument("--users", type=int, default=40000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dist", help="a Voxgate distribution other than runtime/target/voxgate (an older build)")
    a = ap.parse_args()
    if a.dist:
        br.VOXGATE = os.path.join(a.dist, "bin", "voxgate"); br.VOXGATE_CLI = os.path.join(a.dist, "bin", "voxgate-cli")
    out = tempfile.mkdtemp(prefix="voxgate-regcpu-")
    h = br.Harness(out, dict(br.FULL), False)
    users = br.write_users(os.path.join(out, "users.csv"), a.users)
    vox = br.Voxgate(h, "regcpu", extra_config=br.VOX_REGISTRAR_CONFIG).start()
    per_reg = []
    try:
        vox.install_srst()
        for i, (rate, count) in enumerate([(2000, 10000), (8000, 24000), (8000, a.users)]):
            for xml, tag in ((br.REG_XML, "w%d" % i), (br.UNREG_XML, "w%du" % i)):
                br.run_uac(h, os.path.join(out, tag), vox.port, rate, min(count, a.users), mid=vox, scenario=xml,
                           extra=["-inf", users])
        for r in range(a.rounds):
            before = threads(vox.pids())
            st = br.run_uac(h, os.path.join(out, "m%d" % r), vox.port, a.rate, a.users, mid=vox, scenario=br.REG_XML,
                            extra=["-inf", users])
            after = threads(vox.pids())
            ok = max(1, st.get("ok") or 1)
            kinds = collections.defaultdict(lambda: [0, 0])
            for key, (u, s) in after.items():
                u0, s0 = before.get(key, (0, 0))
                kinds[key[1]][0] += u - u0; kinds[key[1]][1] += s - s0
            us = lambda ticks: ticks * 1e6 / br.HZ / ok
            user = sum(v[0] for v in kinds.values()); system = sum(v[1] for v in kinds.values())
            per_reg.append(us(user + system))
            print("round %d: ok=%s failed=%s retrans=%s wall=%.1f s; CPU per REGISTER %.0f µs (user %.0f, system %.0f)"
                  % (r + 1, st.get("ok"), st.get("failed"), st.get("retrans"), st["wall"], per_reg[-1], us(user),
                     us(system)), flush=True)
            for name, (u, s) in sorted(kinds.items(), key=lambda kv: -sum(kv[1]))[:8]:
                print("    %-24s user %5.1f  system %5.1f µs" % (name, us(u), us(s)))
            br.run_uac(h, os.path.join(out, "mu%d" % r), vox.port, 10000, a.users, mid=vox, scenario=br.UNREG_XML,
                       extra=["-inf", users])
    finally:
        vox.stop()
    print("CPU per REGISTER, µs, by round: %s" % ", ".join("%.0f" % x for x in per_reg))


if __name__ == "__main__":
    main()
