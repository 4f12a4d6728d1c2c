import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress report on standard error for long runs (`check` over a folder or a
/// JSONL archive, `validate` over a database): items done of the total when known, MB/s,
/// findings so far and the time left, redrawn in place and erased when the work ends.
///
/// It draws only when standard error is a terminal and `--quiet` is off, waits half a
/// second before the first frame (short runs never show it), redraws at most eight times a
/// second, and fits the terminal's width so a redraw never wraps. Output on standard output
/// or standard error goes through `clear()` first, so the line never mixes with it.
/// Used from one thread at a time (the command's own); `@unchecked Sendable` lets the
/// catalog loader's progress callback hold it.
final class ProgressLine: @unchecked Sendable {
    /// What the total is counted in.
    enum Total {
        /// A known number of items (files).
        case items(Int)
        /// A known number of bytes (a JSONL file).
        case bytes(Int)
        /// Unknown (standard input).
        case unknown
    }

    private let verb: String
    private let noun: (plural: String, singular: String)
    /// The total, which may become known after the work starts.
    var total: Total
    private let counted: (plural: String, singular: String)
    private let started: UInt64
    private var lastDraw: UInt64 = 0
    private var shown = false
    private var items = 0
    private var bytes = 0
    private var findings = 0
    private let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    /// Nanoseconds before the first frame and between frames: half a second and an eighth,
    /// or both `ARSENAL_PROGRESS_INTERVAL_MS` when that is set (0 draws every update).
    private let firstFrameDelay: UInt64
    private let frameInterval: UInt64

    /// A progress line, or nil when standard error is not a terminal, `quiet` is set, or
    /// `ARSENAL_NO_PROGRESS` is set in the environment.
    /// `counted` names what the running count counts (findings, or problems for `validate`).
    init?(
        verb: String, noun: (plural: String, singular: String), total: Total, quiet: Bool,
        counted: (plural: String, singular: String) = ("findings", "finding")
    ) {
        guard !quiet, isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["ARSENAL_NO_PROGRESS"] == nil else {
            return nil
        }
        self.verb = verb
        self.noun = noun
        self.total = total
        self.counted = counted
        if let value = ProcessInfo.processInfo.environment["ARSENAL_PROGRESS_INTERVAL_MS"].flatMap(UInt64.init) {
            (firstFrameDelay, frameInterval) = (value * 1_000_000, value * 1_000_000)
        } else {
            (firstFrameDelay, frameInterval) = (500_000_000, 125_000_000)
        }
        started = Self.now()
    }

    /// Records progress and redraws when a frame is due: `items` done, `bytes` read,
    /// and the running count (findings or problems): running totals, not increments.
    func update(items: Int, bytes: Int, findings: Int) {
        self.items = items
        self.bytes = bytes
        self.findings = findings
        let now = Self.now()
        guard now - started >= firstFrameDelay, now - lastDraw >= frameInterval || lastDraw == 0 else { return }
        lastDraw = now
        draw(now: now)
    }

    /// Erases the line before output on standard output, when that is the same terminal
    /// (output into a pipe or a file leaves the line alone).
    func beforeOutput() {
        if stdoutIsTerminal { clear() }
    }

    /// Erases the line (before a message on standard error, and at the end). The next
    /// `update` redraws it.
    func clear() {
        guard shown else { return }
        put("\r\u{1B}[K")
        shown = false
    }

    /// The text of one frame, without control sequences, `elapsed` seconds in.
    func frame(elapsed: Double) -> String {
        var parts: [String] = []
        let unit = items == 1 ? noun.singular : noun.plural
        switch total {
        case .items(let count):
            parts.append("\(verb) \(Self.grouped(items)) of \(Self.grouped(count)) \(count == 1 ? noun.singular : noun.plural)")
        case .bytes(let count):
            let (done, all) = count >= 1_000_000
                ? (Self.megabytes(bytes), Self.megabytes(count) + " MB") : (Self.kilobytes(bytes), Self.kilobytes(count) + " KB")
            parts.append("\(verb) \(done) of \(all), \(Self.grouped(items)) \(unit)")
        case .unknown:
            let done = bytes >= 1_000_000 ? Self.megabytes(bytes) + " MB" : Self.kilobytes(bytes) + " KB"
            parts.append("\(verb) \(done), \(Self.grouped(items)) \(unit)")
        }
        if elapsed > 0 { parts.append(Self.rate(Double(bytes) / elapsed)) }
        parts.append("\(Self.grouped(findings)) \(findings == 1 ? counted.singular : counted.plural)")
        let fraction: Double? = switch total {
        case .items(let count) where count > 0: Double(items) / Double(count)
        case .bytes(let count) where count > 0: Double(bytes) / Double(count)
        default: nil
        }
        if let fraction, fraction > 0.01 {
            parts.append("\(Self.clock(elapsed * (1 - fraction) / fraction)) left")
        }
        return parts.joined(separator: " · ")
    }

    private func draw(now: UInt64) {
        var text = frame(elapsed: Double(now - started) / 1e9)
        let width = Self.terminalWidth()
        // Leave the last column free: writing into it makes some terminals wrap.
        if text.count > width - 1 { text = String(text.prefix(max(0, width - 2))) + "…" }
        put("\r" + text + "\u{1B}[K")
        shown = true
    }

    private func put(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    private static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 10 { return Int(size.ws_col) }
        return 80
    }

    /// `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// Megabytes with one decimal below 100, whole above.
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return value < 100 ? String(format: "%.1f", value) : grouped(Int(value.rounded()))
    }

    /// Kilobytes, whole.
    static func kilobytes(_ bytes: Int) -> String {
        grouped(Int((Double(bytes) / 1000).rounded()))
    }

    /// `47.9 MB/s`, or `310 KB/s` below a megabyte a second.
    static func rate(_ bytesPerSecond: Double) -> String {
        bytesPerSecond >= 1_000_000
            ? "\(megabytes(Int(bytesPerSecond))) MB/s" : "\(Int((bytesPerSecond / 1000).rounded())) KB/s"
    }

    /// `0:07`, `12:30`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs)
            : String(format: "%d:%02d", minutes, secs)
    }
}
