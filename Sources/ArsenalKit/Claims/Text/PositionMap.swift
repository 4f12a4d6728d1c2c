#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps UTF-8 offsets of a document's plain text back to UTF-8 offsets of the original file.
///
/// The plain text is a sequence of segments: a *verbatim* segment copies a run of original
/// bytes unchanged (offsets map one to one), a *replacement* segment stands for a piece of
/// the original that was rewritten (an HTML entity, a break inserted for a block tag), and
/// every byte of it maps to the start of that piece. Only edits cost memory, so a Markdown
/// file with a few links needs a handful of segments whatever its size.
struct OffsetMap: Sendable {
    struct Segment: Sendable {
        /// First plain-text offset of the segment.
        var plainStart: Int
        /// The original offset the segment starts at.
        var originalStart: Int
        /// For a replacement: how many original bytes it stands for. -1 for verbatim.
        var originalLength: Int

        var isVerbatim: Bool { originalLength < 0 }
    }

    /// Sorted by `plainStart`. Empty means the identity map shifted by `shift`.
    private(set) var segments: [Segment]
    /// For the identity map: original offset minus plain offset (a dropped byte-order mark).
    private(set) var shift: Int

    /// The identity map (plain text equals the original, after `shift` leading bytes).
    static func identity(shift: Int = 0) -> OffsetMap { OffsetMap(segments: [], shift: shift) }

    init(segments: [Segment], shift: Int = 0) {
        self.segments = segments
        self.shift = shift
    }

    private func segmentIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].plainStart <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// The original offset of the plain-text byte at `offset` (for the end of the text, the
    /// position just past the last mapped byte).
    func originalOffset(of offset: Int) -> Int {
        if segments.isEmpty { return offset + shift }
        guard let index = segmentIndex(containing: offset) else { return segments[0].originalStart }
        let segment = segments[index]
        if segment.isVerbatim { return segment.originalStart + (offset - segment.plainStart) }
        return segment.originalStart
    }

    /// The original offset just past the plain-text bytes before `end` (an exclusive end).
    func originalEndOffset(of end: Int) -> Int {
        if segments.isEmpty { return end + shift }
        if end <= 0 { return originalOffset(of: 0) }
        guard let index = segmentIndex(containing: end - 1) else { return segments[0].originalStart }
        let segment = segments[index]
        if segment.isVerbatim { return segment.originalStart + (end - segment.plainStart) }
        return segment.originalStart + segment.originalLength
    }
}

/// Builds plain text from an original byte buffer, recording the offset map as it goes.
struct PlainTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var segments: [OffsetMap.Segment] = []

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }
    var last: UInt8? { bytes.last }

    /// Appends `range` of `original` unchanged.
    mutating func copy(_ original: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let lastSegment = segments.last, lastSegment.isVerbatim,
           lastSegment.originalStart + (bytes.count - lastSegment.plainStart) == range.lowerBound {
            // Contiguous with the previous verbatim run: extend it.
        } else {
            segments.append(.init(plainStart: bytes.count, originalStart: range.lowerBound, originalLength: -1))
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: original[range]))
    }

    /// Appends `replacement`, which stands for `originalLength` bytes at `originalStart`.
    mutating func replace(_ replacement: some Collection<UInt8>, originalStart: Int, originalLength: Int) {
        guard !replacement.isEmpty else { return }
        segments.append(.init(plainStart: bytes.count, originalStart: originalStart, originalLength: max(0, originalLength)))
        bytes.append(contentsOf: replacement)
    }

    /// Appends one scalar's UTF-8 encoding as a replacement.
    mutating func replace(scalar: Unicode.Scalar, originalStart: Int, originalLength: Int) {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(4)
        UTF8.encode(scalar) { encoded.append($0) }
        replace(encoded, originalStart: originalStart, originalLength: originalLength)
    }

    /// Makes sure the text so far ends in a blank line ("\n\n") so that what follows starts
    /// a new block; the inserted breaks map to `originalStart`. Does nothing at the start.
    mutating func breakBlock(originalStart: Int, originalLength: Int) {
        guard !bytes.isEmpty else { return }
        let n = bytes.count
        let endsWithNewline = bytes[n - 1] == 0x0A
        if endsWithNewline && n >= 2 && bytes[n - 2] == 0x0A { return }
        replace(endsWithNewline ? [0x0A] : [0x0A, 0x0A], originalStart: originalStart, originalLength: originalLength)
    }

    var map: OffsetMap { OffsetMap(segments: segments) }
}

/// Line starts of a UTF-8 buffer plus sparse scalar-count checkpoints, so that a byte
/// offset becomes a 1-based line and a column in Unicode scalars in O(log lines + 4 KiB),
/// even on a 100 MB single-line file.
struct LineIndex: Sendable {
    /// Offset of the first byte of each line; `lineStarts[0]` is the first line's start.
    private(set) var lineStarts: [Int]
    /// Scalars before offset `k * checkpointStride`, for long buffers only (else empty).
    private var checkpoints: [Int]

    static let checkpointStride = 4096
    static let checkpointThreshold = 1 << 16

    /// Indexes `bytes`; line 1 starts at `firstLineStart` (past a byte-order mark).
    init(_ bytes: UnsafeBufferPointer<UInt8>, firstLineStart: Int = 0) {
        var starts = [firstLineStart]
        let count = bytes.count
        if let base = bytes.baseAddress {
            var index = firstLineStart
            while index < count, let hit = memchr(base + index, 0x0A, count - index) {
                index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(index)
            }
        }
        lineStarts = starts
        checkpoints = []
        if count > LineIndex.checkpointThreshold, let base = bytes.baseAddress {
            let stride = LineIndex.checkpointStride
            var points = [Int]()
            points.reserveCapacity(count / stride + 1)
            var scalars = 0
            var block = 0
            while block < count {
                points.append(scalars)
                let end = min(block + stride, count)
                scalars += LineIndex.scalarCount(base, block, end)
                block = end
            }
            checkpoints = points
        }
    }

    /// Unicode scalars that start in `start..<end`: bytes that are not UTF-8 continuation
    /// bytes (10xxxxxx), counted eight at a time.
    static func scalarCount(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        var i = start
        while i + 8 <= end {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
            count += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < end {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The 0-based line holding `offset`.
    func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// Unicode scalars that start before `offset`.
    private func scalars(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let stride = LineIndex.checkpointStride
        let block = min(offset / stride, checkpoints.count - 1)
        return checkpoints[block] + LineIndex.scalarCount(bytes.baseAddress!, block * stride, offset)
    }

    /// 1-based line and column (in Unicode scalars) of `offset` in `bytes`.
    func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        let line = lineIndex(of: offset)
        let start = min(lineStarts[line], offset)
        let column: Int
        if checkpoints.isEmpty || offset - start <= 2 * LineIndex.checkpointStride {
            column = bytes.baseAddress.map { LineIndex.scalarCount($0, start, offset) } ?? 0
        } else {
            column = scalars(before: offset, in: bytes) - scalars(before: start, in: bytes)
        }
        return (line + 1, column + 1)
    }
}
