#!/usr/bin/env python3
"""Peak resident memory of the real workbench in a pty (docs/benchmarks.md, issue 16).

    python3 tests/benches/tui_rss.py BINARY DB

Starts `BINARY --no-demo --db DB` in a 120x40 pty, then: 50 x `j`, `G`, Enter and Esc on a
course, Ctrl-f and `apply formula` typed; prints VmHWM/VmRSS from /proc after each step, and
quits with `q`.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

binary, db = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.execv(binary, [binary, "--no-demo", "--db", db])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))


def drain(seconds):
    """Reads (and drops) what the workbench draws for `seconds`."""
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                break


def memory(step):
    with open(f"/proc/{pid}/status") as status:
        lines = [l.split()[1] for l in status if l.startswith(("VmHWM", "VmRSS"))]
    print(f"{step:<24} VmHWM {lines[0]} kB  VmRSS {lines[1]} kB")


drain(3.0)
memory("after start")
for _ in range(50):
    os.write(fd, b"j")
    drain(0.02)
os.write(fd, b"G")
drain(1.0)
memory("after moving")
os.write(fd, b"\r")
drain(1.0)
os.write(fd, b"\x1b")
drain(0.5)
memory("after opening a course")
os.write(fd, b"\x06")
drain(0.3)
for ch in "apply formula":
    os.write(fd, ch.encode())
    drain(0.15)
drain(1.0)
memory("after searching")
os.write(fd, b"\x1b")
drain(0.3)
os.write(fd, b"q")
drain(1.0)
try:
    os.kill(pid, signal.SIGTERM)
except ProcessLookupError:
    pass
os.waitpid(pid, 0)
