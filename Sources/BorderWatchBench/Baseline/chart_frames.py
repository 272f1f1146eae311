"""How long the map page takes to redraw after an interaction, measured in
headless Chromium driven over the DevTools protocol (`--remote-debugging-pipe`,
no network beyond 127.0.0.1): the page at BASE is loaded at 1400x900 until it
says it is ready, then each bar of the /stats charts is clicked (its incidents
replace the markers) and the month range is moved step by step (the markers
and the timeline are filtered again). One interaction's time runs from the
event to the end of the next frame the browser paints (requestAnimationFrame,
then a task after it), on the page's own clock, so it includes the wait for
the next frame; the handlers' own time (the event dispatched, before that
wait) is reported beside it.

Budget: 100 ms from input to the painted frame, the response limit of the
RAIL model (https://web.dev/articles/rail); how many land within one 60 Hz
frame (16.7 ms) is reported beside it.

Usage: chart_frames.py BASE_URL [CHROMIUM]   (prints JSON; Debian's /usr/bin/chromium is a shell
wrapper, so the default is the browser it starts, /usr/lib/chromium/chromium)
"""
import json
import os
import subprocess
import sys
import time

BUDGET_MS = 100.0
FRAME_MS = 1000.0 / 60

MEASURE = r"""
(async () => {
  const painted = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const handled = [];
  const timed = async act => {
    const t0 = performance.now(); act(); handled.push(performance.now() - t0); await painted(); return performance.now() - t0;
  };
  const bars = [...document.querySelectorAll("#charts rect.bar, #charts circle.placement")];
  const clicks = [];
  for (const bar of bars.slice(0, 40)) clicks.push(await timed(() => bar.dispatchEvent(new MouseEvent("click"))));
  const from = document.getElementById("from"), to = document.getElementById("to");
  const ranges = [];
  const last = Number(to.max);
  for (let k = 0; k <= Math.min(last, 40); k++) {
    ranges.push(await timed(() => { from.value = k; from.dispatchEvent(new Event("input")); }));
  }
  return { bars: bars.length, months: last + 1, markers: document.getElementById("shown").textContent, clicks, ranges,
           handled };
})()
"""


class ProtocolError(Exception):
    pass


class DevTools:
    """The browser's DevTools protocol over a pipe pair: JSON messages ended by NUL, on fds 3 (in) and 4 (out)."""

    def __init__(self, chromium, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def plumb():
            # Through fresh copies first: a pipe's own fd may already be 3 or 4, and dup2 onto itself keeps it
            # closed on exec.
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
             f"--user-data-dir={profile}", "--window-size=1400,900", "--remote-debugging-pipe", "about:blank"],
            close_fds=False, preexec_fn=plumb,  # the pipes' own fds are not inheritable; 3 and 4 (dup2) are
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.next_id = 0
        self.buffer = b""

    def call(self, method, params=None, session=None, timeout=120):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_browser, 1 << 16)
                if not chunk:
                    raise SystemExit(f"chromium closed the DevTools pipe during {method}")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise ProtocolError(f"{method}: {reply['error']}")
                return reply["result"]
        raise SystemExit(f"{method}: no answer in {timeout} s")

    def close(self):
        self.process.kill()
        self.process.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)


def evaluate(tools, session, expression, timeout=120):
    result = tools.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                             "returnByValue": True}, session, timeout)
    if "exceptionDetails" in result:
        raise SystemExit(f"the page threw: {result['exceptionDetails']}")
    return result["result"].get("value")


def summary(times):
    ordered = sorted(times)
    if not ordered:
        return {"n": 0}
    return {"n": len(ordered), "median_ms": round(ordered[len(ordered) // 2], 1), "max_ms": round(ordered[-1], 1),
            "within_budget": sum(t <= BUDGET_MS for t in ordered), "within_frame": sum(t <= FRAME_MS for t in ordered)}


def measure(base, chromium="/usr/lib/chromium/chromium", profile="/tmp/borderwatch-chart-frames", ready_seconds=600):
    tools = DevTools(chromium, profile)
    try:
        target = tools.call("Target.createTarget", {"url": base + "/"})["targetId"]
        session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        t0 = time.monotonic()
        while True:
            try:
                if evaluate(tools, session, "document.body && document.body.dataset.ready === 'true'") is True:
                    break
            except ProtocolError:
                pass  # no document yet while the page loads
            if time.monotonic() - t0 > ready_seconds:
                raise SystemExit(f"the page was not ready in {ready_seconds} s")
            time.sleep(0.2)
        loaded = time.monotonic() - t0
        found = evaluate(tools, session, MEASURE, timeout=ready_seconds)
        return {"page_ready_s": round(loaded, 1), "bars": found["bars"], "months": found["months"],
                "markers": found["markers"], "budget_ms": BUDGET_MS, "bar_click": summary(found["clicks"]),
                "month_range": summary(found["ranges"]), "handlers_alone": summary(found["handled"])}
    finally:
        tools.close()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    print(json.dumps(measure(sys.argv[1], *sys.argv[2:3]), indent=1))
