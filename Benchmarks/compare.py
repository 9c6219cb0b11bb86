#!/usr/bin/env python3
"""pingdian, less and vim side by side in the same tmux terminal (run by Benchmarks/compare.sh).

  compare.py generate ESSAY BYTES OUT     the essay repeated, numbered, to at least BYTES of UTF-8
  compare.py measure [options] FILE...    time each program on each file; print Markdown tables

Each run starts a private tmux server whose 100x30 pane waits on a FIFO, then releases it and
times, with a clock started just before the release:
  (a) first screen: until the pane shows the start of the file's first paragraph;
  (b) G: from sending G until the pane shows the end of the file's last paragraph.
The pane is read through one tmux control-mode client (`tmux -C`), so polling every 2 ms starts
no process. Rows are compared with the white space removed and joined, so that a string split by
a line wrap is still found; anything right of pingdian's divider (the annotation pane) is cut off.
The program's peak resident memory (VmHWM) is read from /proc before the server is killed.
Standard library only.
"""

import argparse
import json
import os
import platform
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time

COLUMNS, ROWS = 100, 30
POLL_SECONDS = 0.002
SETTLE_SECONDS = 0.3
# The characters that make a line blank, as pingdian's TextDocument counts them.
BLANK = " \t\r\x0b\x0c\xa0\u3000\ufeff" + "".join(chr(c) for c in range(0x2000, 0x200C))
NEEDLE_LENGTH = 12


# --- texts -------------------------------------------------------------------------------------

def essay_paragraphs(path):
    """The non-blank lines of a UTF-8 text (BOM dropped, CRLF as LF), as pingdian splits them."""
    text = open(path, "rb").read().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n")
    return [line for line in text.split("\n") if line.strip(BLANK)]


def generate(essay, target, out):
    """The essay repeated until `target` bytes, each paragraph and sentence numbered: the same
    bytes as Benchmarks/Reader/Texts.swift makes (`〔copy·paragraph〕`, `〔copy·paragraph·sentence〕`)."""
    paragraphs = essay_paragraphs(essay)
    written, copy = 0, 0
    with open(out, "wb") as file:
        while written < target:
            copy += 1
            lines = []
            for index, paragraph in enumerate(paragraphs):
                parts, sentence = [f"〔{copy}·{index}〕"], 0
                for character in paragraph:
                    parts.append(character)
                    if character == "。":
                        sentence += 1
                        parts.append(f"〔{copy}·{index}·{sentence}〕")
                lines.append("".join(parts) + "\n")
            data = "".join(lines).encode("utf-8")
            file.write(data)
            written += len(data)


def squeeze(text):
    """The text without white space."""
    return "".join(character for character in text if not character.isspace())


def needles(path):
    """A string from the start of the first paragraph and one from the end of the last."""
    with open(path, "rb") as file:
        head = file.read(4096).decode("utf-8", "ignore")
        file.seek(max(0, os.path.getsize(path) - 4096))
        tail = file.read().decode("utf-8", "ignore")
    first = next(line for line in head.lstrip("\ufeff").split("\n") if line.strip(BLANK))
    last = [line for line in tail.split("\n") if line.strip(BLANK)][-1]
    return squeeze(first)[:NEEDLE_LENGTH], squeeze(last)[-NEEDLE_LENGTH:]


# --- tmux ----------------------------------------------------------------------------------------

