// Preloaded (node --require) into the CLI child by test/cli/builtCli.ts: on exit, writes the
// process's peak resident memory (KiB) to the file named by CDS_TEST_PEAK_RSS_FILE. VmHWM from
// /proc is this program's own peak; getrusage's maxRSS would also count the parent's memory at
// fork (Linux carries it across exec), so it is only the fallback off Linux.
const fs = require('node:fs');

function peakKiB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {}
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const file = process.env.CDS_TEST_PEAK_RSS_FILE;
  if (file) fs.writeFileSync(file, String(peakKiB()));
});
