/// The growing output buffer of `FindingJSONWriter`: appends write through a pointer into
/// spare capacity, which doubles when full. The storage object only owns the memory.
struct JSONOutput {
    private final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        init(capacity: Int) { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }
    }

    private var storage: Storage
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written; set to 0 to start over in the same memory.
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = Storage(capacity: self.capacity)
        base = storage.base
    }

    /// A copy of the bytes written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Calls `body` with the bytes written in `range`, valid only during the call.
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    /// Appends `buffer`. Most appends are a key, a quote or a short value: up to 16 bytes
    /// are moved as two overlapping 8-byte words (or byte by byte under 8), which costs a
    /// fraction of a call to `memcpy`.
    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress else { return }
        let n = buffer.count
        if capacity - count < n { grow(toHold: n) }
        let target = base + count
        if n > 16 {
            target.update(from: source, count: n)
        } else if n >= 8 {
            let from = UnsafeRawPointer(source)
            let to = UnsafeMutableRawPointer(target)
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
        } else {
            var i = 0
            while i < n {
                target[i] = source[i]
                i += 1
            }
        }
        count += n
    }

    /// Appends `"name":` (or `"name" : ` for `pretty`) with one capacity check.
    @inline(__always)
    mutating func appendKey(_ name: UnsafeBufferPointer<UInt8>, pretty: Bool) {
        let n = name.count
        if capacity - count < n + 4 { grow(toHold: n + 4) }
        base[count] = UInt8(ascii: "\"")
        count += 1
        append(name)
        base[count] = UInt8(ascii: "\"")
        if pretty {
            base[count + 1] = UInt8(ascii: " ")
            base[count + 2] = UInt8(ascii: ":")
            base[count + 3] = UInt8(ascii: " ")
            count += 4
        } else {
            base[count + 1] = UInt8(ascii: ":")
            count += 2
        }
    }

    mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        if capacity - count < n { grow(toHold: n) }
        (base + count).update(repeating: 0x20, count: n)
        count += n
    }

    private mutating func grow(toHold extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity - count < extra { newCapacity *= 2 }
        let larger = Storage(capacity: newCapacity)
        larger.base.update(from: base, count: count)
        storage = larger
        base = larger.base
        capacity = newCapacity
    }
}