class Control:
    """A tmux control-mode client: commands go in on its standard input, each command's output
    comes back between `%begin` and `%end` lines with the same tag."""

    def __init__(self, socket, session):
        self.process = subprocess.Popen(
            ["tmux", "-S", socket, "-C", "attach-session", "-t", session],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.fd = self.process.stdout.fileno()
        self.buffer = b""
        deadline = time.monotonic() + 10
        while not self._line(deadline).startswith(b"%session-changed"):  # attached
            pass
        self.command("refresh-client -f no-output")

    def _line(self, deadline):
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("tmux did not answer")
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise EOFError("the tmux control client ended")
                self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def command(self, text, timeout=10.0):
        """Runs one tmux command and returns its output lines."""
        self.process.stdin.write(text.encode() + b"\n")
        self.process.stdin.flush()
        deadline = time.monotonic() + timeout
        while True:  # notifications and the attach's own block come first
            line = self._line(deadline)
            if line.startswith(b"%begin ") and line.endswith(b" 1"):
                tag = line[len(b"%begin "):]
                break
        output = []
        while True:
            line = self._line(deadline)
            if line == b"%end " + tag:
                return [row.decode("utf-8", "replace") for row in output]
            if line == b"%error " + tag:
                raise RuntimeError(f"tmux {text}: {b' '.join(output).decode('utf-8', 'replace')}")
            output.append(line)

    def close(self):
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def screen_text(rows):
    """The screen's text with white space removed, rows joined, pingdian's annotation pane cut off."""
    return "".join(squeeze(row.split("│", 1)[0]) for row in rows)


def wait_for(control, needle, start, timeout):
    """Seconds from `start` until the pane shows `needle`; None after `timeout`."""
    while True:
        if needle in screen_text(control.command("capture-pane -p -t cmp")):
            return time.perf_counter() - start
        if time.perf_counter() - start > timeout:
            return None
        time.sleep(POLL_SECONDS)


def peak_resident_kilobytes(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def wait_gone(pid, timeout):
    """Waits for a process that is not our child to end; kills it after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_once(argv, first, last, timeout):
    """One run of `argv` in a fresh 100x30 tmux server: first-screen and G times, peak memory."""
    directory = tempfile.mkdtemp(prefix="pingdian-compare-run-")
    socket, gate = os.path.join(directory, "tmux"), os.path.join(directory, "go")
    home = os.path.join(directory, "home")
    os.mkfifo(gate)
    os.mkdir(home)
    environment = ["env", "-i", "PATH=/usr/local/bin:/usr/bin:/bin", f"HOME={home}", "TERM=tmux-256color",
                   "LANG=C.UTF-8", f"XDG_DATA_HOME={home}/data", "LESSHISTFILE=-"]
    # The pane waits on the FIFO, then becomes the program (exec: the pane's pid is the program's).
    subprocess.run(["tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", "cmp",
                    "-x", str(COLUMNS), "-y", str(ROWS), "--"] + environment
                   + ["sh", "-c", 'read go < "$0"; exec "$@"', gate] + argv, check=True)
    result = {"first": None, "G": None, "peakKB": None}
    control, pid = None, None
    try:
        control = Control(socket, "cmp")
        size = control.command("display-message -p -t cmp '#{window_width}x#{window_height}'")[0]
        if size != f"{COLUMNS}x{ROWS}":
            raise RuntimeError(f"the pane is {size}, not {COLUMNS}x{ROWS}")
        pid = int(control.command("display-message -p -t cmp '#{pane_pid}'")[0])
        with open(gate, "w") as release:  # opens once the pane's shell waits on the FIFO
            start = time.perf_counter()
            release.write("go\n")
        result["first"] = wait_for(control, first, start, timeout)
        if result["first"] is not None:
            time.sleep(SETTLE_SECONDS)
            if last in screen_text(control.command("capture-pane -p -t cmp")):
                raise RuntimeError(f"{last!r} shows before G")
            start = time.perf_counter()
            control.command("send-keys -t cmp G")
            result["G"] = wait_for(control, last, start, timeout)
        result["peakKB"] = peak_resident_kilobytes(pid)
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], stderr=subprocess.DEVNULL)
        if control is not None:
            control.close()
        if pid is not None:
            wait_gone(pid, 15)  # pingdian saves its position on SIGHUP before it exits
        subprocess.run(["rm", "-rf", directory])
    return result


# --- report -----------------------------------------------------------------------------------------

def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def milliseconds(seconds):
    return "timeout" if seconds is None else f"{seconds * 1000:.0f}" if seconds >= 0.1 else f"{seconds * 1000:.1f}"


def ratio(a, b):
    return "–" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def size_label(size):
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.1f} KB"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def first_line(command):
    try:
        return subprocess.run(command, capture_output=True, text=True).stdout.splitlines()[0].strip()
    except (OSError, IndexError):
        return "?"


def measure(arguments):
    programs = {
        "pingdian": lambda file: [arguments.pingdian, file],
        "less": lambda file: ["less", file],
        # -n: no swap file, -i NONE: no viminfo; less writes neither.
        "vim": lambda file: ["vim", "-u", "NONE", "-N", "-n", "-i", "NONE", "-R", file],
    }
    files = [(os.path.basename(path), path, os.path.getsize(path), needles(path)) for path in arguments.files]
    runs = {(name, program): [] for name, _, _, _ in files for program in programs}
    began = time.monotonic()
    load_before = os.getloadavg()[0]
    for round_number in range(arguments.runs + 1):  # round 0 warms the page cache and is not counted
        for name, path, _, (first, last) in files:
            for program, argv in programs.items():
                result = run_once(argv(path), first, last, arguments.timeout)
                if round_number > 0:
                    runs[(name, program)].append(result)
                print(f"  run {round_number}/{arguments.runs} {name} {program}: first "
                      f"{milliseconds(result['first'])} ms, G {milliseconds(result['G'])} ms", file=sys.stderr)
    elapsed = time.monotonic() - began

    def med(name, program, key):
        return median([run[key] for run in runs[(name, program)]])

    lines = [
        f"{time.strftime('%Y-%m-%d %H:%M %Z')}; {os.cpu_count()} cores (nproc), {cpu_model()}; "
        f"pingdian {arguments.linkage}; {first_line(['less', '--version'])}; {first_line(['vim', '--version'])}; "
        f"{first_line(['tmux', '-V'])}; terminal {COLUMNS}×{ROWS}; median of {arguments.runs} runs "
        f"(after one warm-up run); measured in {elapsed:.0f} s; load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after (the machine is shared: more load, more noise).",
        "",
        "| text | size | | pingdian | less | vim | pingdian / less | pingdian / vim |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for name, _, size, _ in files:
        for key, label in (("first", "first screen (ms)"), ("G", "G to the last line (ms)")):
            values = {program: med(name, program, key) for program in programs}
            lines.append(f"| {name} | {size_label(size)} | {label} | {milliseconds(values['pingdian'])} | "
                         f"{milliseconds(values['less'])} | {milliseconds(values['vim'])} | "
                         f"{ratio(values['pingdian'], values['less'])} | {ratio(values['pingdian'], values['vim'])} |")
        values = {program: med(name, program, "peakKB") for program in programs}
        mb = {program: "?" if value is None else f"{value / 1024:.1f}" for program, value in values.items()}
        lines.append(f"| {name} | {size_label(size)} | peak memory (MB, VmHWM) | {mb['pingdian']} | {mb['less']} | "
                     f"{mb['vim']} | {ratio(values['pingdian'], values['less'])} | {ratio(values['pingdian'], values['vim'])} |")
    print("\n".join(lines))
    if arguments.json:
        with open(arguments.json, "w") as out:
            json.dump({f"{name} {program}": value for (name, program), value in runs.items()}, out, indent=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("generate")
    make.add_argument("essay")
    make.add_argument("bytes", type=int)
    make.add_argument("out")
    run = commands.add_parser("measure")
    run.add_argument("--pingdian", required=True, help="the pingdian binary")
    run.add_argument("--linkage", default="release build", help="how pingdian was built, for the report")
    run.add_argument("--runs", type=int, default=5)
    run.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a screen")
    run.add_argument("--json", help="also write every run's figures here")
    run.add_argument("files", nargs="+")
    arguments = parser.parse_args()
    if arguments.command == "generate":
        generate(arguments.essay, arguments.bytes, arguments.out)
    else:
        measure(arguments)


if __name__ == "__main__":
    main()
